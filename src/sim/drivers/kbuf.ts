/** A driver buffer in kernel memory: kmalloc (contiguous) or vmalloc (scattered, found by a walk). */

import type { KbufState } from '../devices.ts';
import type { Driver } from './types.ts';

export const kbufDriver: Driver<KbufState> = {
  page(_s, d, _m, index) {
    return d.frames[index] ?? null;
  },
  linuxApi(_s, d) {
    // vmalloc memory is only virtually contiguous: the handler walks the kernel page table
    // (pgd, pmd, pte) to find the page; kmalloc memory converts directly.
    return d.vmalloc ? 'vmalloc_to_page' : 'virt_to_page';
  },
};
