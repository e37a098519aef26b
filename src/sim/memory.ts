/**
 * The byte values of physical memory, page by page: RAM frames in an array indexed by frame, device
 * pages (far above RAM) in a Map. Every snapshot and every seek copies this, and an array is copied in
 * one go, where a Map of a thousand pages was rebuilt entry by entry.
 */

import type { MemPage } from './state.ts';

export class PhysMemory {
  private readonly ram: Array<MemPage | undefined>;
  private readonly device: Map<number, MemPage>;

  constructor(ramFrames: number, from?: PhysMemory) {
    if (from) {
      this.ram = from.ram.slice();
      this.device = new Map();
      from.device.forEach((page, pfn) => this.device.set(pfn, page));
    } else {
      this.ram = new Array<MemPage | undefined>(ramFrames).fill(undefined);
      this.device = new Map();
    }
  }

  /** The page at `pfn`, or undefined when nothing was ever written there (it reads 0). */
  get(pfn: number): MemPage | undefined {
    return pfn < this.ram.length ? this.ram[pfn] : this.device.get(pfn);
  }

  set(pfn: number, page: MemPage): void {
    if (pfn < this.ram.length) this.ram[pfn] = page;
    else this.device.set(pfn, page);
  }

  delete(pfn: number): void {
    if (pfn < this.ram.length) this.ram[pfn] = undefined;
    else this.device.delete(pfn);
  }

  /** The page frame numbers that hold a page, in order. */
  pfns(): number[] {
    const out: number[] = [];
    this.ram.forEach((page, pfn) => {
      if (page) out.push(pfn);
    });
    return out.concat([...this.device.keys()].sort((a, b) => a - b));
  }

  /** A copy that shares the pages (they are copy-on-write). */
  copy(): PhysMemory {
    return new PhysMemory(this.ram.length, this);
  }
}
