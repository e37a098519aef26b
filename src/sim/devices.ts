/**
 * Devices as the running machine holds them: resolved keys (defaults applied) and the state that
 * changes (screen in front, card in the slot, loaded or not, clone instances).
 */

import {
  bytes,
  DEVICE_DEFAULTS,
  defaultRegion,
  hasPagerDevice,
  type DeviceSpec,
  type DeviceType,
  type DriverDecl,
} from './spec.ts';
import { resolveHooks, type DriverHooks } from './driverHooks.ts';
import type { MemPage } from './state.ts';

interface DeviceBase {
  index: number;
  name: string;
  /** The driver's hooks: the type's built-in driver's, or a `driver` block's (driverHooks.ts). */
  hooks: Readonly<DriverHooks>;
  /** Written by a `driver` block: the trace then says what each of its device hooks chose. */
  custom: boolean;
  /** How the trace names the driver: `tty (vt driver)` (made once: faults name it often). */
  who: string;
  /** `pager=device`: on freebsd only `d_mmap` and the kernel's device pager (OBJT_DEVICE). */
  pagerDevice: boolean;
  loaded: boolean;
  /**
   * The module use count, what blocks an unload: `opens` plus `maps`, or `opens` alone when the
   * driver counts only its opens (`usecount=open` on linux_2_0).
   */
  users: number;
  /** Open files of the device that a descriptor still refers to. */
  opens: number;
  /** Mappings (VMAs) of the device, in every process. */
  maps: number;
  /** Do mappings count in `users`? Set at boot by the kernel model. */
  countsMaps: boolean;
  /**
   * Does the driver reach the mapping's own open (clone: its instance) or card (card: the card it was
   * made for)? Set at boot by the kernel model: `vm_file` on linux, the driver's own pager on netbsd_fo.
   */
  perOpen: boolean;
}

export interface VtState extends DeviceBase {
  type: 'vt';
  screens: number;
  fbPages: number;
  fbPfn: number;
  front: number;
  /** backing[screen][page] = RAM frame. */
  backing: number[][];
}

export interface CardState extends DeviceBase {
  type: 'card';
  pages: number;
  windowPfn: number;
  slot: string | null;
  /** Contents of the cards out of the slot: label -> the window's pages as they left. */
  saved: Map<string, Array<MemPage | undefined>>;
}

export interface RegionState {
  name: string;
  pages: number;
  /** Byte offset of the region in the device's mmap space. */
  offset: number;
  frames: number[];
}

export interface PseudoState extends DeviceBase {
  type: 'pseudo';
  regions: RegionState[];
  alias: { from: string; to: string } | null;
}

export interface KbufState extends DeviceBase {
  type: 'kbuf';
  pages: number;
  vmalloc: boolean;
  holes: number[];
  /** Per page: its RAM frame, or null for a hole. */
  frames: Array<number | null>;
}

export interface RegsState extends DeviceBase {
  type: 'regs';
  at: number;
  size: number;
  firstPfn: number;
  npages: number;
}

export interface CloneInstance {
  id: number;
  /** The open file that allocated it. */
  file: number;
  frames: number[];
}

export interface CloneState extends DeviceBase {
  type: 'clone';
  pages: number;
  instances: CloneInstance[];
  nextInstance: number;
  /** `cloning=no`: a non-cloning device that fakes per-open state (netbsd's kludge). */
  cloningNo: boolean;
}

export type DeviceState = VtState | CardState | PseudoState | KbufState | RegsState | CloneState;

/** The size of a device's mmap space in bytes (how far a mapping may reach). */
export function deviceSpan(d: DeviceState, pageSize: number): number {
  switch (d.type) {
    case 'vt':
      return d.fbPages * pageSize;
    case 'card':
    case 'kbuf':
    case 'clone':
      return d.pages * pageSize;
    case 'regs':
      return d.npages * pageSize;
    case 'pseudo':
      return Math.max(0, ...d.regions.map((r) => r.offset + r.pages * pageSize));
  }
}

