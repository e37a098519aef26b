import { describe, expect, it } from 'vitest';
import { cssVariables, DARK, EDITOR_COLOURS, LIGHT, type EditorColour } from './palette.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

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
