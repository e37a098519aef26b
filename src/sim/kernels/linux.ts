/**
 * linux: drivers choose eager (`remap_pfn_range`, `vm_iomap_memory` in `->mmap`) or lazy
 * (`vm_ops->fault` with `vmf_insert_pfn` or a struct page), and can revoke with `unmap_mapping_range`.
 * Sources: mm/mmap.c do_mmap, mm/memory.c, arch/x86/mm/fault.c, drivers/uio/uio.c.
 */

import { driverPage, linuxCopiesPtes, linuxEagerApi, linuxPageApi } from '../drivers/index.ts';
import { devicePageIndex, vmaPath } from '../vm/vmas.ts';
import { installPage } from '../vm/install.ts';
import { failure } from '../failure.ts';
import {
  accessCheck,
  askEveryPage,
  emptySlot,
  lengthAndAlignment,
  missingWhy,
  oom,
  pastEnd,
  pastEndWhy,
  upgradePte,
} from './common.ts';
import type { KernelModel } from './model.ts';

export const linux: KernelModel = {
  name: 'linux',
  mmapFile: () => null,
  mmapChecks(ctx, req, file) {
    return lengthAndAlignment(ctx, req, 'sys_mmap: off & ~PAGE_MASK') ?? accessCheck(req, file);
  },
  driverMmap(ctx, d, vma, req) {
    const who = d.who;
    ctx.ev.push({ t: 'call', api: 'f_op->mmap', who, detail: `${vmaPath(ctx.s, vma)} offset ${vma.off}` });
    // Every pagerlab driver refuses private mappings of device memory, as TTM does.
    if (!req.shared) return failure('EINVAL', `${who} refuses MAP_PRIVATE in f_op->mmap, ${NO_COW}`);
    if (emptySlot(d)) return failure('ENXIO', `${who} refuses in f_op->mmap: no card is in ${d.name}`);
    if (pastEnd(ctx, d, vma))
      return failure('EINVAL', `${who} refuses in f_op->mmap, as uio_mmap does: ${pastEndWhy(ctx, d, vma)}`);
    const api = linuxEagerApi(d);
    if (!api) return { eager: null };
    const pages = askEveryPage(ctx, d, vma);
    // An eager pseudo mapping over a gap between regions: remap_pfn_range has nothing to map.
    if ('missing' in pages)
      return failure('EINVAL', `${api} has nothing to map: ${missingWhy(ctx, d, vma, pages.missing)}`);
    return { eager: { api, pfns: pages.pfns } };
  },
  fault(ctx, proc, vma, vpn, access, pte) {
    const s = ctx.s;
    const d = s.devices[vma.device]!;
    const who = d.who;
    // The PTE is weaker than the VMA (mprotect raised it): handle_pte_fault upgrades it in place.
    if (pte) return upgradePte(ctx, proc, vma, vpn, pte, 'handle_pte_fault', 'linux');
    const eager = linuxEagerApi(d);
    if (eager) {
      // A VM_PFNMAP mapping with no fault handler: nothing to fill in.
      return { ok: false, signal: 'SIGBUS', why: `${eager} mapping has no vm_ops->fault` };
    }
    const index = devicePageIndex(s, vma, vpn);
    ctx.ev.push({ t: 'call', api: 'vm_ops->fault', who, detail: `${access} of page ${index}` });
    const pfn = driverPage(s, d, vma, index);
    if (pfn === null) {
      const signal = d.hooks.signal;
      ctx.ev.push({ t: 'return', api: 'vm_ops->fault', who, result: `VM_FAULT_${signal}` });
      return { ok: false, signal, why: faultWhy(d.type) };
    }
    ctx.ev.push({ t: 'call', api: linuxPageApi(s, d, pfn), who, detail: `page ${index} -> frame ${pfn}` });
    if (!installPage(ctx, proc, vma, vpn, pfn)) return oom();
    ctx.ev.push({
      t: 'return',
      api: 'vm_ops->fault',
      who,
      result: pfn >= s.phys.ramFrames ? 'VM_FAULT_NOPAGE' : '0 (page)',
    });
    return { ok: true };
  },
  unmapped(ctx, _proc, vma) {
    const d = ctx.s.devices[vma.device]!;
    ctx.ev.push({
      t: 'call',
      api: 'vm_ops->close',
      who: d.who,
      detail: vmaPath(ctx.s, vma),
    });
    return null;
  },
  vmaOpened(ctx, _proc, vma) {
    const d = ctx.s.devices[vma.device]!;
    ctx.ev.push({
      t: 'call',
      api: 'vm_ops->open',
      who: d.who,
      detail: vmaPath(ctx.s, vma),
    });
  },
  forkCopiesPtes: linuxCopiesPtes,
  revokes: () => 'range',
  perOpen: () => true,
  countsMaps: () => true,
  releaseAtLastClose: false,
  useCountApi: null,
  unloadApi: null,
  unloadBusy: (device, users) =>
    failure(
      'EWOULDBLOCK',
      `delete_module: try_stop_module finds ${device}'s module use count at ${users}, held by open files and mappings`,
    ),
  api: () => LINUX_API,
};

const LINUX_API = { open: 'f_op->open', release: 'f_op->release' };

/** A private mapping would be copy-on-write, which a device's pages cannot be. */
const NO_COW = 'as TTM does (is_cow_mapping): a device\u2019s pages are not copied on write';

/** Why a lazy linux driver has no page at fault time. */
export function faultWhy(type: string): string {
  switch (type) {
    case 'card':
      return 'the card this mapping was made for is not in the slot';
    case 'kbuf':
      return 'a hole in the buffer: the handler has no page';
    default:
      return 'the driver has no page at this offset';
  }
}