/** Resolved keys of a device line, defaults applied (scenario-language.md's device table). */
export function resolveDevice(
  spec: DeviceSpec,
  index: number,
  pageSize: number,
  drivers: readonly DriverDecl[],
): DeviceState {
  // Each device is one object literal, never a spread of a shared part: a spread's result has a
  // hidden class that V8 may drop and remake between runs, and each time every optimized function
  // that reads a device is thrown away (the benchmark saw a dozen such deoptimizations a run).
  const name = spec.name;
  const { hooks, driver } = resolveHooks(spec, drivers);
  const who = `${spec.name} (${driver ?? spec.type} driver)`;
  const custom = driver !== null;
  const pagerDevice = hasPagerDevice(spec);
  const num = (n: { value: number } | undefined, dflt: number) => (n ? n.value : dflt);
  switch (spec.type) {
    case 'vt': {
      const fb = spec.fb ? bytes(spec.fb, pageSize) : DEVICE_DEFAULTS.vt.fb * pageSize;
      return {
        index,
        name,
        hooks,
        custom,
        who,
        pagerDevice,
        loaded: true,
        users: 0,
        opens: 0,
        maps: 0,
        countsMaps: true,
        perOpen: false,
        type: 'vt',
        screens: num(spec.screens, DEVICE_DEFAULTS.vt.screens),
        fbPages: fb / pageSize,
        fbPfn: 0,
        front: 0,
        backing: [],
      };
    }
    case 'card':
      return {
        index,
        name,
        hooks,
        custom,
        who,
        pagerDevice,
        loaded: true,
        users: 0,
        opens: 0,
        maps: 0,
        countsMaps: true,
        perOpen: false,
        type: 'card',
        pages: num(spec.pages, DEVICE_DEFAULTS.card.pages),
        windowPfn: 0,
        slot: spec.card === undefined ? DEVICE_DEFAULTS.card.card : spec.card,
        saved: new Map(),
      };
    case 'pseudo': {
      const regions = spec.regions ?? [defaultRegion()];
      return {
        index,
        name,
        hooks,
        custom,
        who,
        pagerDevice,
        loaded: true,
        users: 0,
        opens: 0,
        maps: 0,
        countsMaps: true,
        perOpen: false,
        type: 'pseudo',
        regions: regions.map((r) => ({
          name: r.name,
          pages: r.pages.value,
          offset: bytes(r.offset, pageSize),
          frames: [],
        })),
        alias: spec.alias ?? null,
      };
    }
    case 'kbuf':
      return {
        index,
        name,
        hooks,
        custom,
        who,
        pagerDevice,
        loaded: true,
        users: 0,
        opens: 0,
        maps: 0,
        countsMaps: true,
        perOpen: false,
        type: 'kbuf',
        pages: num(spec.pages, DEVICE_DEFAULTS.kbuf.pages),
        vmalloc: (spec.alloc ?? DEVICE_DEFAULTS.kbuf.alloc) === 'vmalloc',
        holes: (spec.holes ?? []).map((h) => h.value),
        frames: [],
      };
    case 'regs': {
      const at = bytes(spec.at, pageSize);
      const size = spec.size ? bytes(spec.size, pageSize) : DEVICE_DEFAULTS.regs.size;
      const firstPfn = Math.floor(at / pageSize);
      const npages = Math.ceil((at + size) / pageSize) - firstPfn;
      return {
        index,
        name,
        hooks,
        custom,
        who,
        pagerDevice,
        loaded: true,
        users: 0,
        opens: 0,
        maps: 0,
        countsMaps: true,
        perOpen: false,
        type: 'regs',
        at,
        size,
        firstPfn,
        npages,
      };
    }
    case 'clone':
      return {
        index,
        name,
        hooks,
        custom,
        who,
        pagerDevice,
        loaded: true,
        users: 0,
        opens: 0,
        maps: 0,
        countsMaps: true,
        perOpen: false,
        type: 'clone',
        pages: num(spec.pages, DEVICE_DEFAULTS.clone.pages),
        instances: [],
        nextInstance: 0,
        cloningNo: spec.cloning === 'no',
      };
  }
}

/** A deep copy of the device's changing state. */
export function cloneDevice(d: DeviceState): DeviceState {
  switch (d.type) {
    case 'vt':
      return { ...d, backing: d.backing.map((b) => b.slice()) };
    case 'card': {
      const saved = new Map<string, Array<MemPage | undefined>>();
      d.saved.forEach((pages, label) => saved.set(label, pages.slice()));
      return { ...d, saved };
    }
    case 'pseudo':
      return { ...d, regions: d.regions.map((r) => ({ ...r, frames: r.frames.slice() })) };
    case 'kbuf':
      return { ...d, frames: d.frames.slice() };
    case 'regs':
      return { ...d };
    case 'clone':
      return { ...d, instances: d.instances.map((i) => ({ ...i, frames: i.frames.slice() })) };
  }
}

/** The device nodes a device line creates: `/dev/NAME0..` for vt screens, else `/dev/NAME`. */
export function deviceNodes(d: { type: DeviceType; name: string }, screens: number): string[] {
  if (d.type !== 'vt') return [`/dev/${d.name}`];
  return Array.from({ length: screens }, (_, i) => `/dev/${d.name}${i}`);
}
