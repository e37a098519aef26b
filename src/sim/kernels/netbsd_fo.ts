/**
 * netbsd_fo: current NetBSD with `fo_mmap` (2014), as the 2013 thread proposed. The drivers that need
 * per-open state or revocation (vt, card, clone) are cloning devices: `d_open` calls `fd_clone`, the
 * file's `fo_mmap` returns a `uvm_object` of the driver's own, whose `pgo_fault` enters the page it
 * chooses, and a switch or an eject takes pages back by physical page (`pmap_pv_protect` for the
 * pv-tracked framebuffer and window, `pmap_page_protect` for RAM). pseudo, kbuf, regs and a clone line
 * with `cloning=no` (and any line with `pager=device`) keep `d_mmap` and the device pager, exactly as on
 * `netbsd` (kernel-models-more.md §2, §4).
 * Sources: sys/uvm/uvm_mmap.c, sys/sys/file.h (fo_mmap), sys/uvm/pmap/pmap_pvt.c, sys/dev/audio/audio.c
 * (audio_mmap), sys/external/bsd/drm2/ttm/ttm_bo_vm.c, sys/arch/amd64/amd64/trap.c.
 */

import type { DeviceState } from '../devices.ts';
import { driverPage, noPageWhy } from '../drivers/index.ts';
import { failure } from '../failure.ts';
import { tlbFlushPage } from '../tlb.ts';
import { installPage } from '../vm/install.ts';
import { devicePageIndex, vmaPath } from '../vm/vmas.ts';
import { busy, emptySlot, oom, pastEnd, pastEndWhy } from './common.ts';
import type { KernelModel } from './model.ts';
import { devicePager, netbsd } from './netbsd.ts';

const pager = devicePager('netbsd_fo');

/**
 * Does the device's driver have its own `fo_mmap` and pager? `pager=device` leaves a vt, card or clone
 * driver only `d_mmap`, and the device is then exactly as on `netbsd` (kernel-models-more.md §2.4, §4):
 * a cloning clone without a pager cannot be mapped (ENODEV), one with `cloning=no` is the kludge.
 */
function ownPager(d: DeviceState): boolean {
  return (d.type === 'vt' || d.type === 'card' || (d.type === 'clone' && !d.cloningNo)) && !d.pagerDevice;
}

/** What the driver's `fo_mmap` hands back, in words. */
function objectWords(d: DeviceState, screen: number): string {
  switch (d.type) {
    case 'vt':
      return `returns screen ${screen}'s uvm_object`;
    case 'card':
      return `makes a uvm_object for this mapping, for card ${d.slot ?? 'none'}`;
    default:
      return 'returns the open\u2019s anonymous object (uao_reference)';
  }
}

export const netbsd_fo: KernelModel = {
  name: 'netbsd_fo',
  mmapFile: (d) => (ownPager(d) ? null : netbsd.mmapFile(d)),
  mmapChecks(ctx, req, file) {
    const d = ctx.s.devices[file.device]!;
    if (!req.shared && ownPager(d))
      ctx.ev.push({
        t: 'call',
        api: 'mmap',
        who: d.who,
        detail:
          'MAP_PRIVATE of a device: mapped shared (fo_mmap sets *flagsp = MAP_SHARED, as audio_mmap does)',
      });
    return netbsd.mmapChecks(ctx, req, file);
  },
  driverMmap(ctx, d, vma, req) {
    if (!ownPager(d)) return pager.driverMmap(ctx, d, vma, req);
    const who = d.who;
    ctx.ev.push({ t: 'call', api: 'fo_mmap', who, detail: objectWords(d, vma.screen) });
    if (emptySlot(d)) return failure('ENXIO', `${who} refuses in fo_mmap: no card is in ${d.name}`);
    if (pastEnd(ctx, d, vma))
      return failure('EINVAL', `${who} refuses in fo_mmap: ${pastEndWhy(ctx, d, vma)}`);
    return { eager: null };
  },
  fault(ctx, proc, vma, vpn, access, pte) {
    const s = ctx.s;
    const d = s.devices[vma.device]!;
    if (!ownPager(d)) return pager.fault(ctx, proc, vma, vpn, access, pte);
    const who = d.who;
    const index = devicePageIndex(s, vma, vpn);
    // The aobj pager finds the clone's page resident; vt and card ask the driver's pgo_fault every time.
    const api = d.type === 'clone' ? 'uao_get' : 'pgo_fault';
    ctx.ev.push({ t: 'call', api, who, detail: `${access} fault at page ${index}` });
    const pfn = driverPage(s, d, vma, index);
    if (pfn === null) {
      ctx.ev.push({ t: 'return', api, who, result: 'EINVAL' });
      return {
        ok: false,
        signal: 'SIGBUS',
        why: `${api} returns EINVAL (${noPageWhy(s, d, vma, index)}), which amd64 trap() delivers as SIGBUS`,
      };
    }
    ctx.ev.push({
      t: 'call',
      api: 'pmap_enter',
      who: 'netbsd_fo',
      detail: `frame ${pfn} with the entry\u2019s protection`,
    });
    tlbFlushPage(ctx, proc, vpn);
    if (!installPage(ctx, proc, vma, vpn, pfn)) return oom();
    return { ok: true };
  },
  unmapped(ctx, _proc, vma) {
    const d = ctx.s.devices[vma.device]!;
    if (ownPager(d))
      ctx.ev.push({
        t: 'call',
        api: 'pgo_detach',
        who: d.who,
        detail: `${vmaPath(ctx.s, vma)}: one reference less`,
      });
    return null;
  },
  vmaOpened(ctx, _proc, vma) {
    const d = ctx.s.devices[vma.device]!;
    if (ownPager(d))
      ctx.ev.push({
        t: 'call',
        api: 'pgo_reference',
        who: d.who,
        detail: `${vmaPath(ctx.s, vma)}: one reference more`,
      });
  },
  // x86 pmap_copy is a no-op: the child faults its own PTEs.
  forkCopiesPtes: () => false,
  revokes: (d) => (ownPager(d) && d.type !== 'clone' ? 'page' : null),
  perOpen: ownPager,
  countsMaps: () => true,
  releaseAtLastClose: false,
  useCountApi: null,
  unloadApi: null,
  unloadBusy: busy,
  api: (d) => (ownPager(d) ? OWN_API : netbsd.api(d)),
};

const OWN_API = { open: 'd_open \u2192 fd_clone', release: 'fo_close' };
