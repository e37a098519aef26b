/** Virtual terminals over one framebuffer: screen K's mappings reach the framebuffer while K is in front. */

import type { VtState } from '../devices.ts';
import { pastTheEnd, type Driver } from './types.ts';

export const vtDriver: Driver<VtState> = {
  page(_s, d, m, index) {
    if (index >= d.fbPages) return null;
    return d.front === m.screen ? d.fbPfn + index : (d.backing[m.screen]?.[index] ?? null);
  },
  noPage: (_s, d, _m, index) => pastTheEnd(index, d.fbPages, `${d.name}'s framebuffer`),
  linuxApi(s, _d, pfn) {
    // The framebuffer is device memory (a PFN); a backing store is RAM with a struct page.
    return pfn >= s.phys.ramFrames ? 'vmf_insert_pfn' : 'vmf->page (backing store)';
  },
};
