/**
 * Taking device mappings back. By range: linux's `unmap_mapping_range` zaps the PTEs of every process's
 * mappings of a device range (freebsd's `cdev_mgtdev_pager_free_pages` removes the same PTEs, found page
 * by page through pv lists). By physical page: netbsd_fo's `pmap_pv_protect` and `pmap_page_protect`.
 */

import type { DeviceState } from '../devices.ts';
import type { Ctx, Vma } from '../state.ts';
import { clearPte, ptesIn, walk } from '../pagetable.ts';
import { tlbFlushPage } from '../tlb.ts';
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

/**
 * Revocation by physical page (netbsd_fo: `pmap_pv_protect` for pv-tracked device memory,
 * `pmap_page_protect` for RAM): every PTE, in every live process, that maps one of `pfns`, whatever its
 * protection, goes with its TLB entry. Only the device's own mappings can reach its pages.
 */
export function removeByPage(
  ctx: Ctx,
  d: DeviceState,
  groups: ReadonlyArray<{ api: string; what: string; pfns: readonly number[] }>,
): void {
  const s = ctx.s;
  const P = s.geo.pageSize;
  const pfns = new Set<number>();
  for (const g of groups) {
    ctx.ev.push({ t: 'call', api: g.api, who: d.who, detail: `${g.what}, VM_PROT_NONE` });
    for (const f of g.pfns) pfns.add(f);
  }
  for (const proc of s.procs) {
    if (!proc.alive) continue;
    for (const vma of proc.vmas) {
      if (vma.device !== d.index) continue;
      for (const vpn of ptesIn(s, proc, vma.start / P, vma.end / P)) {
        if (!pfns.has(walk(s, proc, vpn)!.pfn)) continue;
        clearPte(ctx, proc, vpn);
        tlbFlushPage(ctx, proc, vpn);
      }
    }
  }
}
