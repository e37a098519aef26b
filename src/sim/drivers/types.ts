/** What every pagerlab driver tells the kernel, whichever kernel model calls it. */

import type { DeviceState } from '../devices.ts';
import { rangesOnPage } from '../physmap.ts';
import type { SimState, Vma } from '../state.ts';

/** The parts of a mapping a driver looks at (a Vma, or one being made). */
export type MapRef = Pick<Vma, 'screen' | 'card' | 'file'>;

/** `page 4 is past the end of slot's window (2 pages)`: the reason every driver gives past its memory. */
export function pastTheEnd(index: number, pages: number, what: string): string {
  return `page ${index} is past the end of ${what} (${pages} ${pages === 1 ? 'page' : 'pages'})`;
}

/**
 * Is page frame `pfn` some device's memory? A driver without the range check hands out the frames past
 * its own, but only where memory is: past every device there is nothing for a PTE to point at.
 */
export function inDeviceMemory(s: SimState, pfn: number): boolean {
  return rangesOnPage(s.phys, pfn).length > 0;
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
