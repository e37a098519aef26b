/**
 * irix: `drvmmap(dev, vt, off, len, prot)` maps the whole range with `v_mapphys` at mmap time;
 * `munmap` calls `drvunmap`, and without one munmap returns ENODEV.
 * Sources: IRIX map(D2X), unmap(D2X), v_mapphys(D3X), mmap(2), munmap(2).
 */

import { setPte } from '../pagetable.ts';
import { protRights } from '../prot.ts';
import { withRights } from '../state.ts';
import { tlbFlushPage } from '../tlb.ts';
import { vmaPath } from '../vm/vmas.ts';
import { failure } from '../failure.ts';
import { accessCheck, askEveryPage, busy, lengthAndAlignment, missingWhy } from './common.ts';
import { oom } from './linux.ts';
import type { KernelModel } from './model.ts';

export const irix: KernelModel = {
  name: 'irix',
  mmapChecks(ctx, req, file) {
    return lengthAndAlignment(ctx, req, 'mmap(2)') ?? accessCheck(req, file);
  },
  driverMmap(ctx, d, vma, req) {
    const who = d.who;
    ctx.ev.push({ t: 'call', api: 'drvmmap', who, detail: `${vmaPath(ctx.s, vma)} offset ${vma.off}` });
    // Every pagerlab driver refuses private mappings of its memory (kernel-models.md).
    if (!req.shared) return failure('EINVAL', `${who} refuses MAP_PRIVATE in drvmmap`);
    if (d.type === 'card' && d.slot === null)
      return failure('ENXIO', `${who} refuses in drvmmap: no card is in ${d.name}`);
    const pages = askEveryPage(ctx, d, vma);
    if ('missing' in pages)
      return failure(
        'ENXIO',
        `drvmmap cannot map page ${pages.missing} with v_mapphys: ${missingWhy(ctx, d, vma, pages.missing)}`,
      );
    return { eager: { api: 'v_mapphys', pfns: pages.pfns } };
  },
  fault(ctx, proc, vma, vpn, _access, pte) {
    if (!pte) {
      // v_mapphys mapped every page at mmap time; there is no fault handler to ask.
      return { ok: false, signal: 'SIGSEGV', why: 'no page: v_mapphys mapped the range at mmap time' };
    }
    const r = protRights(vma.prot);
    ctx.ev.push({
      t: 'call',
      api: 'pfault',
      who: 'irix',
      detail: 'upgrades the PTE to the mapping\u2019s protection',
    });
    tlbFlushPage(ctx, proc, vpn);
    if (!setPte(ctx, proc, vpn, withRights(pte, r))) return oom();
    return { ok: true };
  },
  unmapped(ctx, _proc, vma) {
    const d = ctx.s.devices[vma.device]!;
    const who = d.who;
    if (d.noUnmap) {
      ctx.ev.push({ t: 'return', api: 'drvunmap', who, result: 'none: munmap returns ENODEV' });
      return failure('ENODEV', `${who} has no drvunmap (unmap=no): the range is unmapped all the same`);
    }
    ctx.ev.push({ t: 'call', api: 'drvunmap', who, detail: vmaPath(ctx.s, vma) });
    return null;
  },
  vmaOpened: () => undefined,
  forkCopiesPtes: () => true,
  revokes: () => false,
  unloadBusy: busy,
  api: { open: 'open (D2X)', release: 'close (D2X)' },
};
