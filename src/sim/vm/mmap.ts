/** mmap(2): the kernel's checks, the driver's hook, the address, and eager PTEs (kernel-models.md order). */

import type { KernelModel } from '../kernels/index.ts';
import type { MmapRequest } from '../kernels/model.ts';
import { clearPte } from '../pagetable.ts';
import { freeFrames } from '../ram.ts';
import type { Ctx, Proc, Vma } from '../state.ts';
import { addressWords, badFd, failure, type Failure } from '../failure.ts';
import { hexAddress } from '../sentence.ts';
import { tlbFlushPage } from '../tlb.ts';
import { holdFile, useDevice } from './files.ts';
import { installPage, tablesNeeded } from './install.ts';
import { holdObject } from './pagerObject.ts';
import { removeVma, unmapRange } from './unmap.ts';
import { findFreeRange, insertVma, vmaChanged, vmaPath } from './vmas.ts';

/** Maps `req` of descriptor `fd`; returns the address or an errno. */
export function mmap(
  ctx: Ctx,
  m: KernelModel,
  proc: Proc,
  fd: number,
  req: MmapRequest,
): { addr: number } | Failure {
  const s = ctx.s;
  const P = s.geo.pageSize;
  const fileId = proc.fds.get(fd);
  if (fileId === undefined) return badFd(proc.name, fd);
  const file = s.files.get(fileId)!;
  const d = s.devices[file.device]!;
  const kernelSays = m.mmapFile(d) ?? m.mmapChecks(ctx, req, file);
  if (kernelSays) return kernelSays;
  const len = Math.ceil(req.len / P) * P;
  // The VMA as it will be, so the driver can look at it; its place is chosen after the driver agrees,
  // and its id once MAP_FIXED's unmap is done (splitting a VMA there takes an id of its own).
  const vma: Vma = {
    id: 0,
    start: 0,
    end: len,
    prot: req.prot,
    shared: req.shared,
    off: req.off,
    file: file.id,
    device: d.index,
    screen: file.screen,
    card: d.type === 'card' ? d.slot : null,
  };
  const driverSays = m.driverMmap(ctx, d, vma, req);
  if ('errno' in driverSays) return driverSays;
  let start: number | null;
  if (req.at !== null) {
    start = req.at >= 0 && req.at + len <= s.geo.vaTop ? req.at : null;
  } else {
    start = findFreeRange(s, proc, len);
  }
  if (start === null)
    return req.at !== null && m.fixedOutside
      ? m.fixedOutside(req.at, len / P)
      : noRoom(ctx, proc, req.at, len);
  const vpns = driverSays.eager ? Array.from({ length: len / P }, (_, i) => start / P + i) : [];
  if (driverSays.eager) {
    const tables = tablesNeeded(s, proc, vpns);
    if (tables > freeFrames(s)) return noTables(tables, freeFrames(s));
  }
  // freebsd: vm_mmap_cdev takes the object's reference before vm_map_fixed removes what `at` replaces,
  // so a mapping that replaces its node's last one keeps the object and its cached pages.
  holdObject(ctx, m, d, vma, +1);
  // MAP_FIXED: whatever was mapped there goes first.
  if (req.at !== null) unmapRange(ctx, m, proc, start, start + len);
  vma.id = s.nextVma++;
  vma.start = start;
  vma.end = start + len;
  insertVma(proc, vma);
  holdFile(ctx, file);
  useDevice(ctx, m, d, 'map', +1);
  vmaChanged(ctx, proc, 'map', vmaPath(s, vma), [], [vma]);
  if (driverSays.eager) {
    const { api, pfns } = driverSays.eager;
    ctx.ev.push({ t: 'call', api, who: d.who, detail: `${pfns.length} pages` });
    for (let i = 0; i < pfns.length; i++) {
      if (!installPage(ctx, proc, vma, vpns[i]!, pfns[i]!)) {
        // Unreachable after tablesNeeded; kept so a miscount can never leave half a mapping.
        for (let j = 0; j < i; j++) {
          clearPte(ctx, proc, vpns[j]!);
          tlbFlushPage(ctx, proc, vpns[j]!);
        }
        removeVma(ctx, m, proc, vma);
        return noTables(1, 0);
      }
    }
  }
  return { addr: start + req.pageoff };
}

function noRoom(ctx: Ctx, proc: Proc, at: number | null, len: number): Failure {
  const top = hexAddress(ctx.s.geo.vaTop);
  const pages = len / ctx.s.geo.pageSize;
  return failure(
    'ENOMEM',
    at === null
      ? `no free range of ${pages} pages in ${proc.name}'s address space`
      : `at=${addressWords(at)} and ${pages} pages do not fit in the address space (it ends at ${top})`,
  );
}

function noTables(needed: number, free: number): Failure {
  return failure(
    'ENOMEM',
    `the PTEs need ${needed} new page-table ${needed === 1 ? 'page' : 'pages'} and ${free} RAM ${free === 1 ? 'frame is' : 'frames are'} free`,
  );
}
