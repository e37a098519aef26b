/**
 * A kernel model: the places where linux, netbsd and irix differ (kernel-models.md's first table).
 * Everything else (page tables, TLB, files, VMAs) is shared machinery in ../vm.
 */

import type { DeviceState } from '../devices.ts';
import type { Failure } from '../failure.ts';
import type { Ctx, OpenFile, Proc, Pte, Vma } from '../state.ts';
import type { KernelName, Signal } from '../spec.ts';

/** An mmap request as the kernel sees it; models may rewrite it (netbsd folds the offset). */
export interface MmapRequest {
  len: number;
  off: number;
  prot: Vma['prot'];
  shared: boolean;
  at: number | null;
  /** netbsd: the in-page offset folded off `off`, added back to the address returned. */
  pageoff: number;
}

/** What the driver's mmap hook said: an error, or the pages to map now (eager) or none (lazy). */
export type DriverMmap = Failure | { eager: { api: string; pfns: number[] } | null };

export type FaultResult = { ok: true } | { ok: false; signal: Signal; why: string };

export interface KernelModel {
  name: KernelName;
  /** The kernel's own checks before the driver, in its order. */
  mmapChecks(ctx: Ctx, req: MmapRequest, file: OpenFile): Failure | null;
  /** The driver's mmap hook (`->mmap`, `udv_attach` + `d_mmap`, `drvmmap`). */
  driverMmap(ctx: Ctx, d: DeviceState, vma: Vma, req: MmapRequest): DriverMmap;
  /** A fault on an address whose VMA allows the access; `pte` is the existing (weaker) PTE, if any. */
  fault(ctx: Ctx, proc: Proc, vma: Vma, vpn: number, access: 'read' | 'write', pte: Pte | null): FaultResult;
  /** Tells the driver a mapping went away; returns ENODEV when the driver has no unmap routine. */
  unmapped(ctx: Ctx, proc: Proc, vma: Vma): Failure | null;
  /** A VMA was duplicated by a split or a fork (`vm_ops->open` on linux). */
  vmaOpened(ctx: Ctx, proc: Proc, vma: Vma): void;
  /** Does fork copy the PTEs of this device's mappings? */
  forkCopiesPtes(d: DeviceState): boolean;
  /** Can this device's driver revoke mappings (`unmap_mapping_range`)? */
  revokes(d: DeviceState): boolean;
  /** The kernel call that revokes them, for the trace (`unmap_mapping_range`). */
  revokeApi?: string;
  /**
   * freebsd: do this device's mappings go through the node's device pager object (OBJT_DEVICE), which
   * caches each page's first answer (vm/pagerObject.ts)? Absent: never.
   */
  pagerObject?(d: DeviceState): boolean;
  /** freebsd: munmap and mprotect fold an unaligned address into its page instead of refusing it. */
  foldsAddress?: boolean;
  /** freebsd: `at` and the length outside the address space is this failure, not ENOMEM. */
  fixedOutside?(at: number, pages: number): Failure;
  /** An unload while the device is in use (`users`: its use count): the errno and the check's words. */
  unloadBusy(device: string, users: number): Failure;
  /** Names of the driver entry points, for the trace. */
  api: { open: string; release: string };
}
