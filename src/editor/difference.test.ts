import { describe, expect, it } from 'vitest';
import { difference } from './difference.ts';

const apply = (text: string, c: { from: number; to: number; insert: string }) =>
  text.slice(0, c.from) + c.insert + text.slice(c.to);

describe('difference', () => {
  it('is the span between the common start and end, and applying it gives the new text', () => {
    expect(difference('eject=all\n', 'eject=none\n')).toEqual({ from: 6, to: 9, insert: 'none' });
    for (const [a, b] of [
      ['', 'x'],
      ['abc', ''],
      ['aaa', 'aaaa'],
      ['driver d card\n', 'driver d card\n  state=device\n'],
      ['same', 'same'],
    ] as const)
      expect(apply(a, difference(a, b))).toBe(b);
  });
});
