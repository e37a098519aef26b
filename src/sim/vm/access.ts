/**
 * A read or write: TLB, page walk, the fault path (kernel model and driver), retry, and where it
 * lands. Signals go to the process's handler, or kill it (`nohandler`, SIGKILL).
 */

import type { KernelModel } from '../kernels/index.ts';
import type { Lands } from '../outcome.ts';
import { isLive, walk } from '../pagetable.ts';
import { allows, protRights } from '../prot.ts';
import type { Ctx, Proc } from '../state.ts';
import type { Signal } from '../spec.ts';
import { tlbFill, tlbFlushPage, tlbLookup } from '../tlb.ts';
import { exitProcess } from './exit.ts';
import { isDead, landAt, loadValue, storeValue } from './land.ts';
import { findVma } from './vmas.ts';

/** What the access did, in the step outcome's own shape and field order (the engine passes it on). */
export interface AccessResult {
  result: 'ok' | 'signal';
  signal: Signal | null;
  fault: boolean;
  lands: Lands | null;
  value: string | null;
  /** A signal's reason (as its `signal` event says it); null when the access went through. */
  why: string | null;
}

/**
 * The pfn the TLB or a page walk gives for `access`, or -1 when the access must fault. A number, not
 * an object: this runs for every access (the fault path below is the rare one).
 */
function lookup(ctx: Ctx, proc: Proc, vpn: number, access: 'read' | 'write'): number {
  const s = ctx.s;
  const slot = tlbLookup(s, proc.pid, vpn);
  if (slot >= 0) {
    const e = s.tlb[slot]!;
    ctx.ev.push({ t: 'tlb-hit', proc: proc.name, vpn, pfn: e.pfn, slot });
    return allows(e, access) ? e.pfn : -1;
  }
  ctx.ev.push({ t: 'tlb-miss', proc: proc.name, vpn });
  const pte = walk(s, proc, vpn, ctx);
  if (!isLive(pte) || !allows(pte, access)) return -1;
  tlbFill(ctx, proc, vpn, pte);
  return pte.pfn;
}

interface Denied {
  signal: Signal;
  why: string;
}

/** The page fault: the kernel model's handler installs a PTE and the retry finds it (its pfn), or not. */
function pageFault(
  ctx: Ctx,
  m: KernelModel,
  proc: Proc,
  vaddr: number,
  vpn: number,
  access: 'read' | 'write',
): number | Denied {
  const s = ctx.s;
  const pte = walk(s, proc, vpn);
  ctx.ev.push({
    t: 'fault',
    proc: proc.name,
    vaddr,
    access,
    reason: isLive(pte) ? 'protection' : 'not-present',
  });
  // The faulting translation may be cached with fewer rights: x86 drops it on a fault.
  tlbFlushPage(ctx, proc, vpn);
  const vma = findVma(proc, vaddr);
  if (!vma) return { signal: 'SIGSEGV', why: 'no mapping at this address' };
  if (!allows(protRights(vma.prot), access))
    return { signal: 'SIGSEGV', why: `the mapping is prot=${vma.prot}` };
  const handled = m.fault(ctx, proc, vma, vpn, access, pte);
  if (!handled.ok) return { signal: handled.signal, why: handled.why };
  // The retry: the walk now finds the PTE the handler installed.
  const again = walk(s, proc, vpn, ctx)!;
  tlbFill(ctx, proc, vpn, again);
  return again.pfn;
}

/** Performs a read (value null) or a write of `value` at `vaddr`. */
export function accessMemory(
  ctx: Ctx,
  m: KernelModel,
  proc: Proc,
  vaddr: number,
  value: string | null,
): AccessResult {
  const s = ctx.s;
  const access = value === null ? 'read' : 'write';
  ctx.ev.push({ t: 'access', proc: proc.name, access, vaddr });
  if (!Number.isSafeInteger(vaddr) || vaddr < 0 || vaddr >= s.geo.vaTop) {
    ctx.ev.push({ t: 'fault', proc: proc.name, vaddr, access, reason: 'not-present' });
    const why = 'the address is outside the address space';
    deliver(ctx, m, proc, 'SIGSEGV', why);
    return { result: 'signal', signal: 'SIGSEGV', fault: true, lands: null, value: null, why };
  }
  const vpn = Math.floor(vaddr / s.geo.pageSize);
  let pfn = lookup(ctx, proc, vpn, access);
  const fault = pfn < 0;
  if (fault) {
    const got = pageFault(ctx, m, proc, vaddr, vpn, access);
    if (typeof got !== 'number') {
      deliver(ctx, m, proc, got.signal, got.why);
      return { result: 'signal', signal: got.signal, fault, lands: null, value: null, why: got.why };
    }
    pfn = got;
  }
  const paddr = pfn * s.geo.pageSize + (vaddr % s.geo.pageSize);
  const lands = landAt(s, paddr, proc, vaddr);
  const dead = isDead(s, paddr, lands);
  ctx.ev.push({ t: 'land', proc: proc.name, paddr, lands });
  if (value === null) {
    const got = loadValue(s, paddr, dead);
    ctx.ev.push({ t: 'mem', access, paddr, value: got, dropped: false });
    return { result: 'ok', signal: null, fault, lands, value: got, why: null };
  }
  const stored = storeValue(s, paddr, dead, value);
  ctx.ev.push({ t: 'mem', access, paddr, value, dropped: !stored });
  return { result: 'ok', signal: null, fault, lands, value: null, why: null };
}

/** Sends a signal: the default handler records it and the process goes on; otherwise it dies. */
export function deliver(ctx: Ctx, m: KernelModel, proc: Proc, signal: Signal, why: string): void {
  const fatal = signal === 'SIGKILL' || proc.nohandler;
  ctx.ev.push({ t: 'signal', proc: proc.name, signal, fatal, why });
  if (fatal) exitProcess(ctx, m, proc, 'killed', signal);
}
