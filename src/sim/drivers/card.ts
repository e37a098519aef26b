/** A memory-card slot: the window shows whichever card is in. */

import type { CardState } from '../devices.ts';
import { inDeviceMemory, pastTheEnd, type Driver } from './types.ts';

export const cardDriver: Driver<CardState> = {
  page(s, d, m, index) {
    // Without the range check the driver hands out whatever lies past its window (the hole
    // device-bounds names); without the slot check, the empty window.
    if (index >= d.pages && (d.hooks.checks.range || !inDeviceMemory(s, d.windowPfn + index))) return null;
    if (d.slot === null && d.hooks.checks.slot) return null;
    // A driver with per-mapping state (linux's vm_file, netbsd_fo's object per mapping,
    // freebsd's d_mmap_single) knows the card
    // it was made for; d_mmap and drvmmap see only the dev_t, so they answer with whatever card is in.
    if (d.perOpen && d.slot !== m.card) return null;
    return d.windowPfn + index;
  },
  noPage(_s, d, m, index) {
    if (index >= d.pages) return pastTheEnd(index, d.pages, `${d.name}'s window`);
    if (d.slot === null && d.hooks.checks.slot) return `no card is in ${d.name}`;
    return `card ${d.slot} is in ${d.name}, not card ${m.card ?? 'none'}, the one this mapping was made for`;
  },
  linuxApi: () => 'vmf_insert_pfn',
};
