/**
 * The machine's whole state. `runStep` mutates it in place; snapshots are taken with `cloneState`,
 * which copies the small parts and shares page tables, memory pages and each process's maps (variables,
 * descriptors, tables) copy-on-write (see cow.ts).
 */

import type { FrameOwner, Rights, TraceEvent } from './events.ts';
import type { Geometry } from './geometry.ts';
import type { KernelName, Prot, Rule, Scenario, Signal } from './spec.ts';
import { copyMap, type Cow } from './cow.ts';
import type { DeviceState } from './devices.ts';
import type { PhysMemory } from './memory.ts';
import type { PhysMap } from './physmap.ts';
import type { Places } from './vm/land.ts';
import type { Program } from './program.ts';

/** A leaf page-table entry; immutable, replaced on change. A PTE with no rights is kept but not live. */
export interface Pte extends Rights {
  pfn: number;
  /** A PFN mapping (device memory or remap_pfn_range): no struct page behind it. */
  special: boolean;
}

/** One page-table page: a RAM frame whose entries hold the next table's frame or, at the leaf, a PTE. */
/**
 * The process's variables, descriptors and table map, ready to write: copied first when a snapshot
 * shares them. Most steps write none of a given process's, so a snapshot (or a seek's copy of one)
 * no longer copies three maps for each of dozens of processes; it was half of a copy's size.
 */
export function ownProcMaps(s: SimState, proc: Proc): Proc {
  if (proc.cow !== s.cow) {
    proc.vars = copyMap(proc.vars);
    proc.fds = copyMap(proc.fds);
    proc.tables = copyMap(proc.tables);
    proc.cow = s.cow;
  }
  return proc;
}

/** A PTE with other rights: a new object, as PTEs are immutable. */
export function withRights(pte: Pte, rights: Rights): Pte {
  return { pfn: pte.pfn, read: rights.read, write: rights.write, special: pte.special };
}

/**
 * A copy of a VMA with a new id and range, written out field by field: a spread would give the copy
 * a hidden class of its own, so the hot paths (findVma, the fault path) would see two shapes of VMA
 * and V8 would compile them for both.
 */
export function copyVma(v: Vma, id: number, start: number, end = v.end, prot = v.prot): Vma {
  return {
    id,
    start,
    end,
    prot,
    shared: v.shared,
    off: v.off + (start - v.start),
    file: v.file,
    device: v.device,
    screen: v.screen,
    card: v.card,
  };
}

export interface Table {
  cow: Cow;
  level: number;
  entries: Map<number, number | Pte>;
}

/** A mapping. Never changed once in a process's list (a change replaces it): snapshots share them. */
export interface Vma {
  id: number;
  start: number;
  end: number;
  prot: Prot;
  shared: boolean;
  /** Byte offset into the device of `start`. */
  off: number;
  file: number;
  device: number;
  /** vt: the screen of the node it was mapped through. */
  screen: number;
  /** card: the card that was in the slot when the mapping was made. */
  card: string | null;
}

export interface OpenFile {
  id: number;
  device: number;
  screen: number;
  path: string;
  read: boolean;
  write: boolean;
  /** Descriptors (in any process) and mappings holding this open file. */
  refs: number;
  /** Descriptors (in any process) referring to it: while there is one, it counts in the use count. */
  fds: number;
  /** clone: the instance this open allocated. */
  instance: number | null;
}

export interface Proc {
  pid: number;
  name: string;
  alive: boolean;
  /** How it ended: `exit`, or the signal that killed it; null while it runs. */
  end: 'exit' | Signal | null;
  nohandler: boolean;
  /** Who may write `vars`, `fds` and `tables` in place (cow.ts): a snapshot shares those maps. */
  cow: Cow;
  vars: Map<string, number>;
  fds: Map<number, number>;
  /** No descriptor below this one is free (from 3): where open's search for the lowest starts. */
  fdFrom: number;
  /** Sorted by start, never overlapping. */
  vmas: Vma[];
  /** No free page lies in [0x1000_0000, freeFrom): where mmap's search for room starts (vmas.ts). */
  freeFrom: number;
  root: number | null;
  tables: Map<number, Table>;
}

