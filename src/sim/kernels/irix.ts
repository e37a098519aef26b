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
import { accessCheck, aligned, askEveryPage } from './common.ts';
import { oom } from './linux.ts';
import type { KernelModel } from './model.ts';

export const irix: KernelModel = {
  name: 'irix',
  mmapChecks(ctx, req, file) {
    if (req.len === 0) return 'EINVAL';
    if (!aligned(ctx, req.off) || (req.at !== null && !aligned(ctx, req.at))) return 'EINVAL';
    return accessCheck(req, file);
  },
  driverMmap(ctx, d, vma, req) {
    const who = d.who;
    ctx.ev.push({ t: 'call', api: 'drvmmap', who, detail: `${vmaPath(ctx.s, vma)} offset ${vma.off}` });
    if (!req.shared) return { errno: 'EINVAL' };
    if (d.type === 'card' && d.slot === null) return { errno: 'ENXIO' };
    const pages = askEveryPage(ctx, d, vma);
    if ('missing' in pages) return { errno: 'ENXIO' };
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
      return 'ENODEV';
    }
    ctx.ev.push({ t: 'call', api: 'drvunmap', who, detail: vmaPath(ctx.s, vma) });
    return null;
  },
  vmaOpened: () => undefined,
  forkCopiesPtes: () => true,
  revokes: false,
  unloadBusy: 'EBUSY',
  api: { open: 'open (D2X)', release: 'close (D2X)' },
};
