/** Pieces the kernel models share: asking the driver for every page of a new mapping. */

import type { DeviceState } from '../devices.ts';
import { deviceSpan } from '../devices.ts';
import { driverPage } from '../drivers/index.ts';
import type { Ctx, OpenFile, Vma } from '../state.ts';
import type { Errno } from '../spec.ts';
import type { MmapRequest } from './model.ts';

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

/** Does the mapping reach past the end of the device's memory? */
export function pastEnd(ctx: Ctx, d: DeviceState, vma: Vma): boolean {
  return vma.off + (vma.end - vma.start) > deviceSpan(d, ctx.s.geo.pageSize);
}

/** The EACCES checks every model makes: mmap needs read access, a shared writable map write access. */
export function accessCheck(req: MmapRequest, file: OpenFile): Errno | null {
  if (!file.read) return 'EACCES';
  if (req.shared && req.prot.includes('w') && !file.write) return 'EACCES';
  return null;
}

/** Is `n` a multiple of the page size? */
export function aligned(ctx: Ctx, n: number): boolean {
  return n % ctx.s.geo.pageSize === 0;
}
