/** The VMA list's lookups are binary searches with a hint; they must find what a plain scan finds. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manyVmas, unmapFromBottom } from '../../bench/worstCases.ts';
import type { Proc, SimState, Vma } from '../../src/sim/state.ts';
import { deleteVma, findFreeRange, findVma, insertVma, MMAP_BASE, vmasIn } from '../../src/sim/vm/vmas.ts';
import { rows } from '../helpers.ts';

const P = 4096;
const s = { geo: { pageSize: P, vaTop: MMAP_BASE + 64 * P } } as unknown as SimState;

function vma(id: number, start: number, pages: number): Vma {
  return {
    id,
    start,
    end: start + pages * P,
    prot: 'rw',
    shared: true,
    off: 0,
    file: 1,
    device: 0,
    screen: 0,
    card: null,
  };
}

/** The lowest free range by a walk over every VMA, as the engine did before. */
function naiveFree(vmas: readonly Vma[], len: number): number | null {
  let start = MMAP_BASE;
  for (const v of vmas) {
    if (v.end <= start) continue;
    if (v.start >= start + len) break;
    start = v.end;
  }
  return start + len <= s.geo.vaTop ? start : null;
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('map' as const), pages: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('unmap' as const), pick: fc.nat() }),
);

describe('the VMA index', () => {
  it('finds the free range a walk over every VMA finds, through any maps and unmaps', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const proc = { vmas: [], freeFrom: 0 } as unknown as Proc;
        let id = 1;
        for (const o of ops) {
          if (o.kind === 'map') {
            const want = naiveFree(proc.vmas, o.pages * P);
            const got = findFreeRange(s, proc, o.pages * P);
            expect(got).toBe(want);
            if (got !== null) insertVma(proc, vma(id++, got, o.pages));
          } else if (proc.vmas.length > 0) {
            deleteVma(proc, proc.vmas[o.pick % proc.vmas.length]!);
          }
          for (let i = 1; i < proc.vmas.length; i++)
            expect(proc.vmas[i - 1]!.end).toBeLessThanOrEqual(proc.vmas[i]!.start);
        }
        for (const v of proc.vmas) {
          expect(findVma(proc, v.start)).toBe(v);
          expect(vmasIn(proc, v.start, v.end)).toEqual([v]);
        }
        expect(vmasIn(proc, 0, s.geo.vaTop)).toEqual(proc.vmas);
      }),
    );
  });

  it('many one-page maps, then unmapped from the bottom, each where a walk would put it', () => {
    const mapped = rows(manyVmas(2000));
    expect(mapped.every((r) => r.result === 'ok')).toBe(true);
    expect(rows(unmapFromBottom(2001)).every((r) => r.result === 'ok')).toBe(true);
  });
});
