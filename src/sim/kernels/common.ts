/** Pieces the kernel models share: asking the driver for every page of a new mapping, and the checks. */

import type { DeviceState } from '../devices.ts';
import { deviceSpan } from '../devices.ts';
import { driverPage, noPageWhy } from '../drivers/index.ts';
import { addressWords, failure, type Failure } from '../failure.ts';
import { hexAddress } from '../sentence.ts';
import { setPte } from '../pagetable.ts';
import { protRights } from '../prot.ts';
import { withRights, type Ctx, type OpenFile, type Proc, type Pte, type Vma } from '../state.ts';
import { tlbFlushPage } from '../tlb.ts';
import type { FaultResult, MmapRequest } from './model.ts';

/** The driver's page for every page of the mapping, or the index of the first page it has none for. */
export function askEveryPage(ctx: Ctx, d: DeviceState, vma: Vma): { pfns: number[] } | { missing: number } {
  const P = ctx.s.geo.pageSize;
  const first = vma.off / P;
  const pfns: number[] = [];
  for (let i = 0; i < (vma.end - vma.start) / P; i++) {
    const pfn = driverPage(ctx.s, d, vma, first + i);
    if (pfn === null) return { missing: first + i };
    pfns.push(pfn);
  }
  return { pfns };
}

/** Why the driver had no page `missing` for the mapping being made (askEveryPage's answer). */
export function missingWhy(ctx: Ctx, d: DeviceState, vma: Vma, missing: number): string {
  return noPageWhy(ctx.s, d, vma, missing);
}

/** Does the driver's mmap hook refuse this mapping as reaching past the end of the device's memory? */
export function pastEnd(ctx: Ctx, d: DeviceState, vma: Vma): boolean {
  return d.hooks.checks.range && vma.off + (vma.end - vma.start) > deviceSpan(d, ctx.s.geo.pageSize);
}

/** Does the driver's mmap hook refuse the mapping because no card is in the slot? */
export function emptySlot(d: DeviceState): boolean {
  return d.type === 'card' && d.slot === null && d.hooks.checks.slot;
}

/** The words for a range past the device's end: the pages asked for, and the pages there are. */
export function pastEndWhy(ctx: Ctx, d: DeviceState, vma: Vma): string {
  const P = ctx.s.geo.pageSize;
  const first = vma.off / P;
  const last = (vma.off + vma.end - vma.start) / P - 1;
  const has = deviceSpan(d, P) / P;
  const asked = first === last ? `page ${first}` : `pages ${first} to ${last}`;
  return `${asked} of ${d.name} asked for, and it has ${has} ${has === 1 ? 'page' : 'pages'}`;
}

const WO_FILE = failure('EACCES', 'the file was opened wo: mmap needs read access to it');
const RO_FILE = failure(
  'EACCES',
  'the file was opened ro: a shared mapping with write access needs a file opened for writing',
);

/** The EACCES checks every model makes: mmap needs read access, a shared writable map write access. */
export function accessCheck(req: MmapRequest, file: OpenFile): Failure | null {
  if (!file.read) return WO_FILE;
  if (req.shared && req.prot.includes('w') && !file.write) return RO_FILE;
  return null;
}

/**
 * MAP_PRIVATE of a device mapped as shared from the first check on (irix, linux_2_0: device pages are
 * never copied), said in the trace.
 */
export function privateIsShared(ctx: Ctx, req: MmapRequest, who: string): void {
  if (req.shared) return;
  req.shared = true;
  ctx.ev.push({ t: 'call', api: 'mmap', who, detail: 'MAP_PRIVATE of a device: mapped shared' });
}

/** Is `n` a multiple of the page size? */
export function aligned(ctx: Ctx, n: number): boolean {
  return n % ctx.s.geo.pageSize === 0;
}

export const LENGTH_ZERO = failure('EINVAL', 'the length is 0');

/**
 * The checks linux and irix make before the driver: the length, then the offset's and `at`'s alignment.
 * `offCheck` names where the kernel checks the offset.
 */
export function lengthAndAlignment(ctx: Ctx, req: MmapRequest, offCheck: string): Failure | null {
  if (req.len === 0) return LENGTH_ZERO;
  if (!aligned(ctx, req.off))
    return failure(
      'EINVAL',
      `the offset ${hexAddress(req.off)} is not a multiple of the page size (${offCheck})`,
    );
  if (req.at !== null && !aligned(ctx, req.at))
    return failure('EINVAL', `at=${addressWords(req.at)} is not page aligned, as MAP_FIXED needs`);
  return null;
}

/** A fault that needs a page-table frame when none is free: the OOM killer. */
export function oom(): FaultResult {
  return { ok: false, signal: 'SIGKILL', why: 'out of memory for a page table (OOM killer)' };
}

/**
 * A PTE weaker than its mapping (mprotect raised it) is upgraded in place by the kernel's fault path
 * (`api`), without asking the driver.
 */
export function upgradePte(
  ctx: Ctx,
  proc: Proc,
  vma: Vma,
  vpn: number,
  pte: Pte,
  api: string,
  who: string,
): FaultResult {
  ctx.ev.push({ t: 'call', api, who, detail: 'upgrades the PTE to the mapping\u2019s protection' });
  tlbFlushPage(ctx, proc, vpn);
  if (!setPte(ctx, proc, vpn, withRights(pte, protRights(vma.prot)))) return oom();
  return { ok: true };
}

/** netbsd and irix refuse to unload a driver in use with EBUSY. */
export function busy(device: string, users: number): Failure {
  return failure(
    'EBUSY',
    `${device}'s driver is in use: use count ${users}, held by open files and mappings`,
  );
}
