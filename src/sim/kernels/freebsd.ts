/**
 * freebsd: `d_mmap_single` first. vt, card and clone return an object of their own (vt and card an
 * OBJT_MGTDEVICE object whose `cdev_pg_fault` hands out managed pages, which the driver takes back with
 * `cdev_mgtdev_pager_free_pages`; clone its per-open swap object). pseudo, kbuf and regs (and any
 * device with `pager=device`) answer ENODEV and get the classic device pager: one OBJT_DEVICE object per
 * device node that caches each page's first `d_mmap` answer until the node's last mapping goes.
 * Sources: sys/vm/vm_mmap.c (kern_mmap, vm_mmap_cdev, kern_munmap, kern_mprotect), sys/vm/device_pager.c,
 * sys/vm/vm_fault.c, sys/fs/devfs/devfs_vnops.c (devfs_mmap_f), sys/amd64/amd64/pmap.c (pmap_copy).
 */

import type { DeviceState } from '../devices.ts';
import { driverPage } from '../drivers/index.ts';
import { addressWords, failure } from '../failure.ts';
import { setPte } from '../pagetable.ts';
import { protRights } from '../prot.ts';
import { allocFrame, freeFrames } from '../ram.ts';
import { withRights, type Ctx, type Proc, type Vma } from '../state.ts';
import { tlbFlushPage } from '../tlb.ts';
import { installPage, tablesNeeded } from '../vm/install.ts';
import { cachePage, objectName, objectOf } from '../vm/pagerObject.ts';
import { devicePageIndex, vmaPath } from '../vm/vmas.ts';
import {
  LENGTH_ZERO,
  accessCheck,
  askEveryPage,
  busy,
  emptySlot,
  missingWhy,
  oom,
  pastEnd,
  pastEndWhy,
} from './common.ts';
import type { FaultResult, KernelModel } from './model.ts';

/** Drivers with a `d_mmap_single` of their own (unless `pager=device` leaves them only `d_mmap`). */
function ownPager(d: DeviceState): boolean {
  return (d.type === 'vt' || d.type === 'card' || d.type === 'clone') && !d.pagerDevice;
}

