import { describe, expect, it } from 'vitest';

import { contrast } from '../../test/contrast.ts';
import { cssVariables, DARK, EDITOR_COLOURS, LIGHT, type EditorColour } from './palette.ts';

const TOKENS: EditorColour[] = [
  'text',
  'keyword',
  'actor',
  'narration',
  'comment',
  'string',
  'number',
  'key',
  'arrow',
  'definition',
  'errno',
  'signal',
  'path',
];

describe('the contrast check itself', () => {
  it('gives the known WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
])('editor colours, %s theme', (_name, p) => {
  it('every colour is a #rrggbb value', () => {
    for (const name of EDITOR_COLOURS) expect(p[name], name).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(TOKENS)('%s reads at 4.5:1 or more on the background and on the active line', (name) => {
    expect(contrast(p[name], p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p[name], p['active-line'])).toBeGreaterThanOrEqual(4.5);
  });

  it('line numbers read on the gutter, and the text on a selection and a tooltip', () => {
    expect(contrast(p['gutter-text'], p['gutter-bg'])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.text, p.selection)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.text, p['tooltip-bg'])).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring stands out from the background (3:1 for a non-text mark)', () => {
    expect(contrast(p.focus, p.bg)).toBeGreaterThanOrEqual(3);
  });

  it('becomes one CSS variable per colour', () => {
    const vars = cssVariables(p);
    expect(Object.keys(vars)).toHaveLength(EDITOR_COLOURS.length);
    expect(vars['--scn-keyword']).toBe(p.keyword);
  });
});
