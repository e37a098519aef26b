/** Where a physical address lands: RAM, or which device's memory and page; and what it holds. */

import type { Lands } from '../outcome.ts';
import { rangeAt } from '../physmap.ts';
import { readByte, writeByte } from '../ram.ts';
import type { Proc, SimState } from '../state.ts';
import { findVma } from './vmas.ts';

/**
 * One `Lands` object per place, made on first use and shared from then on (they are never changed):
 * every access reports where it landed, and a long run's outcomes keep them all.
 */
export interface Places {
  ram: Array<Lands | undefined>;
  device: Map<string, Array<Lands | undefined>>;
}

export function newPlaces(): Places {
  return { ram: [], device: new Map() };
}

const NOWHERE: Lands = { kind: 'device', device: '?', page: 0 };

function ramPlace(places: Places, frame: number): Lands {
  return (places.ram[frame] ??= { kind: 'ram', frame });
}

function devicePlace(places: Places, device: string, page: number): Lands {
  let pages = places.device.get(device);
  if (!pages) places.device.set(device, (pages = []));
  return (pages[page] ??= { kind: 'device', device, page });
}

/**
 * Classifies physical byte `paddr`, reached by `proc` at `vaddr`; a register byte of no block counts
 * as the mapped device's.
 */
export function landAt(s: SimState, paddr: number, proc: Proc, vaddr: number): Lands {
  const pfn = Math.floor(paddr / s.geo.pageSize);
  if (pfn < s.phys.ramFrames) return ramPlace(s.places, pfn);
  const r = rangeAt(s.phys, paddr);
  const vma = r ? null : findVma(proc, vaddr);
  const d = r ? s.devices[r.device]! : vma ? s.devices[vma.device]! : null;
  if (!d) return NOWHERE;
  let first = pfn;
  if (d.type === 'vt') first = d.fbPfn;
  else if (d.type === 'card') first = d.windowPfn;
  else if (d.type === 'regs') first = d.firstPfn;
  return devicePlace(s.places, d.name, pfn - first);
}

/** Memory that reads 0 and drops writes: an empty card slot, a register byte of no device. */
export function isDead(s: SimState, paddr: number, lands: Lands): boolean {
  if (lands.kind === 'ram') return false;
  const r = rangeAt(s.phys, paddr);
  if (!r) return true;
  const d = s.devices[r.device]!;
  return d.type === 'card' && d.slot === null;
}

/** Reads the value at `paddr` ("0" for dead memory). */
export function loadValue(s: SimState, paddr: number, dead: boolean): string {
  return dead ? '0' : readByte(s, paddr);
}

/** Writes `value` at `paddr`; dead memory drops it. Returns whether it was stored. */
export function storeValue(s: SimState, paddr: number, dead: boolean, value: string): boolean {
  if (dead) return false;
  writeByte(s, paddr, value);
  return true;
}
