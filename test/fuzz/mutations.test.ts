/**
 * The fuzz suite's CI slice: every built-in (and the texts with driver blocks, corpus.ts), mutated with fixed seeds, holds the runner's contract. The
 * nightly-size run is `npm run fuzz -- --runs N --seed S` (test/fuzz/nightly.ts), with the same mutations
 * and the same check.
 */

import { describe, expect, it } from 'vitest';

import { LIBRARY } from '../../src/scenario/library/index.ts';
import { contractBroken } from './contract.ts';
import { CORPUS } from './corpus.ts';
import { mutate } from './mutate.ts';

const PER_BUILTIN = 600;

describe.each(CORPUS.map((b) => [b.id, b.text] as const))('mutations of %s', (id, text) => {
  it(`holds the runner's contract on ${PER_BUILTIN} mutations`, () => {
    for (let i = 0; i < PER_BUILTIN; i++) {
      const seed = i * 7919 + id.length;
      const mutated = mutate(text, seed);
      expect(contractBroken(mutated), `seed ${seed}`).toBeNull();
    }
  });
});

describe('the mutations', () => {
  it('are the same for the same seed, and change the text', () => {
    const text = LIBRARY[0]!.text;
    expect(mutate(text, 42)).toBe(mutate(text, 42));
    const changed = Array.from({ length: 50 }, (_, i) => mutate(text, i)).filter((t) => t !== text);
    expect(changed.length).toBeGreaterThan(45);
  });

  it('catches each way a runner could break the contract', () => {
    const text = 'machine tlb=0\n';
    expect(contractBroken(text)).toBeNull();
    expect(contractBroken(text, () => 3)).toBe('exit 3');
    expect(contractBroken(text, (_t, _n, _j, _k, io) => (io.out('x'), 2))).toBe(
      'exit 2 with standard output',
    );
    expect(contractBroken(text, (_t, _n, _j, _k, io) => (io.err('bad\n'), 2))).toMatch(/without FILE:LINE/);
    expect(contractBroken(text, (_t, _n, _j, _k, io) => (io.out('{"line":1}\n'), 0))).toMatch(
      /contract's keys/,
    );
    let n = 0;
    expect(contractBroken(text, (_t, _n, _j, _k, io) => (io.out(`${n++}`), 0))).toBe('two runs differ');
    expect(
      contractBroken(text, () => {
        throw new Error('boom');
      }),
    ).toBe('threw: Error: boom');
  });
});
