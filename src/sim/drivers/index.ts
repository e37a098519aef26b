/** The six drivers, looked up by device type. */

import type { DeviceState } from '../devices.ts';
import type { SimState } from '../state.ts';
import { cardDriver } from './card.ts';
import { cloneDriver } from './clone.ts';
import { kbufDriver } from './kbuf.ts';
import { pseudoDriver } from './pseudo.ts';
import { regsDriver } from './regs.ts';
import type { Driver, MapRef } from './types.ts';
import { vtDriver } from './vt.ts';

export type { MapRef } from './types.ts';

const DRIVERS = {
  vt: vtDriver,
  card: cardDriver,
  pseudo: pseudoDriver,
  kbuf: kbufDriver,
  regs: regsDriver,
  clone: cloneDriver,
} as const;

function driverOf(d: DeviceState): Driver<DeviceState> {
  return DRIVERS[d.type] as Driver<DeviceState>;
}

/** The page frame the device's driver hands out for page `index` of its mmap space, or null. */
export function driverPage(s: SimState, d: DeviceState, m: MapRef, index: number): number | null {
  return driverOf(d).page(s, d, m, index);
}

/** Why the driver has no page for page `index` (after `driverPage` said null), in words. */
export function noPageWhy(s: SimState, d: DeviceState, m: MapRef, index: number): string {
  return driverOf(d).noPage(s, d, m, index);
}

/** The linux kernel API the driver uses to hand that page over. */
export function linuxPageApi(s: SimState, d: DeviceState, pfn: number): string {
  return driverOf(d).linuxApi(s, d, pfn);
}

/**
 * The call a linux driver that maps at mmap time (`maps=now`) fills every PTE with in `->mmap`, or null
 * for a driver that waits for `vm_ops->fault`.
 */
export function linuxEagerApi(d: DeviceState): string | null {
  if (d.hooks.maps !== 'now') return null;
  if (d.type === 'regs') return 'vm_iomap_memory';
  if (d.type === 'kbuf' && d.vmalloc) return 'remap_vmalloc_range';
  return 'remap_pfn_range';
}

/** Mappings whose PTEs linux copies at fork (PFN mappings: VM_PFNMAP or VM_MIXEDMAP). */
export function linuxCopiesPtes(d: DeviceState): boolean {
  return d.type === 'vt' || d.type === 'card' || d.type === 'regs' || d.type === 'pseudo';
}
