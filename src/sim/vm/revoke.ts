/**
 * linux's `unmap_mapping_range`: zap the PTEs of every process's mappings of a device range. freebsd's
 * `cdev_mgtdev_pager_free_pages` removes the same PTEs, found page by page through pv lists.
 */

import type { DeviceState } from '../devices.ts';
import type { Ctx, Vma } from '../state.ts';
import { zapPages } from './unmap.ts';

/** Zaps every live process's mappings of `d` that `which` selects; the next touch faults again. */
export function unmapMappingRange(
  ctx: Ctx,
  d: DeviceState,
  which: (vma: Vma) => boolean,
  why: string,
  api = 'unmap_mapping_range',
): void {
  ctx.ev.push({ t: 'call', api, who: d.who, detail: why });
  for (const proc of ctx.s.procs) {
    if (!proc.alive) continue;
    for (const vma of proc.vmas) {
      if (vma.device === d.index && which(vma)) zapPages(ctx, proc, vma.start, vma.end);
    }
  }
}
