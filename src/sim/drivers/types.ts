/** What every pagerlab driver tells the kernel, whichever kernel model calls it. */

import type { DeviceState } from '../devices.ts';
import type { KernelName } from '../spec.ts';
import type { SimState, Vma } from '../state.ts';

/** Kernels whose drivers can find the mapping's or the open's own state (`vm_file`, `d_mmap_single`). */
const OWN_STATE: readonly KernelName[] = ['linux', 'freebsd'];
/** Kernels where `pager=device` takes that away: the driver has only `d_mmap` (kernel-models-more.md §4). */
const PAGER_CHOICE: readonly KernelName[] = ['freebsd'];

/**
 * Does the driver see which mapping or open asks (the card it was made for, the open's clone
 * instance)? `d_mmap` and `drvmmap` see only the dev_t.
 */
export function seesMapping(s: SimState, d: DeviceState): boolean {
  return OWN_STATE.includes(s.kernel) && !(d.pagerDevice && PAGER_CHOICE.includes(s.kernel));
}

/** The parts of a mapping a driver looks at (a Vma, or one being made). */
export type MapRef = Pick<Vma, 'screen' | 'card' | 'file'>;

/** `page 4 is past the end of slot's window (2 pages)`: the reason every driver gives past its memory. */
export function pastTheEnd(index: number, pages: number, what: string): string {
  return `page ${index} is past the end of ${what} (${pages} ${pages === 1 ? 'page' : 'pages'})`;
}

export interface Driver<D extends DeviceState> {
  /**
   * The page frame number the driver hands out for page `index` of its mmap space to this mapping
   * right now, or null when it has none (a hole, no card, past the end). Under linux this is the
   * fault handler's answer; under netbsd `d_mmap`'s; under irix `drvmmap`'s at mmap time.
   */
  page(s: SimState, d: D, m: MapRef, index: number): number | null;
  /** Why `page` has none for page `index` (asked only after it said null): a clause, for a failure's words. */
  noPage(s: SimState, d: D, m: MapRef, index: number): string;
  /** Linux: how the handler hands the page over (the kernel API a reader can look up). */
  linuxApi(s: SimState, d: D, pfn: number): string;
}
