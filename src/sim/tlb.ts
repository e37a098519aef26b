/** The TLB: fully associative, tagged by process (pid), replaced round-robin. */

import type { Ctx, Proc, Pte, SimState } from './state.ts';
import { tkey } from './state.ts';

/** The slot holding (pid, vpn), or -1. */
export function tlbLookup(s: SimState, pid: number, vpn: number): number {
  return s.tlbSlots.get(tkey(pid, vpn)) ?? -1;
}

/** Caches a translation in the next round-robin slot. */
export function tlbFill(ctx: Ctx, proc: Proc, vpn: number, pte: Pte): void {
  const s = ctx.s;
  const slot = s.tlbNext;
  const old = s.tlb[slot];
  let evicted: { proc: string; vpn: number } | null = null;
  if (old) {
    evicted = { proc: s.procs[old.pid]!.name, vpn: old.vpn };
    // Dropping an entry can only clear a violation it had; look again only then.
    const key = tkey(old.pid, old.vpn);
    s.tlbSlots.delete(key);
    if (s.violations.size !== 0 && s.violations.has(key)) ctx.dirty.push(key);
  }
  // A fresh entry copies its PTE, which the checker has already judged when it was installed, so
  // the fill itself needs no recheck (this keeps the common access step free of checks).
  s.work++;
  s.tlb[slot] = { pid: proc.pid, vpn, pfn: pte.pfn, read: pte.read, write: pte.write };
  s.tlbSlots.set(tkey(proc.pid, vpn), slot);
  s.tlbNext = (slot + 1) % s.tlb.length;
  ctx.ev.push({ t: 'tlb-fill', proc: proc.name, vpn, pfn: pte.pfn, slot, rights: pte, evicted });
}

/** Drops the entry for (proc, vpn) if cached. */
export function tlbFlushPage(ctx: Ctx, proc: Proc, vpn: number): void {
  const slot = tlbLookup(ctx.s, proc.pid, vpn);
  if (slot < 0) return;
  ctx.s.tlb[slot] = null;
  ctx.s.tlbSlots.delete(tkey(proc.pid, vpn));
  ctx.dirty.push(tkey(proc.pid, vpn));
  ctx.ev.push({ t: 'tlb-flush', proc: proc.name, vpn, slots: [slot] });
}

/** Drops every entry of the process (at exit). */
export function tlbFlushProc(ctx: Ctx, proc: Proc): void {
  const slots: number[] = [];
  ctx.s.tlb.forEach((e, i) => {
    if (e && e.pid === proc.pid) {
      ctx.s.tlb[i] = null;
      ctx.s.tlbSlots.delete(tkey(proc.pid, e.vpn));
      ctx.dirty.push(tkey(proc.pid, e.vpn));
      slots.push(i);
    }
  });
  if (slots.length) ctx.ev.push({ t: 'tlb-flush', proc: proc.name, vpn: null, slots });
}
