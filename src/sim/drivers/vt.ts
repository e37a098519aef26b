/** Virtual terminals over one framebuffer: screen K's mappings reach the framebuffer while K is in front. */

import type { VtState } from '../devices.ts';
import { inDeviceMemory, pastTheEnd, type Driver } from './types.ts';

export const vtDriver: Driver<VtState> = {
  page(s, d, m, index) {
    if (index >= d.fbPages) {
      // Without the range check the driver hands out whatever device memory follows the framebuffer.
      return !d.hooks.checks.range && inDeviceMemory(s, d.fbPfn + index) ? d.fbPfn + index : null;
    }
    // fault=front: the framebuffer whichever screen is in front (the driver forgets the screen).
    if (d.hooks.fault === 'front' || d.front === m.screen) return d.fbPfn + index;
    return d.backing[m.screen]?.[index] ?? null;
  },
  noPage: (_s, d, _m, index) => pastTheEnd(index, d.fbPages, `${d.name}'s framebuffer`),
  linuxApi(s, _d, pfn) {
    // The framebuffer is device memory (a PFN); a backing store is RAM with a struct page.
    return pfn >= s.phys.ramFrames ? 'vmf_insert_pfn' : 'vmf->page (backing store)';
  },
};
