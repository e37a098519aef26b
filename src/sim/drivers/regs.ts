/** Device registers at a physical address: a mapping covers the whole pages that hold the block. */

import type { RegsState } from '../devices.ts';
import { inDeviceMemory, pastTheEnd, type Driver } from './types.ts';

export const regsDriver: Driver<RegsState> = {
  page(s, d, _m, index) {
    if (index < d.npages) return d.firstPfn + index;
    // Without the range check the driver maps the pages after its block, someone else's registers.
    return !d.hooks.checks.range && inDeviceMemory(s, d.firstPfn + index) ? d.firstPfn + index : null;
  },
  noPage: (_s, d, _m, index) => pastTheEnd(index, d.npages, `${d.name}'s register pages`),
  // Lazily (maps=fault), the handler inserts the register page's PFN.
  linuxApi: () => 'vmf_insert_pfn',
};