/**
 * freebsd's device pager object (OBJT_DEVICE) of one device node: it lives while a VMA of the node
 * does, and caches the page each first fault got (`pages`: page index -> frame), so later faults, by
 * any process, find it resident and never ask `d_mmap` again (kernel-models-more.md §3, §4).
 */
export interface PagerObject {
  device: number;
  /** The node: a vt's screen, else 0. */
  node: number;
  /** VMAs of the node in live processes (a split's pieces and a fork's copies each count). */
  refs: number;
  pages: Map<number, number>;
  /** RAM frames the object zero-filled when `d_mmap` had no page (freed with the object). */
  zeroFilled: number[];
}

export interface TlbEntry extends Rights {
  pid: number;
  vpn: number;
  pfn: number;
}

export interface Violation {
  rule: Rule;
  pid: number;
  vpn: number;
  via: 'pte' | 'tlb';
  sentence: string;
}

export interface SimState {
  scenario: Scenario;
  /** The scenario's steps compiled for the engine (program.ts). */
  program: Program;
  kernel: KernelName;
  geo: Geometry;
  phys: PhysMap;
  /** Where accesses land, one object per place (vm/land.ts); shared with copies of the state. */
  places: Places;
  /** Ownership token for copy-on-write parts; a clone gets a fresh one. */
  cow: Cow;
  /** Number of steps done. */
  step: number;
  /**
   * Page operations done so far (PTEs made, changed or removed, pages copied or zeroed, TLB fills):
   * one counter, bumped where each is done, that the run's bound (work.ts) reads.
   */
  work: number;
  frames: FrameOwner[];
  /** How many frames are free, and a frame below which none is (allocation starts there). */
  framesFree: number;
  firstFree: number;
  /** Byte values by page frame number, page by page (never-written bytes read "0"). */
  memory: PhysMemory;
  devices: DeviceState[];
  procs: Proc[];
  procByName: Map<string, number>;
  files: Map<number, OpenFile>;
  nextFile: number;
  nextVma: number;
  /** Entries are never changed in place: a fill makes a new one. */
  tlb: Array<TlbEntry | null>;
  /**
   * The slot of each cached translation, by `tkey`: what a lookup asks (every access, flush and check
   * does), so a 1,024-entry TLB costs a lookup no more than an 8-entry one.
   */
  tlbSlots: Map<number, number>;
  tlbNext: number;
  /** freebsd's device pager objects by `objectKey(device, node)`; empty under the other models. */
  objects: Map<number, PagerObject>;
  /** Live violations by translation (`tkey`). */
  violations: Map<number, Violation[]>;
  /** The rules those violations break, sorted, each once (kept with them: every step reports it). */
  rules: readonly Rule[];
  /** Each device's module use count by name; replaced (never changed) when a count changes. */
  users: Readonly<Record<string, number>>;
}

/** One number per (process, virtual page): vpn < 2^36 and pid < 2^12 keep it exact. */
export function tkey(pid: number, vpn: number): number {
  return pid * 2 ** 37 + vpn;
}

/**
 * One page of memory values, in chunks of CHUNK bytes so that copy-on-write copies a chunk, not a
 * page: a terminal switch shares whole pages, and the next write copies only what it touches.
 */
export interface MemPage {
  /** Who may write the page object itself (its chunk list). */
  cow: Cow;
  /** This page object's own token: its chunks carrying it may be written in place. */
  own: Cow;
  chunks: Array<MemChunk | undefined>;
}

export interface MemChunk {
  /** The `own` token of the page that made it. */
  cow: Cow;
  cells: Array<string | undefined>;
}

/** A step's working context: the state and the events it is writing. */
export interface Ctx {
  s: SimState;
  ev: TraceEvent[];
  /**
   * Translations this step touched (`tkey`), in the order touched; a key may repeat (the checker's
   * second look at it finds nothing new). A plain array: a Set per step cost more than the repeats.
   */
  dirty: number[];
  /** Something changed that any translation may see (a freed frame): recheck every one. */
  recheckAll: boolean;
  /** A device's use count changed: `s.users` is made again at the end of the step. */
  usersChanged: boolean;
}
