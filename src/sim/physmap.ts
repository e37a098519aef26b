/**
 * The physical address map: RAM frames from 0, then the device memory the engine places
 * (framebuffers and card windows from 0x8000_0000 in declaration order) and the register blocks at
 * their `at`. Fixed at boot.
 */

export interface DeviceRange {
  device: number;
  kind: 'framebuffer' | 'window' | 'registers';
  /** Byte range [start, end). */
  start: number;
  end: number;
}

export interface PhysMap {
  pageSize: number;
  ramFrames: number;
  /** Sorted by start. Register blocks may share a page but never overlap. */
  ranges: DeviceRange[];
}

export const DEVICE_MEMORY_BASE = 0x8000_0000;

/** The device range holding byte `paddr`, if any. */
export function rangeAt(map: PhysMap, paddr: number): DeviceRange | null {
  for (const r of map.ranges) {
    if (paddr >= r.start && paddr < r.end) return r;
  }
  return null;
}

/** The device ranges that touch page `pfn`. */
export function rangesOnPage(map: PhysMap, pfn: number): DeviceRange[] {
  const lo = pfn * map.pageSize;
  const hi = lo + map.pageSize;
  return map.ranges.filter((r) => r.start < hi && r.end > lo);
}
