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

/** Inserts a VMA keeping the list sorted (the caller has made room). */
export function insertVma(proc: Proc, vma: Vma): void {
  let i = 0;
  while (i < proc.vmas.length && proc.vmas[i]!.start < vma.start) i++;
  proc.vmas.splice(i, 0, vma);
}

/** Puts `next` where `old` is in the process's list (VMAs are replaced, never changed). */
export function replaceVma(proc: Proc, old: Vma, next: Vma): void {
  proc.vmas[proc.vmas.indexOf(old)] = next;
}

/** The VMAs that overlap [start, end). */
export function vmasIn(proc: Proc, start: number, end: number): Vma[] {
  return proc.vmas.filter((v) => v.start < end && v.end > start);
}

/** Page index in the device's mmap space of virtual page `vpn` of the mapping. */
export function devicePageIndex(s: SimState, vma: Vma, vpn: number): number {
  return (vma.off + vpn * s.geo.pageSize - vma.start) / s.geo.pageSize;
}

/** The lowest free range of `len` bytes at or above 0x1000_0000, or null. */
export function findFreeRange(s: SimState, proc: Proc, len: number): number | null {
  let start = 0x1000_0000;
  for (const v of proc.vmas) {
    if (v.end <= start) continue;
    if (v.start >= start + len) break;
    start = v.end;
  }
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

/** Records a change to the process's VMAs, with the list as it is now. */
export function vmaChanged(
  ctx: Ctx,
  proc: Proc,
  change: 'map' | 'unmap' | 'split' | 'protect',
  start: number,
  end: number,
  path: string,
): void {
  const after = proc.vmas.map((v) => vmaView(ctx.s, v));
  ctx.ev.push({ t: 'vma', proc: proc.name, change, start, end, device: path, after });
}
