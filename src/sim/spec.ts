/**
 * The scenario as the engine receives it: the parsed form of a `.scn` file (scenario-language.md).
 * Numbers keep the way they were written (unit, radix) so that the printer can give the text back;
 * `bytes()` resolves them against the machine's page size.
 */

import type { DriverHooks, HookName } from './driverHooks.ts';

export type KernelName = 'linux' | 'netbsd' | 'irix' | 'netbsd_fo' | 'linux_2_0' | 'freebsd';
export const KERNELS: readonly KernelName[] = [
  'linux',
  'netbsd',
  'irix',
  'netbsd_fo',
  'linux_2_0',
  'freebsd',
];

/** Where a syntax element starts: 1-based line and column. */
export interface Pos {
  line: number;
  col: number;
}

/** A number as written: `4096`, `0x1000`, `4k`, `2p`. `unit` is '' for a plain number. */
export interface Num {
  value: number;
  unit: '' | 'k' | 'm' | 'p';
  hex: boolean;
}

/** A size or byte offset in bytes, with `p` meaning the machine's page size. */
export function bytes(n: Num, pageSize: number): number {
  switch (n.unit) {
    case 'k':
      return n.value * 1024;
    case 'm':
      return n.value * 1024 * 1024;
    case 'p':
      return n.value * pageSize;
    default:
      return n.value;
  }
}

/** `scr`, `scr+16`, `end-8` or a plain number. */
/** The text a value stands for: numbers as their decimal text (`0x10` is `"16"`), as memory holds them. */
export function valueText(v: Value, pageSize: number): string {
  return v.kind === 'str' ? v.text : String(bytes(v.num, pageSize));
}

export type Addr =
  { kind: 'num'; num: Num } | { kind: 'var'; name: string; sign: 1 | -1; offset: Num | null };

/** A file descriptor operand: a literal number or a variable holding one. */
export type FdRef = { kind: 'num'; value: number } | { kind: 'var'; name: string };

export type Prot = 'none' | 'r' | 'w' | 'rw' | 'rx' | 'rwx';
export type OpenMode = 'rw' | 'ro' | 'wo';
export type Value = { kind: 'str'; text: string } | { kind: 'num'; num: Num };

export interface MachineSpec {
  pageSize: number;
  ram: number;
  levels: 2 | 3 | 4;
  tlb: number;
  /** The machine line as written (null when the file has none); kept for printing. */
  written: {
    pagesize?: Num;
    ram?: Num;
    levels?: Num;
    tlb?: Num;
    order: Array<'pagesize' | 'ram' | 'levels' | 'tlb'>;
  } | null;
}

export interface PseudoRegion {
  name: string;
  pages: Num;
  offset: Num;
}

/**
 * A device line. Every key keeps whether it was written (undefined = default) so the printer
 * reproduces the line; the engine reads the resolved getters in `devices.ts`.
 */
export type DeviceSpec = {
  name: string;
  pos: Pos;
  /** `unmap=no`: on irix the driver has no drvunmap. */
  noUnmap: boolean;
  /** `usecount=open|vma`: what the driver counts in its module use count on linux_2_0 (vma when unset). */
  usecount?: 'open' | 'vma';
  /** `driver=NAME`: the scenario's `driver` block used in place of the type's built-in driver. */
  driver?: string;
  /** Keys in the order written, for printing. */
  keyOrder: string[];
} & (
  | { type: 'vt'; screens?: Num; fb?: Num; pager?: 'device' }
  | { type: 'card'; pages?: Num; card?: string | null; pager?: 'device' }
  | { type: 'pseudo'; regions?: PseudoRegion[]; alias?: { from: string; to: string } }
  | { type: 'kbuf'; pages?: Num; alloc?: 'kmalloc' | 'vmalloc'; holes?: Num[] }
  | { type: 'regs'; at: Num; size?: Num }
  | {
      type: 'clone';
      pages?: Num;
      pager?: 'device';
      /** `cloning=no`: the netbsd kludge, no cloning descriptor. */
      cloning?: 'no';
    }
);

export type DeviceType = DeviceSpec['type'];

/**
 * A `driver NAME TYPE` block: the hooks it writes (the rest are the built-in TYPE driver's), in the
 * order written, for printing.
 */
export interface DriverDecl {
  name: string;
  type: DeviceType;
  pos: Pos;
  hooks: Partial<DriverHooks>;
  hookOrder: HookName[];
}

/**
 * `pager=device` (vt, card, clone lines): the driver has only `d_mmap` and the kernel's device pager.
 * Only freebsd has the choice (kernel-models-more.md §4); the other models ignore the key.
 */
export function hasPagerDevice(spec: DeviceSpec): boolean {
  return 'pager' in spec && spec.pager === 'device';
}

export interface ProcessDecl {
  name: string;
  nohandler: boolean;
  pos: Pos;
}

