import { describe, expect, it } from 'vitest';

import { charsIn, clip, glyphs, textWidth, wrap } from './metrics.ts';

describe('the drawing’s type', () => {
  it('sizes a line by its glyphs, and fits glyphs in a width', () => {
    expect(textWidth(10)).toBeCloseTo(10 * 0.61 * 13);
    expect(charsIn(textWidth(20))).toBe(20);
    expect(charsIn(textWidth(20) - 1)).toBe(19);
  });

  it('cuts a long line with an ellipsis, counting code points', () => {
    expect(clip('framebuffer', 20)).toBe('framebuffer');
    expect(clip('framebuffer', 6)).toBe('frame…');
    expect(glyphs(clip('→→→→→→', 4))).toBe(4);
  });

  it('wraps at spaces, cuts a word longer than a line, and ends a cut paragraph with an ellipsis', () => {
    expect(wrap('the driver has no drvunmap', 12)).toEqual(['the driver', 'has no', 'drvunmap']);
    expect(wrap('vm_ops->fault_handler', 8)).toEqual(['vm_ops-…']);
    const cut = wrap('one two three four five six', 9, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    for (const l of cut) expect(glyphs(l)).toBeLessThanOrEqual(9);
  });
});
