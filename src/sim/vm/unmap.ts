/** Removing mappings: munmap(2), MAP_FIXED replacement, exit; and splitting a VMA in two. */

import { clearPte, ptesIn } from '../pagetable.ts';
import { tlbFlushPage } from '../tlb.ts';
import type { KernelModel } from '../kernels/index.ts';
import { copyVma, type Ctx, type Proc, type Vma } from '../state.ts';
import type { Failure } from '../failure.ts';
import { dropFile, holdFile, useDevice } from './files.ts';
import { holdObject } from './pagerObject.ts';
import { deleteVma, insertVma, replaceVma, vmaChanged, vmaPath, vmasIn } from './vmas.ts';

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
  vmaChanged(ctx, proc, 'split', vmaPath(s, lower), [vma], [lower, upper]);
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

/**
 * Removes one whole VMA: its PTEs, the driver's notice, its hold on the file. `inList` false leaves it
 * in the list for the caller to clear (exit removes them all, and one at a time from the front would
 * move the rest of the list each time).
 */
export function removeVma(ctx: Ctx, m: KernelModel, proc: Proc, vma: Vma, inList = true): Failure | null {
  const s = ctx.s;
  zapPages(ctx, proc, vma.start, vma.end);
  if (inList) deleteVma(proc, vma);
  vmaChanged(ctx, proc, 'unmap', vmaPath(s, vma), [vma], []);
  const err = m.unmapped(ctx, proc, vma);
  holdObject(ctx, m, s.devices[vma.device]!, vma, -1);
  useDevice(ctx, m, s.devices[vma.device]!, 'map', -1);
  dropFile(ctx, m, s.files.get(vma.file)!);
  return err;
}

/** Removes every VMA of the process, in address order (at exit). */
export function removeAllVmas(ctx: Ctx, m: KernelModel, proc: Proc): void {
  for (const vma of proc.vmas) removeVma(ctx, m, proc, vma, false);
  proc.vmas = [];
  proc.freeFrom = 0;
}

/** Unmaps [start, end), splitting VMAs that stick out; ENODEV if a driver had no unmap routine. */
export function unmapRange(ctx: Ctx, m: KernelModel, proc: Proc, start: number, end: number): Failure | null {
  let result: Failure | null = null;
  for (const v of vmasIn(proc, start, end)) {
    let vma = v;
    if (vma.start < start) vma = splitVma(ctx, m, proc, vma, start)[1];
    if (vma.end > end) vma = splitVma(ctx, m, proc, vma, end)[0];
    result = removeVma(ctx, m, proc, vma) ?? result;
  }
  return result;
}