export const freebsd: KernelModel = {
  name: 'freebsd',
  // A cloning device's descriptor is mapped through its own d_mmap_single; cloning=no changes nothing.
  mmapFile: () => null,
  mmapChecks(ctx, req, file) {
    const P = ctx.s.geo.pageSize;
    if (req.len === 0) return LENGTH_ZERO;
    // kern_mmap folds the offset's in-page part into the address and the length.
    req.pageoff = req.off % P;
    req.off -= req.pageoff;
    req.len += req.pageoff;
    if (req.at !== null) {
      req.at -= req.pageoff;
      if (req.at % P !== 0)
        return failure(
          'EINVAL',
          `kern_mmap: at=${addressWords(req.at + req.pageoff)} less the offset's in-page part (${req.pageoff}) is not page aligned`,
        );
    }
    // devfs_mmap_f, then vm_mmap_cdev: a write needs write access, shared or private.
    const denied = accessCheck(req, file);
    if (denied) return denied;
    if (!req.shared && req.prot.includes('w') && !file.write)
      return failure(
        'EACCES',
        'the file was opened ro: vm_mmap_cdev refuses a writable mapping without VM_PROT_WRITE in maxprot',
      );
    return null;
  },
  driverMmap(ctx, d, vma, req) {
    const who = d.who;
    if (!req.shared)
      return failure('EINVAL', 'vm_mmap_cdev: \u201ccdevs do not provide private mappings of any kind\u201d');
    ctx.ev.push({ t: 'call', api: 'd_mmap_single', who, detail: `${vmaPath(ctx.s, vma)} offset ${vma.off}` });
    if (ownPager(d)) {
      if (emptySlot(d)) return failure('ENXIO', `${who} refuses in d_mmap_single: no card is in ${d.name}`);
      if (pastEnd(ctx, d, vma))
        return failure('EINVAL', `${who} refuses in d_mmap_single: ${pastEndWhy(ctx, d, vma)}`);
      ctx.ev.push({ t: 'return', api: 'd_mmap_single', who, result: ownObject(d, vma) });
      return { eager: null };
    }
    ctx.ev.push({
      t: 'return',
      api: 'd_mmap_single',
      who,
      result: 'ENODEV: the kernel uses the device pager',
    });
    ctx.ev.push({
      t: 'call',
      api: 'old_dev_pager_ctor',
      who: 'freebsd',
      detail: `asks d_mmap for each of ${(vma.end - vma.start) / ctx.s.geo.pageSize} pages`,
    });
    const pages = askEveryPage(ctx, d, vma);
    if ('missing' in pages) {
      ctx.ev.push({ t: 'return', api: 'd_mmap', who, result: `an error for page ${pages.missing}` });
      return failure(
        'EINVAL',
        `old_dev_pager_ctor: d_mmap fails for page ${pages.missing}: ${missingWhy(ctx, d, vma, pages.missing)}`,
      );
    }
    return { eager: null };
  },
  fault(ctx, proc, vma, vpn, _access, pte) {
    const d = ctx.s.devices[vma.device]!;
    if (pte) {
      // mprotect raised the mapping: the page is resident, vm_fault upgrades the PTE without the driver.
      ctx.ev.push({
        t: 'call',
        api: 'vm_fault',
        who: 'freebsd',
        detail:
          'upgrades the PTE to the mapping\u2019s protection: the page is resident, the driver is not asked',
      });
      tlbFlushPage(ctx, proc, vpn);
      if (!setPte(ctx, proc, vpn, withRights(pte, protRights(vma.prot)))) return oom();
      return { ok: true };
    }
    const index = devicePageIndex(ctx.s, vma, vpn);
    if (!ownPager(d)) return devicePagerFault(ctx, proc, d, vma, vpn, index);
    if (d.type === 'clone') {
      // The instance's swap object had its pages allocated and wired at open: vm_fault finds them.
      ctx.ev.push({
        t: 'call',
        api: 'vm_page_lookup',
        who: 'freebsd',
        detail: `page ${index} is resident in the open's swap object (wired at open)`,
      });
      const pfn = driverPage(ctx.s, d, vma, index);
      if (pfn === null) return { ok: false, signal: 'SIGBUS', why: 'the open has no instance page here' };
      return enter(ctx, proc, vma, vpn, pfn);
    }
    ctx.ev.push({ t: 'call', api: 'cdev_pg_fault', who: d.who, detail: `page ${index}, PROT_READ` });
    const pfn = driverPage(ctx.s, d, vma, index);
    if (pfn === null) {
      ctx.ev.push({ t: 'return', api: 'cdev_pg_fault', who: d.who, result: 'VM_PAGER_BAD' });
      return {
        ok: false,
        signal: 'SIGBUS',
        why: 'cdev_pg_fault returns VM_PAGER_BAD (KERN_OUT_OF_BOUNDS): the card this mapping was made for is not in the slot',
      };
    }
    ctx.ev.push({ t: 'return', api: 'cdev_pg_fault', who: d.who, result: `managed page, frame ${pfn}` });
    return enter(ctx, proc, vma, vpn, pfn);
  },
  unmapped: () => null,
  vmaOpened: () => undefined,
  // pmap_copy copies only managed pages: the MGTDEVICE objects' and the clone's swap object's.
  forkCopiesPtes: ownPager,
  revokes: (d) => ((d.type === 'vt' || d.type === 'card') && !d.pagerDevice ? 'range' : null),
  revokeApi: 'cdev_mgtdev_pager_free_pages',
  // d_mmap_single sees the open (devfs_get_cdevpriv) and the mapping; pager=device leaves only d_mmap.
  perOpen: (d) => !d.pagerDevice,
  countsMaps: () => true,
  releaseAtLastClose: false,
  useCountApi: null,
  unloadApi: null,
  pagerObject: (d) => !ownPager(d),
  foldsAddress: true,
  fixedOutside: (at, pages) =>
    failure('EINVAL', `kern_mmap: at=${addressWords(at)} and ${pages} pages lie outside the user map`),
  unloadBusy: busy,
  api: () => FREEBSD_API,
};

