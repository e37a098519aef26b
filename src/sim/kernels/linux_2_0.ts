/**
 * linux_2_0: Linux 2.0, the kernel of the linux-kernel 1997 thread. Device memory is mapped eagerly with
 * `remap_page_range` (`nopage` returns a RAM page's address, never device memory); RAM the driver owns
 * comes lazily from `vm_ops->nopage`. A mapping holds the inode (`vm_inode`), not the file, so `release`
 * runs at the last close and no handler can reach per-open state; nothing takes a mapping back; the
 * module use count is the driver's own `MOD_INC_USE_COUNT` (kernel-models-more.md §10).
 * Sources: Linux 2.0.40 mm/memory.c (do_no_page, remap_page_range, copy_page_range), mm/mmap.c
 * (do_mmap), fs/open.c (close_fp), kernel/module.c (delete_module), drivers/char/mem.c (mmap_mem).
 */

import { driverPage } from '../drivers/index.ts';
import { failure } from '../failure.ts';
import { devicePageIndex, vmaPath } from '../vm/vmas.ts';
import { installPage } from '../vm/install.ts';
import {
  accessCheck,
  askEveryPage,
  emptySlot,
  lengthAndAlignment,
  missingWhy,
  oom,
  pastEnd,
  pastEndWhy,
  privateIsShared,
  upgradePte,
} from './common.ts';
import { faultWhy } from './linux.ts';
import type { KernelModel } from './model.ts';

const FOPS = 'file_operations->mmap';
const REMAP = 'remap_page_range';
const NOPAGE = 'vm_ops->nopage';

/** RAM the driver owns, which nopage hands out page by page; the rest is device memory, mapped eagerly. */
const lazy = (type: string) => type === 'kbuf' || type === 'clone';

export const linux_2_0: KernelModel = {
  name: 'linux_2_0',
  mmapFile: () => null,
  mmapChecks(ctx, req, file) {
    // Device pages are never copied in this model, so a private mapping is a shared one.
    privateIsShared(ctx, req, 'linux_2_0');
    return lengthAndAlignment(ctx, req, 'do_mmap: off & ~PAGE_MASK') ?? accessCheck(req, file);
  },
  driverMmap(ctx, d, vma) {
    const who = d.who;
    ctx.ev.push({ t: 'call', api: FOPS, who, detail: `${vmaPath(ctx.s, vma)} offset ${vma.off}` });
    if (emptySlot(d)) return failure('ENXIO', `${who} refuses in ${FOPS}: no card is in ${d.name}`);
    if (pastEnd(ctx, d, vma))
      return failure('EINVAL', `${who} refuses in ${FOPS}: ${pastEndWhy(ctx, d, vma)}`);
    if (lazy(d.type)) return { eager: null };
    const pages = askEveryPage(ctx, d, vma);
    if ('missing' in pages)
      return failure('EINVAL', `${REMAP} has nothing to map: ${missingWhy(ctx, d, vma, pages.missing)}`);
    return { eager: { api: REMAP, pfns: pages.pfns } };
  },
  fault(ctx, proc, vma, vpn, access, pte) {
    const s = ctx.s;
    const d = s.devices[vma.device]!;
    const who = d.who;
    // A PTE weaker than its mapping: the kernel upgrades it without calling the driver.
    if (pte) return upgradePte(ctx, proc, vma, vpn, pte, 'handle_pte_fault', 'linux_2_0');
    if (!lazy(d.type)) return { ok: false, signal: 'SIGBUS', why: `${REMAP} mapping has no ${NOPAGE}` };
    const index = devicePageIndex(s, vma, vpn);
    if (!d.loaded) {
      ctx.ev.push({
        t: 'call',
        api: NOPAGE,
        who,
        detail: `${access} of page ${index}: the module is unloaded`,
      });
      return {
        ok: false,
        signal: 'SIGKILL',
        why: `oops: ${NOPAGE} of an unloaded module (${d.name}'s driver is gone)`,
      };
    }
    ctx.ev.push({ t: 'call', api: NOPAGE, who, detail: `${access} of page ${index}` });
    const pfn = driverPage(s, d, vma, index);
    if (pfn === null) {
      ctx.ev.push({ t: 'return', api: NOPAGE, who, result: '0: do_no_page sends SIGBUS' });
      return { ok: false, signal: 'SIGBUS', why: `${NOPAGE} returns 0: ${faultWhy(d.type)}` };
    }
    if (!installPage(ctx, proc, vma, vpn, pfn)) return oom();
    ctx.ev.push({ t: 'return', api: NOPAGE, who, result: `the page at frame ${pfn}` });
    return { ok: true };
  },
  unmapped(ctx, _proc, vma) {
    const d = ctx.s.devices[vma.device]!;
    // After an unload the driver's vm_ops are gone; pagerlab does not model calling them.
    if (d.loaded) ctx.ev.push({ t: 'call', api: 'vm_ops->close', who: d.who, detail: vmaPath(ctx.s, vma) });
    return null;
  },
  vmaOpened(ctx, _proc, vma) {
    const d = ctx.s.devices[vma.device]!;
    if (d.loaded) ctx.ev.push({ t: 'call', api: 'vm_ops->open', who: d.who, detail: vmaPath(ctx.s, vma) });
  },
  // copy_page_range copies every PTE of a shared mapping, device memory or RAM.
  forkCopiesPtes: () => true,
  revokes: () => null,
  perOpen: () => false,
  countsMaps: (d) => d.hooks.usecount !== 'open',
  releaseAtLastClose: true,
  useCountApi: { inc: 'MOD_INC_USE_COUNT', dec: 'MOD_DEC_USE_COUNT' },
  unloadApi: 'delete_module',
  unloadBusy: (device, users) =>
    failure(
      'EBUSY',
      `delete_module: GET_USE_COUNT of ${device}'s module is ${users}, counted by the driver's MOD_INC_USE_COUNT`,
    ),
  api: () => API,
};

const API = { open: 'file_operations->open', release: 'file_operations->release' };
