/** The `machine` line's ranges: page size, RAM frames, page-table levels, TLB entries. */

import type { MachineSpec, Pos } from '../../sim/spec.ts';
import type { Diagnostics } from '../diagnostic.ts';
import { MAX_RAM_FRAMES, MAX_TLB, PAGE_SIZES } from '../limits.ts';
import type { SourceSpots } from '../spots.ts';
import { grouped } from './check-numbers.ts';

/** Checks the machine and returns the page size the rest of the checks should use. */
export function checkMachine(m: MachineSpec, spots: SourceSpots, diags: Diagnostics): number {
  const w = m.written;
  if (!w) return m.pageSize;
  const at = (n: object): Pos => spots.get(n, 'self', { line: 1, col: 1 });
  let pageSize = m.pageSize;
  if (w.pagesize && w.pagesize.unit !== 'p' && !PAGE_SIZES.includes(m.pageSize)) {
    diags.at(at(w.pagesize), `the page size is 4k, 8k or 16k, found ${m.pageSize} bytes`);
    pageSize = 4096;
  }
  if (w.ram && (w.ram.value < 1 || w.ram.value > MAX_RAM_FRAMES)) {
    const why =
      w.ram.value < 1 ? 'at least 1' : `at most ${grouped(MAX_RAM_FRAMES)} (the limit on RAM frames)`;
    diags.at(at(w.ram), `ram is ${why}, found ${w.ram.value}`);
  }
  if (w.levels && ![2, 3, 4].includes(w.levels.value)) {
    diags.at(at(w.levels), `levels is 2, 3 or 4, found ${w.levels.value}`);
  }
  if (w.tlb && (w.tlb.value < 1 || w.tlb.value > MAX_TLB)) {
    const why = w.tlb.value < 1 ? 'at least 1' : `at most ${grouped(MAX_TLB)} entries`;
    diags.at(at(w.tlb), `tlb is ${why}, found ${grouped(w.tlb.value)}`);
  }
  return pageSize;
}
