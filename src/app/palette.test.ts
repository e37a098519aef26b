import { describe, expect, it } from 'vitest';

import { contrast, palettes as chromePalettes } from '../../test/contrast.ts';

/**
 * The chrome's colours as the style sheets declare them: the custom properties of `:root` (the light
 * theme, also the default) and of `:root[data-theme='dark']`, gathered over the chrome's sheets. The
 * drawing's palette (src/views/machine.css) is not the chrome's.
 */
const SHEETS = ['app.css', 'lesson/lesson.css', 'compare/compare.css'];

const palettes = () => chromePalettes(SHEETS.map((sheet) => new URL(sheet, import.meta.url)));

/** Where the chrome's text and controls stand: the page, a panel or a button's face, the current item. */
const SURFACES = ['bg', 'panel', 'current'];
/** The chrome's text colours: ink, secondary words, links, failures, held expectations. */
const TEXTS = ['fg', 'muted', 'accent', 'bad', 'good'];
/** Marks that carry meaning on the timeline and the difference list (graphics: 3:1). */
const MARKS = ['mark-fault', 'mark-signal', 'mark-violation', 'mark-failed', 'mark-differs'];

describe('the contrast check itself', () => {
  it('gives the known WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each(['light', 'dark'] as const)('the chrome, %s theme', (theme) => {
  const p = palettes()[theme];
  const ratio = (fg: string, bg: string) => {
    expect(p[fg], `--${fg}`).toBeDefined();
    expect(p[bg], `--${bg}`).toBeDefined();
    return contrast(p[fg]!, p[bg]!);
  };

  it.each(TEXTS)('--%s text reads at 4.5:1 on the page, a panel and the current item', (text) => {
    for (const surface of SURFACES) expect(ratio(text, surface), surface).toBeGreaterThanOrEqual(4.5);
  });

  it('an alert says its words at 4.5:1', () => {
    expect(ratio('fg', 'alert-bg')).toBeGreaterThanOrEqual(4.5);
    expect(ratio('bad', 'alert-bg')).toBeGreaterThanOrEqual(4.5);
  });

  it("a control's edge and the focus ring stand out at 3:1 wherever a control stands", () => {
    for (const surface of SURFACES) {
      expect(ratio('edge', surface), `edge on ${surface}`).toBeGreaterThanOrEqual(3);
      expect(ratio('accent', surface), `ring on ${surface}`).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(MARKS)('the --%s mark stands out at 3:1 on the page', (mark) => {
    expect(ratio(mark, 'bg')).toBeGreaterThanOrEqual(3);
  });
});