export type ProcOp =
  | { op: 'open'; path: string; mode: OpenMode | null }
  | { op: 'close'; fd: FdRef }
  | {
      op: 'mmap';
      fd: FdRef;
      len: Num;
      off: Num | null;
      prot: Prot | null;
      share: 'shared' | 'private' | null;
      at: Addr | null;
      /** Option words in the order written, for printing. */
      order: Array<'off' | 'prot' | 'share' | 'at'>;
    }
  | { op: 'munmap'; addr: Addr; len: Num }
  | { op: 'mprotect'; addr: Addr; len: Num; prot: Prot }
  | { op: 'read'; addr: Addr }
  | { op: 'write'; addr: Addr; value: Value | null }
  | { op: 'fork' }
  | { op: 'exit' };

export type DeviceOp =
  | { op: 'switch'; device: string; screen: Num }
  | { op: 'eject'; device: string }
  | { op: 'insert'; device: string; label: string }
  | { op: 'unload'; device: string };

export type Errno =
  | 'EACCES'
  | 'EBADF'
  | 'EBUSY'
  | 'EEXIST'
  | 'EFAULT'
  | 'EINVAL'
  | 'ENODEV'
  | 'ENOENT'
  | 'ENOMEM'
  | 'ENXIO'
  | 'EPERM'
  | 'ESRCH'
  | 'EWOULDBLOCK';
export const ERRNOS: readonly Errno[] = [
  'EACCES',
  'EBADF',
  'EBUSY',
  'EEXIST',
  'EFAULT',
  'EINVAL',
  'ENODEV',
  'ENOENT',
  'ENOMEM',
  'ENXIO',
  'EPERM',
  'ESRCH',
  'EWOULDBLOCK',
];

/**
 * What a device line's keys are when it does not give them: the engine builds devices from these, the
 * checker checks with them, and the language reference prints them. `fb` is in pages; `regions` is the
 * one region `a:1@0`; a key not here (`alias`, `holes`, `unmap`) is absent by default, and `at` is required.
 */
export const DEVICE_DEFAULTS = {
  vt: { screens: 2, fb: 1 },
  card: { pages: 2, card: 'A' },
  pseudo: { regions: { name: 'a', pages: 1, offset: 0 } },
  kbuf: { pages: 4, alloc: 'vmalloc' },
  regs: { size: 0x100 },
  clone: { pages: 1 },
} as const;

/** The region a pseudo device has when its line gives no `regions=`, as the parser would make it. */
export function defaultRegion(): PseudoRegion {
  const r = DEVICE_DEFAULTS.pseudo.regions;
  return {
    name: r.name,
    pages: { value: r.pages, unit: '', hex: false },
    offset: { value: r.offset, unit: '', hex: false },
  };
}

export type Signal = 'SIGBUS' | 'SIGSEGV' | 'SIGKILL';
export const SIGNALS: readonly Signal[] = ['SIGBUS', 'SIGSEGV', 'SIGKILL'];

export type Rule =
  'vt-foreground' | 'card-present' | 'device-bounds' | 'per-open' | 'freed-frame' | 'stale-tlb' | 'prot';
export const RULES: readonly Rule[] = [
  'vt-foreground',
  'card-present',
  'device-bounds',
  'per-open',
  'freed-frame',
  'stale-tlb',
  'prot',
];

export type ExpectCheck =
  | { kind: 'ok' }
  | { kind: 'errno'; errno: Errno }
  | { kind: 'signal'; signal: Signal }
  | { kind: 'fault' }
  | { kind: 'nofault' }
  | { kind: 'device'; device: string; page: Num | null }
  | { kind: 'ram' }
  | { kind: 'value'; value: Value }
  | { kind: 'violation'; rule: Rule | null }
  | { kind: 'clean' }
  | { kind: 'users'; device: string; count: Num };

export interface Expectation {
  check: ExpectCheck;
  pos: Pos;
  /** The line's text without comment or surrounding spaces, e.g. `expect device ttyv page 0`. */
  text: string;
}

export type Step = {
  pos: Pos;
  /** Narration lines (`> ...`) before this step, joined with '\n'; null when there are none. */
  narration: string | null;
  /** `process` lines between the previous step and this one: these processes start here. */
  starts: ProcessDecl[];
  expects: Expectation[];
} & (
  { kind: 'proc'; proc: string; action: ProcOp; into: string | null } | { kind: 'device'; action: DeviceOp }
);

export interface Scenario {
  title: string | null;
  /** The kernel line; null when the file has none (linux is the default). */
  kernel: KernelName | null;
  machine: MachineSpec;
  /** `driver` blocks, in the order written. */
  drivers: DriverDecl[];
  devices: DeviceSpec[];
  /** Processes declared before the first step. */
  processes: ProcessDecl[];
  steps: Step[];
  /** `process` lines after the last step (valid, though they never run). */
  trailingProcesses: ProcessDecl[];
  /** Narration after the last step: it closes the scenario. */
  epilogue: string | null;
}
