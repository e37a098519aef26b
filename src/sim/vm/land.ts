/** Where a physical address lands: RAM, or which device's memory and page; and what it holds. */

import type { Lands } from '../outcome.ts';
import { rangeAt } from '../physmap.ts';
import { readByte, writeByte } from '../ram.ts';
import type { SimState, Vma } from '../state.ts';

export interface Landing {
  lands: Lands;
  /** Memory that reads 0 and drops writes: an empty card slot, a register byte of no device. */
  dead: boolean;
}

/** Classifies physical byte `paddr`; `vma` names the mapped device for register bytes of no block. */
export function landAt(s: SimState, paddr: number, vma: Vma | null): Landing {
  const P = s.geo.pageSize;
  const pfn = Math.floor(paddr / P);
  if (pfn < s.phys.ramFrames) return { lands: { kind: 'ram', frame: pfn }, dead: false };
  const r = rangeAt(s.phys, paddr);
  const d = r ? s.devices[r.device]! : vma ? s.devices[vma.device]! : null;
  if (!d) return { lands: { kind: 'device', device: '?', page: 0 }, dead: true };
  let first = pfn;
  if (d.type === 'vt') first = d.fbPfn;
  else if (d.type === 'card') first = d.windowPfn;
  else if (d.type === 'regs') first = d.firstPfn;
  const dead = !r || (d.type === 'card' && d.slot === null);
  return { lands: { kind: 'device', device: d.name, page: pfn - first }, dead };
}

/** Reads the value at `paddr` ("0" for dead memory). */
export function loadValue(s: SimState, paddr: number, landing: Landing): string {
  return landing.dead ? '0' : readByte(s, paddr);
}

/** Writes `value` at `paddr`; dead memory drops it. Returns whether it was stored. */
export function storeValue(s: SimState, paddr: number, landing: Landing, value: string): boolean {
  if (landing.dead) return false;
  writeByte(s, paddr, value);
  return true;
}
