/**
 * What the views draw: a plain-data picture of the machine at one step, small enough to post from the
 * worker to the page each time playback moves. It names things as the scenario does (process, device,
 * variable names) and keeps frame numbers, so the views can draw arrows from virtual page to PTE to
 * frame without knowing the engine's internals. Memory values are bounded (MAX_CELLS per page).
 */

import type { FrameOwner, VmaView } from './events.ts';
import { kernelModel } from './kernels/index.ts';
import { forEachPte } from './pagetable.ts';
import type { MemPage, SimState } from './state.ts';
import { vmaView } from './vm/vmas.ts';
import type { KernelName, Rule, Signal } from './spec.ts';

/** At most this many written cells of a page travel in a picture (the screen of a terminal shows them). */
export const MAX_CELLS = 64;

/** A written byte of a page: its offset in the page and the value stored there. */
export interface Cell {
  offset: number;
  value: string;
}

export interface PtePicture {
  vpn: number;
  pfn: number;
  read: boolean;
  write: boolean;
  special: boolean;
}

export interface TablePicture {
  /** The RAM frame holding this table page. */
  frame: number;
  /** 1 is the top level. */
  level: number;
  /** Non-leaf entries: index -> the next table's frame. Leaf tables hold PTEs (see `ptes`). */
  children: Array<{ index: number; frame: number }>;
  /** How many entries are in use. */
  used: number;
}

/** A VMA as drawn: the trace's `vma` events carry the same shape. */
export type VmaPicture = VmaView;

export interface ProcPicture {
  pid: number;
  name: string;
  alive: boolean;
  /** How it ended: `exit`, or the signal that killed it (SIGBUS, ...); null while it runs. */
  end: 'exit' | Signal | null;
  /** Variables in scenario order of first assignment, with their values (addresses, fds, -1). */
  vars: Array<{ name: string; value: number }>;
  fds: Array<{ fd: number; path: string }>;
  vmas: VmaPicture[];
  /** The top-level table's frame, or null before the first page-table page. */
  root: number | null;
  tables: TablePicture[];
  /** Leaf PTEs in vpn order. */
  ptes: PtePicture[];
}

export interface TlbPicture {
  slot: number;
  proc: string;
  vpn: number;
  pfn: number;
  read: boolean;
  write: boolean;
}

export type DevicePicture = (
  | {
      type: 'vt';
      screens: number;
      front: number;
      fbPfn: number;
      fbPages: number;
      /** backing[screen] = the RAM frames of that screen's backing store. */
      backing: number[][];
      /** What the framebuffer holds now, page by page. */
      framebuffer: Cell[][];
      /** What each screen's backing store holds, page by page: stores[screen][page]. */
      stores: Cell[][][];
    }
  | {
      type: 'card';
      pages: number;
      windowPfn: number;
      slot: string | null;
      /** What the window shows, page by page (empty while the slot is empty). */
      window: Cell[][];
      /** The cards out of the slot that have been in it, with their contents. */
      cardsOut: Array<{ label: string; pages: Cell[][] }>;
    }
  | {
      type: 'pseudo';
      regions: Array<{ name: string; pages: number; offset: number; frames: number[] }>;
      alias: { from: string; to: string } | null;
    }
  | { type: 'kbuf'; vmalloc: boolean; frames: Array<number | null> }
  | { type: 'regs'; at: number; size: number; firstPfn: number; npages: number }
  | { type: 'clone'; pages: number; instances: Array<{ id: number; frames: number[] }> }
) & {
  name: string;
  loaded: boolean;
  users: number;
  /**
   * freebsd's device pager objects of the device's nodes that are alive, by node, with their cached
   * pages; null when the kernel serves this device without one (every other model, own pagers).
   */
  objects: ObjectPicture[] | null;
};

/** A device pager object (OBJT_DEVICE) of one device node (a vt's screen, else 0) and its cached pages. */
export interface ObjectPicture {
  node: number;
  /** Page index -> frame, by index. */
  pages: Array<{ index: number; pfn: number }>;
}

export interface ViolationPicture {
  rule: Rule;
  proc: string;
  vpn: number;
  via: 'pte' | 'tlb';
  sentence: string;
}

export interface MachinePicture {
  kernel: KernelName;
  /** Steps done: 0 before the first. */
  step: number;
  pageSize: number;
  levels: number;
  /** RAM frame owners, frame 0 first. */
  frames: FrameOwner[];
  /** Device memory ranges at their physical addresses. */
  deviceMemory: Array<{
    device: string;
    kind: 'framebuffer' | 'window' | 'registers';
    start: number;
    end: number;
  }>;
  devices: DevicePicture[];
  procs: ProcPicture[];
  tlb: Array<TlbPicture | null>;
  /** The slot the next fill replaces. */
  tlbNext: number;
  violations: ViolationPicture[];
}

function cells(page: MemPage | undefined): Cell[] {
  const out: Cell[] = [];
  if (!page) return out;
  for (let c = 0; c < page.chunks.length && out.length < MAX_CELLS; c++) {
    const chunk = page.chunks[c];
    if (!chunk) continue;
    for (let i = 0; i < chunk.cells.length && out.length < MAX_CELLS; i++) {
      const value = chunk.cells[i];
      if (value !== undefined) out.push({ offset: c * chunk.cells.length + i, value });
    }
  }
  return out;
}

