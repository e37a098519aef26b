/** Removing mappings: munmap(2), MAP_FIXED replacement, exit; and splitting a VMA in two. */

import { clearPte, ptesIn } from '../pagetable.ts';
import { tlbFlushPage } from '../tlb.ts';
import type { KernelModel } from '../kernels/index.ts';
import { copyVma, type Ctx, type Proc, type Vma } from '../state.ts';
import type { Failure } from '../failure.ts';
import { dropFile, holdFile, useDevice } from './files.ts';
import { holdObject } from './pagerObject.ts';
import { insertVma, replaceVma, vmaChanged, vmaPath } from './vmas.ts';

/**
 * Splits `vma` at `at` into a lower and an upper VMA, which replace it; the upper is a new VMA (linux:
 * `vm_ops->open` on it). Returns both.
 */
export function splitVma(ctx: Ctx, m: KernelModel, proc: Proc, vma: Vma, at: number): [Vma, Vma] {
  const s = ctx.s;
  const lower = copyVma(vma, vma.id, vma.start, at);
  const upper = copyVma(vma, s.nextVma++, at);
  replaceVma(proc, vma, lower);
  insertVma(proc, upper);
  holdFile(ctx, s.files.get(vma.file)!);
  useDevice(ctx, m, s.devices[vma.device]!, 'map', +1);
  holdObject(ctx, m, s.devices[vma.device]!, upper, +1);
  vmaChanged(ctx, proc, 'split', lower.start, upper.end, vmaPath(s, lower));
  m.vmaOpened(ctx, proc, upper);
  return [lower, upper];
}

/** Removes every PTE (and TLB entry) of pages [start, end) of the process. */
export function zapPages(ctx: Ctx, proc: Proc, start: number, end: number): void {
  const P = ctx.s.geo.pageSize;
  for (const vpn of ptesIn(ctx.s, proc, start / P, end / P)) {
    clearPte(ctx, proc, vpn);
    tlbFlushPage(ctx, proc, vpn);
  }
}

/** Removes one whole VMA: its PTEs, the driver's notice, its hold on the file. */
export function removeVma(ctx: Ctx, m: KernelModel, proc: Proc, vma: Vma): Failure | null {
  const s = ctx.s;
  zapPages(ctx, proc, vma.start, vma.end);
  proc.vmas.splice(proc.vmas.indexOf(vma), 1);
  vmaChanged(ctx, proc, 'unmap', vma.start, vma.end, vmaPath(s, vma));
  const err = m.unmapped(ctx, proc, vma);
  holdObject(ctx, m, s.devices[vma.device]!, vma, -1);
  useDevice(ctx, m, s.devices[vma.device]!, 'map', -1);
  dropFile(ctx, m, s.files.get(vma.file)!);
  return err;
}

/** Unmaps [start, end), splitting VMAs that stick out; ENODEV if a driver had no unmap routine. */
export function unmapRange(ctx: Ctx, m: KernelModel, proc: Proc, start: number, end: number): Failure | null {
  let result: Failure | null = null;
  for (const v of proc.vmas.filter((x) => x.start < end && x.end > start)) {
    let vma = v;
    if (vma.start < start) vma = splitVma(ctx, m, proc, vma, start)[1];
    if (vma.end > end) vma = splitVma(ctx, m, proc, vma, end)[0];
    result = removeVma(ctx, m, proc, vma) ?? result;
  }
  return result;
}
