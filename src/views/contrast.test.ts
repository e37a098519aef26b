/**
 * The drawing's colours, light and dark (machine.css): words at 4.5:1 on what they stand on, graphics at
 * 3:1 against the page (WCAG 1.4.3, 1.4.11). A filled cell's colour need not stand out from the page by
 * itself, because every cell is outlined in the ink (checked here too); its label must read on it.
 */

import { describe, expect, it } from 'vitest';

import { contrast, palettes } from '../../test/contrast.ts';

const { light, dark } = palettes([new URL('machine.css', import.meta.url)]);

/** Words in the drawing's boxes and on its page. */
const WORDS = ['ink', 'muted', 'warm-text', 'violation-text', 'walk'];
/** The owners whose cells are filled, with a label in --cell-ink on them. */
const FILLS = ['own-pagetable', 'own-backing', 'own-kbuf', 'own-region', 'own-clone'];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('the drawing, %s theme', (_, p) => {
  const ratio = (a: string, b: string) => {
    expect(p[a], `--${a}`).toBeDefined();
    expect(p[b], `--${b}`).toBeDefined();
    return contrast(p[a]!, p[b]!);
  };

  it.each(WORDS)('--%s words read at 4.5:1 on the page and on a box', (w) => {
    expect(ratio(w, 'paper')).toBeGreaterThanOrEqual(4.5);
    expect(ratio(w, 'panel')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(FILLS)('a cell filled with --%s reads its label at 4.5:1', (fill) => {
    expect(ratio('cell-ink', fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('device memory, a present page and the badges carry white or dark words at 4.5:1', () => {
    expect(ratio('devmem-text', 'own-devmem')).toBeGreaterThanOrEqual(4.5);
    expect(ratio('present-text', 'present')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', p['badge-errno']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', p['badge-signal']!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the outlines that make a cell a shape stand out at 3:1 on the page', () => {
    expect(ratio('cell-outline', 'paper')).toBeGreaterThanOrEqual(3);
    expect(ratio('free-outline', 'paper')).toBeGreaterThanOrEqual(3);
    expect(ratio('violation', 'paper')).toBeGreaterThanOrEqual(3);
    expect(ratio('rule', 'paper')).toBeGreaterThanOrEqual(1);
  });
});
