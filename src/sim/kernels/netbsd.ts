/**
 * netbsd: UVM's device pager. `udv_attach` asks `d_mmap` for every page at mmap time, `udv_fault`
 * asks again per page at fault time; there is no hook to revoke and no per-open state, and a cloning
 * device's descriptor (DTYPE_MISC) cannot be mapped at all (kernel-models-more.md §9).
 * Sources: sys/uvm/uvm_mmap.c, sys/uvm/uvm_device.c, sys/arch/amd64/amd64/trap.c.
 */

import { driverPage } from '../drivers/index.ts';
import { tlbFlushPage } from '../tlb.ts';
import { devicePageIndex } from '../vm/vmas.ts';
import { installPage } from '../vm/install.ts';
import { addressWords, failure, type Failure } from '../failure.ts';
import { accessCheck, askEveryPage, busy, LENGTH_ZERO, missingWhy, oom } from './common.ts';
import type { KernelName } from '../spec.ts';
import type { KernelModel } from './model.ts';

export const netbsd: KernelModel = {
  name: 'netbsd',
  mmapFile: (d) => (d.type === 'clone' && !d.cloningNo ? notAVnode(d.name) : null),
  mmapChecks(ctx, req, file) {
    const P = ctx.s.geo.pageSize;
    // sys_mmap: a device is always shared; MAP_PRIVATE is silently made MAP_SHARED.
    req.shared = true;
    const denied = accessCheck(req, file);
    if (denied) return denied;
    if (req.len === 0) return LENGTH_ZERO;
    req.pageoff = req.off % P;
    req.off -= req.pageoff;
    req.len += req.pageoff;
    if (req.at !== null) {
      req.at -= req.pageoff;
      if (req.at % P !== 0)
        return failure(
          'EINVAL',
          `sys_mmap: at=${addressWords(req.at + req.pageoff)} less the offset's in-page part (${req.pageoff}) is not page aligned`,
        );
    }
    return null;
  },
  ...devicePager('netbsd'),
  unmapped: () => null,
  vmaOpened: () => undefined,
  forkCopiesPtes: () => false,
  revokes: () => null,
  perOpen: () => false,
  countsMaps: () => true,
  releaseAtLastClose: false,
  useCountApi: null,
  unloadApi: null,
  unloadBusy: busy,
  api: () => NETBSD_API,
};

const NETBSD_API = { open: 'd_open', release: 'd_close' };

/** sys_mmap maps only vnodes: a cloning device's descriptor is DTYPE_MISC (tech-kern, 2013). */
export function notAVnode(device: string): Failure {
  return failure(
    'ENODEV',
    `sys_mmap: ${device}'s descriptor comes from fd_clone and has type DTYPE_MISC, not a vnode ("only mmap vnodes!"); cloning=no would make it a plain device`,
  );
}

/**
 * UVM's device pager: `udv_attach` at mmap time, `udv_fault` at fault time, as kernel `kernel` names
 * them in the trace (netbsd, and netbsd_fo for its `d_mmap` drivers).
 */
export function devicePager(kernel: KernelName): Pick<KernelModel, 'driverMmap' | 'fault'> {
  return {
    driverMmap(ctx, d, vma) {
      ctx.ev.push({
        t: 'call',
        api: 'udv_attach',
        who: kernel,
        detail: `asks d_mmap for each of ${(vma.end - vma.start) / ctx.s.geo.pageSize} pages`,
      });
      const pages = askEveryPage(ctx, d, vma);
      if ('missing' in pages) {
        ctx.ev.push({
          t: 'return',
          api: 'd_mmap',
          who: d.who,
          result: `-1 for page ${pages.missing}`,
        });
        return failure(
          'EINVAL',
          `udv_attach: d_mmap returns -1 for page ${pages.missing}: ${missingWhy(ctx, d, vma, pages.missing)}`,
        );
      }
      return { eager: null };
    },
    fault(ctx, proc, vma, vpn, access) {
      const s = ctx.s;
      const d = s.devices[vma.device]!;
      const who = d.who;
      const index = devicePageIndex(s, vma, vpn);
      ctx.ev.push({ t: 'call', api: 'udv_fault', who: kernel, detail: `${access} fault at page ${index}` });
      ctx.ev.push({
        t: 'call',
        api: 'd_mmap',
        who,
        detail: `offset ${index * s.geo.pageSize}, ${access === 'write' ? 'PROT_WRITE' : 'PROT_READ'}`,
      });
      const pfn = driverPage(s, d, vma, index);
      if (pfn === null) {
        ctx.ev.push({ t: 'return', api: 'd_mmap', who, result: '-1' });
        // udv_fault fails with EIO, which x86 trap() turns into SIGSEGV.
        return { ok: false, signal: 'SIGSEGV', why: 'd_mmap returned -1: udv_fault fails with EIO' };
      }
      ctx.ev.push({ t: 'return', api: 'd_mmap', who, result: `page frame ${pfn}` });
      ctx.ev.push({
        t: 'call',
        api: 'pmap_enter',
        who: kernel,
        detail: `frame ${pfn} with the mapping\u2019s protection`,
      });
      tlbFlushPage(ctx, proc, vpn);
      if (!installPage(ctx, proc, vma, vpn, pfn)) return oom();
      return { ok: true };
    },
  };
}
