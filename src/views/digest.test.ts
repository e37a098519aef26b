import { describe, expect, it } from 'vitest';

import { fnv1a, pictureDigest } from './digest.ts';
import { builtinStep } from './fixture.ts';

describe('picture digest', () => {
  it('is FNV-1a 32-bit in 8 hex digits', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('is the same for equal pictures and differs when the machine changes', () => {
    const a = builtinStep('first-touch', 3);
    const b = builtinStep('first-touch', 3);
    expect(pictureDigest(a.after)).toBe(pictureDigest(b.after));
    expect(pictureDigest(a.after)).not.toBe(pictureDigest(a.before));
    expect(pictureDigest(a.after)).toMatch(/^[0-9a-f]{8}$/);
  });
});