function pageCells(s: SimState, firstPfn: number, pages: number): Cell[][] {
  return Array.from({ length: pages }, (_, i) => cells(s.memory.get(firstPfn + i)));
}

function objectsOf(s: SimState, d: SimState['devices'][number]): ObjectPicture[] | null {
  if (!kernelModel(s.kernel).pagerObject?.(d)) return null;
  const out: ObjectPicture[] = [];
  for (const o of s.objects.values()) {
    if (o.device !== d.index) continue;
    const pages = [...o.pages].map(([index, pfn]) => ({ index, pfn })).sort((a, b) => a.index - b.index);
    out.push({ node: o.node, pages });
  }
  return out.sort((a, b) => a.node - b.node);
}

function devicePicture(s: SimState, d: SimState['devices'][number]): DevicePicture {
  const base = { name: d.name, loaded: d.loaded, users: d.users, objects: objectsOf(s, d) };
  switch (d.type) {
    case 'vt':
      return {
        ...base,
        type: 'vt',
        screens: d.screens,
        front: d.front,
        fbPfn: d.fbPfn,
        fbPages: d.fbPages,
        backing: d.backing.map((b) => b.slice()),
        framebuffer: pageCells(s, d.fbPfn, d.fbPages),
        stores: d.backing.map((frames) => frames.map((f) => cells(s.memory.get(f)))),
      };
    case 'card':
      return {
        ...base,
        type: 'card',
        pages: d.pages,
        windowPfn: d.windowPfn,
        slot: d.slot,
        window: d.slot === null ? [] : pageCells(s, d.windowPfn, d.pages),
        cardsOut: [...d.saved.keys()].sort().map((label) => ({
          label,
          pages: Array.from({ length: d.pages }, (_, i) => cells(d.saved.get(label)![i])),
        })),
      };
    case 'pseudo':
      return {
        ...base,
        type: 'pseudo',
        regions: d.regions.map((r) => ({
          name: r.name,
          pages: r.pages,
          offset: r.offset,
          frames: r.frames.slice(),
        })),
        alias: d.alias,
      };
    case 'kbuf':
      return { ...base, type: 'kbuf', vmalloc: d.vmalloc, frames: d.frames.slice() };
    case 'regs':
      return { ...base, type: 'regs', at: d.at, size: d.size, firstPfn: d.firstPfn, npages: d.npages };
    case 'clone':
      return {
        ...base,
        type: 'clone',
        pages: d.pages,
        instances: d.instances.map((i) => ({ id: i.id, frames: i.frames.slice() })),
      };
  }
}

/** Violations of one translation in a fixed order: by rule, then PTE before TLB. */
export function violationOrder(
  a: { rule: Rule; via: 'pte' | 'tlb' },
  b: { rule: Rule; via: 'pte' | 'tlb' },
): number {
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.via === b.via ? 0 : a.via === 'pte' ? -1 : 1;
}

/** The picture of `s` now: plain data, detached from the state (later steps do not change it). */
export function picture(s: SimState): MachinePicture {
  const procs = s.procs.map((p): ProcPicture => {
    const ptes: PtePicture[] = [];
    forEachPte(s, p, (vpn, pte) =>
      ptes.push({ vpn, pfn: pte.pfn, read: pte.read, write: pte.write, special: pte.special }),
    );
    const tables = [...p.tables]
      .sort((a, b) => a[0] - b[0])
      .map(([frame, t]): TablePicture => {
        const children: TablePicture['children'] = [];
        if (t.level < s.geo.levels - 1)
          for (const [index, next] of t.entries) children.push({ index, frame: next as number });
        children.sort((a, b) => a.index - b.index);
        return { frame, level: t.level + 1, children, used: t.entries.size };
      });
    return {
      pid: p.pid,
      name: p.name,
      alive: p.alive,
      end: p.end,
      vars: [...p.vars].map(([name, value]) => ({ name, value })),
      fds: [...p.fds]
        .sort((a, b) => a[0] - b[0])
        .map(([fd, file]) => ({ fd, path: s.files.get(file)?.path ?? '?' })),
      vmas: p.vmas.map((v) => vmaView(s, v)),
      root: p.root,
      tables,
      ptes,
    };
  });
  const violations: ViolationPicture[] = [];
  // By translation, then rule and path: the order replay.ts keeps when violations come and go.
  for (const key of [...s.violations.keys()].sort((a, b) => a - b)) {
    const list = [...s.violations.get(key)!].sort((a, b) => violationOrder(a, b));
    for (const v of list)
      violations.push({
        rule: v.rule,
        proc: s.procs[v.pid]?.name ?? '?',
        vpn: v.vpn,
        via: v.via,
        sentence: v.sentence,
      });
  }
  return {
    kernel: s.kernel,
    step: s.step,
    pageSize: s.geo.pageSize,
    levels: s.geo.levels,
    frames: s.frames.slice(),
    deviceMemory: s.phys.ranges.map((r) => ({
      device: s.devices[r.device]!.name,
      kind: r.kind,
      start: r.start,
      end: r.end,
    })),
    devices: s.devices.map((d) => devicePicture(s, d)),
    procs,
    tlb: s.tlb.map((e, slot) =>
      e
        ? { slot, proc: s.procs[e.pid]?.name ?? '?', vpn: e.vpn, pfn: e.pfn, read: e.read, write: e.write }
        : null,
    ),
    tlbNext: s.tlbNext,
    violations,
  };
}
