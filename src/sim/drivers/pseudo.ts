/** Pseudo-device regions of kernel memory at mmap offsets, with the `alias=` copy-paste bug. */

import type { PseudoState, RegionState } from '../devices.ts';
import type { SimState } from '../state.ts';
import type { Driver } from './types.ts';

/** The region holding byte offset `off` of the device, or null for a gap. */
export function regionAt(d: PseudoState, off: number, pageSize: number): RegionState | null {
  for (const r of d.regions) {
    if (off >= r.offset && off < r.offset + r.pages * pageSize) return r;
  }
  return null;
}

/** The frame the region's own page `index` lives in: what a correct driver returns. */
export function ownRegionPage(s: SimState, d: PseudoState, index: number): number | null {
  const off = index * s.geo.pageSize;
  const r = regionAt(d, off, s.geo.pageSize);
  if (!r) return null;
  return r.frames[(off - r.offset) / s.geo.pageSize] ?? null;
}

export const pseudoDriver: Driver<PseudoState> = {
  page(s, d, _m, index) {
    const off = index * s.geo.pageSize;
    const r = regionAt(d, off, s.geo.pageSize);
    if (!r) return null;
    const i = (off - r.offset) / s.geo.pageSize;
    if (d.alias && d.alias.from === r.name) {
      // The bug: the second region's case returns the first region's address.
      const to = d.regions.find((x) => x.name === d.alias!.to);
      if (to && to.pages > 0) return to.frames[i % to.pages] ?? null;
    }
    return r.frames[i] ?? null;
  },
  noPage(s, d, _m, index) {
    const r = regionAt(d, index * s.geo.pageSize, s.geo.pageSize);
    return r
      ? `region ${r.name} of ${d.name} has no page there`
      : `offset ${index} pages of ${d.name} lies in no region`;
  },
  // Lazily (maps=fault), the handler hands over the region's struct page.
  linuxApi: () => 'vmf->page (kernel memory)',
};
