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
  /** mmap's first check after the descriptor (EBADF): netbsd refuses a cloning descriptor (ENODEV). */
  mmapFile(d: DeviceState): Failure | null;
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
  /**
   * How this device's driver takes mappings back on a switch or an eject: by file range
   * (`unmap_mapping_range`; freebsd's `cdev_mgtdev_pager_free_pages` removes the same PTEs), by physical
   * page (`pmap_pv_protect`), or not at all.
   */
  revokes(d: DeviceState): 'range' | 'page' | null;
  /** The kernel call that revokes by range, for the trace (`unmap_mapping_range` when absent). */
  revokeApi?: string;
  /** Does the driver reach each mapping's own open or card (DeviceState.perOpen)? */
  perOpen(d: DeviceState): boolean;
  /** Do the device's mappings count in its module use count? */
  countsMaps(d: DeviceState): boolean;
  /** Does `release` run at the last close of a descriptor, mappings or not (linux_2_0: `vm_inode`)? */
  releaseAtLastClose: boolean;
  /** The driver's own calls that move the module use count (linux_2_0), or null when the kernel counts. */
  useCountApi: { inc: string; dec: string } | null;
  /** The call a successful unload names in the trace (linux_2_0: `delete_module`), or null. */
  unloadApi: string | null;
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
  api(d: DeviceState): { open: string; release: string };
}
