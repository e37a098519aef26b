/** A cloning device: every open allocates its own instance of kernel memory. */

import type { CloneState } from '../devices.ts';
import { pastTheEnd, type Driver } from './types.ts';

export const cloneDriver: Driver<CloneState> = {
  page(s, d, m, index) {
    if (index >= d.pages) return null;
    // linux finds the open through vma->vm_file->private_data, netbsd_fo through fo_mmap's object,
    // freebsd's d_mmap_single through devfs_get_cdevpriv;
    // d_mmap, drvmmap and 2.0's nopage (vm_inode) see no open, so they hand out the first live instance.
    const mine = d.perOpen ? s.files.get(m.file)?.instance : d.instances[0]?.id;
    const inst = d.instances.find((i) => i.id === mine);
    return inst?.frames[index] ?? null;
  },
  noPage(_s, d, _m, index) {
    if (index >= d.pages) return pastTheEnd(index, d.pages, `an instance of ${d.name}`);
    return `no instance of ${d.name} is live for this mapping`;
  },
  linuxApi: () => 'vmf->page (per-open instance)',
};
