/**
 * irix: `drvmmap(dev, vt, off, len, prot)` maps the whole range with `v_mapphys` at mmap time;
 * `munmap` calls `drvunmap`, and without one munmap returns ENODEV. MAP_PRIVATE of a device is mapped
 * shared, as the guide's own example does (kernel-models-more.md §9).
 * Sources: IRIX map(D2X), unmap(D2X), v_mapphys(D3X), mmap(2), munmap(2).
 */

import { vmaPath } from '../vm/vmas.ts';
import { failure } from '../failure.ts';
import {
  accessCheck,
  askEveryPage,
  busy,
  emptySlot,
  lengthAndAlignment,
  missingWhy,
  privateIsShared,
  upgradePte,
} from './common.ts';
import type { KernelModel } from './model.ts';

export const irix: KernelModel = {
  name: 'irix',
  mmapFile: () => null,
  mmapChecks(ctx, req, file) {
    privateIsShared(ctx, req, 'irix');
    return lengthAndAlignment(ctx, req, 'mmap(2)') ?? accessCheck(req, file);
  },
  driverMmap(ctx, d, vma) {
    const who = d.who;
    ctx.ev.push({ t: 'call', api: 'drvmmap', who, detail: `${vmaPath(ctx.s, vma)} offset ${vma.off}` });
    if (emptySlot(d)) return failure('ENXIO', `${who} refuses in drvmmap: no card is in ${d.name}`);
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
    return upgradePte(ctx, proc, vma, vpn, pte, 'pfault', 'irix');
  },
  unmapped(ctx, _proc, vma) {
    const d = ctx.s.devices[vma.device]!;
    const who = d.who;
    if (d.hooks.unmap === 'no') {
      ctx.ev.push({ t: 'return', api: 'drvunmap', who, result: 'none: munmap returns ENODEV' });
      return failure('ENODEV', `${who} has no drvunmap (unmap=no): the range is unmapped all the same`);
    }
    ctx.ev.push({ t: 'call', api: 'drvunmap', who, detail: vmaPath(ctx.s, vma) });
    return null;
  },
  vmaOpened: () => undefined,
  forkCopiesPtes: () => true,
  revokes: () => null,
  perOpen: () => false,
  countsMaps: () => true,
  releaseAtLastClose: false,
  useCountApi: null,
  unloadApi: null,
  unloadBusy: busy,
  api: () => IRIX_API,
};

const IRIX_API = { open: 'open (D2X)', release: 'close (D2X)' };
