/** Device registers at a physical address: a mapping covers the whole pages that hold the block. */

import type { RegsState } from '../devices.ts';
import { pastTheEnd, type Driver } from './types.ts';

export const regsDriver: Driver<RegsState> = {
  page(_s, d, _m, index) {
    return index < d.npages ? d.firstPfn + index : null;
  },
  noPage: (_s, d, _m, index) => pastTheEnd(index, d.npages, `${d.name}'s register pages`),
  linuxApi: () => 'vm_iomap_memory',
};
