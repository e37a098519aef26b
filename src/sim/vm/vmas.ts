/** VMA bookkeeping: lookup, insertion in address order, and a page's place in the device. */

import type { VmaView } from '../events.ts';
import type { Ctx, Proc, SimState, Vma } from '../state.ts';

/** The VMA holding `vaddr`, or null. */
export function findVma(proc: Proc, vaddr: number): Vma | null {
  const vmas = proc.vmas;
  let lo = 0;
  let hi = vmas.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = vmas[mid]!;
    if (vaddr < v.start) hi = mid - 1;
    else if (vaddr >= v.end) lo = mid + 1;
    else return v;
  }
  return null;
}

/**
 * The index of the first VMA that ends above `addr` (the one holding it, or the first after it); the
 * list's length when none does. Every lookup is a binary search: a process may hold 150,000 VMAs, and
 * no step may scan them all (scenario-language.md).
 */
function firstEndingAbove(vmas: readonly Vma[], addr: number): number {
  let lo = 0;
  let hi = vmas.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vmas[mid]!.end <= addr) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `vma` is in the process's list. */
function indexOfVma(proc: Proc, vma: Vma): number {
  const i = firstEndingAbove(proc.vmas, vma.start);
  return proc.vmas[i] === vma ? i : proc.vmas.indexOf(vma);
}

/** Inserts a VMA keeping the list sorted (the caller has made room). */
export function insertVma(proc: Proc, vma: Vma): void {
  proc.vmas.splice(firstEndingAbove(proc.vmas, vma.start), 0, vma);
}

/** Puts `next` where `old` is in the process's list (VMAs are replaced, never changed). */
export function replaceVma(proc: Proc, old: Vma, next: Vma): void {
  proc.vmas[indexOfVma(proc, old)] = next;
}

/** Takes `vma` out of the process's list; the range it held is free again. */
export function deleteVma(proc: Proc, vma: Vma): void {
  proc.vmas.splice(indexOfVma(proc, vma), 1);
  if (vma.start < proc.freeFrom) proc.freeFrom = vma.start;
}

/** The VMAs that overlap [start, end). */
export function vmasIn(proc: Proc, start: number, end: number): Vma[] {
  const out: Vma[] = [];
  const vmas = proc.vmas;
  for (let i = firstEndingAbove(vmas, start); i < vmas.length && vmas[i]!.start < end; i++)
    out.push(vmas[i]!);
  return out;
}

/** Page index in the device's mmap space of virtual page `vpn` of the mapping. */
export function devicePageIndex(s: SimState, vma: Vma, vpn: number): number {
  return (vma.off + vpn * s.geo.pageSize - vma.start) / s.geo.pageSize;
}

/** Where mmap looks for room when no address is asked for. */
export const MMAP_BASE = 0x1000_0000;

/**
 * The lowest free range of `len` bytes at or above MMAP_BASE, or null. The search starts at
 * `proc.freeFrom`, below which nothing is free (mappings packed one after another, the usual case, so
 * each search is a binary search and a step, not a walk over every VMA below).
 */
export function findFreeRange(s: SimState, proc: Proc, len: number): number | null {
  const vmas = proc.vmas;
  let start = Math.max(MMAP_BASE, proc.freeFrom);
  let firstGap: number | null = null;
  for (let i = firstEndingAbove(vmas, start); i < vmas.length; i++) {
    const v = vmas[i]!;
    if (v.start > start && firstGap === null) firstGap = start;
    if (v.start >= start + len) break;
    start = Math.max(start, v.end);
  }
  proc.freeFrom = firstGap ?? start;
  return start + len <= s.geo.vaTop ? start : null;
}

/** A short label for the trace: `/dev/ttyv0`. */
export function vmaPath(s: SimState, vma: Vma): string {
  return s.files.get(vma.file)?.path ?? s.devices[vma.device]!.name;
}

/** The VMA as the views draw it. */
export function vmaView(s: SimState, v: Vma): VmaView {
  return {
    id: v.id,
    start: v.start,
    end: v.end,
    prot: v.prot,
    shared: v.shared,
    off: v.off,
    device: s.devices[v.device]!.name,
    path: vmaPath(s, v),
    card: v.card,
  };
}

/**
 * Records a change to the process's VMAs: the ones it took out (`removed`) and put in (`added`), not
 * the whole list, which would make every mmap cost as much as the VMAs before it.
 */
export function vmaChanged(
  ctx: Ctx,
  proc: Proc,
  change: 'map' | 'unmap' | 'split' | 'protect',
  path: string,
  removed: readonly Vma[],
  added: readonly Vma[],
): void {
  const all = [...removed, ...added];
  const start = Math.min(...all.map((v) => v.start));
  const end = Math.max(...all.map((v) => v.end));
  ctx.ev.push({
    t: 'vma',
    proc: proc.name,
    change,
    start,
    end,
    device: path,
    removed: removed.map((v) => v.id),
    added: added.map((v) => vmaView(ctx.s, v)),
  });
}