const FREEBSD_API = { open: 'd_open', release: 'd_close' };

/** What a driver's own `d_mmap_single` hands back, in the trace's words. */
function ownObject(d: DeviceState, vma: Vma): string {
  if (d.type === 'vt') return `screen ${vma.screen}'s OBJT_MGTDEVICE object`;
  if (d.type === 'card') return `card ${vma.card ?? 'none'}'s OBJT_MGTDEVICE object`;
  return 'the open\u2019s swap object (devfs_get_cdevpriv), with a new reference';
}

/**
 * The device pager's fault: a page resident in the node's object is mapped without asking the driver;
 * otherwise `old_dev_pager_fault` asks `d_mmap` (told PROT_READ, with `td_fpop` NULL) and caches a fake
 * page; when `d_mmap` fails, `vm_fault` zero-fills a RAM page into the object (§4, card after eject).
 */
function devicePagerFault(
  ctx: Ctx,
  proc: Proc,
  d: DeviceState,
  vma: Vma,
  vpn: number,
  index: number,
): FaultResult {
  const o = objectOf(ctx, d, vma)!;
  const name = objectName(d, o.node);
  const cached = o.pages.get(index);
  if (cached !== undefined) {
    ctx.ev.push({
      t: 'call',
      api: 'vm_page_lookup',
      who: 'freebsd',
      detail: `page ${index} is resident in ${name} (frame ${cached}): driver not asked`,
    });
    return enter(ctx, proc, vma, vpn, cached);
  }
  ctx.ev.push({ t: 'call', api: 'old_dev_pager_fault', who: 'freebsd', detail: `page ${index} of ${name}` });
  ctx.ev.push({
    t: 'call',
    api: 'd_mmap',
    who: d.who,
    detail: `offset ${index * ctx.s.geo.pageSize}, PROT_READ`,
  });
  const pfn = driverPage(ctx.s, d, vma, index);
  if (pfn !== null) {
    ctx.ev.push({
      t: 'return',
      api: 'd_mmap',
      who: d.who,
      result: `frame ${pfn}: a fake page cached in ${name}`,
    });
    cachePage(ctx, d, o, index, pfn);
    return enter(ctx, proc, vma, vpn, pfn);
  }
  ctx.ev.push({ t: 'return', api: 'd_mmap', who: d.who, result: 'an error: VM_PAGER_FAIL' });
  // The zero-filled page and the tables its PTE needs come from RAM, all of them or none.
  if (tablesNeeded(ctx.s, proc, [vpn]) + 1 > freeFrames(ctx.s)) return oom();
  const frame = allocFrame(ctx, { kind: 'object', device: d.name, node: o.node, page: index })!;
  o.zeroFilled.push(frame);
  ctx.ev.push({
    t: 'call',
    api: 'vm_fault_zerofill',
    who: 'freebsd',
    detail: `no page from d_mmap: a zero-filled RAM page (frame ${frame}) goes into ${name} as page ${index}`,
  });
  cachePage(ctx, d, o, index, frame);
  return enter(ctx, proc, vma, vpn, frame);
}

/** Enters the page with the mapping's protection (`pmap_enter`). */
function enter(ctx: Ctx, proc: Proc, vma: Vma, vpn: number, pfn: number): FaultResult {
  ctx.ev.push({
    t: 'call',
    api: 'pmap_enter',
    who: 'freebsd',
    detail: `frame ${pfn} with the mapping\u2019s protection`,
  });
  tlbFlushPage(ctx, proc, vpn);
  if (!installPage(ctx, proc, vma, vpn, pfn)) return oom();
  return { ok: true };
}
