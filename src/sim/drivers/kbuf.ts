/** A driver buffer in kernel memory: kmalloc (contiguous) or vmalloc (scattered, found by a walk). */

import type { KbufState } from '../devices.ts';
import { pastTheEnd, type Driver } from './types.ts';

export const kbufDriver: Driver<KbufState> = {
  page(_s, d, _m, index) {
    return d.frames[index] ?? null;
  },
  noPage(_s, d, _m, index) {
    if (index >= d.frames.length) return pastTheEnd(index, d.frames.length, `${d.name}'s buffer`);
    return `page ${index} of ${d.name}'s buffer is a hole`;
  },
  linuxApi(_s, d) {
    // vmalloc memory is only virtually contiguous: the handler walks the kernel page table
    // (pgd, pmd, pte) to find the page; kmalloc memory converts directly.
    return d.vmalloc ? 'vmalloc_to_page' : 'virt_to_page';
  },
};
