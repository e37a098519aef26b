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

describe('picture digest by parts', () => {
  it('is the same for a picture and a structural copy, and changes with any one process', () => {
    const { after } = builtinStep('vt-switch-linux', 5);
    const copy = JSON.parse(JSON.stringify(after)) as typeof after;
    expect(pictureDigest(copy)).toBe(pictureDigest(after));
    const proc = copy.procs[0]!;
    const changed = { ...copy, procs: [{ ...proc, alive: !proc.alive }, ...copy.procs.slice(1)] };
    expect(pictureDigest(changed)).not.toBe(pictureDigest(after));
    const stepped = { ...copy, tlbNext: copy.tlbNext + 1 };
    expect(pictureDigest(stepped)).not.toBe(pictureDigest(after));
  });
});
