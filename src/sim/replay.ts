/**
 * The machine between events: folds a step's trace events into the picture from before the step, so the
 * views can show the state after any event, not only after whole steps. The events carry everything a
 * picture holds, and test/engine/replay.test.ts proves that folding all of a step's events gives exactly
 * `picture()` of the state after it. Updates copy only what an event changes, so unchanged parts keep
 * their identity (React.memo skips them).
 */

import type { TraceEvent } from './events.ts';
import { levelIndex, makeGeometry, type Geometry } from './geometry.ts';
import {
  MAX_CELLS,
  violationOrder,
  type Cell,
  type DevicePicture,
  type MachinePicture,
  type ObjectPicture,
  type ProcPicture,
  type PtePicture,
  type TablePicture,
} from './picture.ts';

/** The picture after the first `count` of a step's `events`, applied to `before`. */
export function replay(before: MachinePicture, events: readonly TraceEvent[], count: number): MachinePicture {
  let p = before;
  const n = Math.max(0, Math.min(count, events.length));
  for (let i = 0; i < n; i++) p = applyEvent(p, events[i]!);
  return p;
}

const geometries = new Map<string, Geometry>();
function geometryOf(p: MachinePicture): Geometry {
  const key = `${p.pageSize}/${p.levels}`;
  let g = geometries.get(key);
  if (!g) geometries.set(key, (g = makeGeometry(p.pageSize, p.levels)));
  return g;
}

function withProc(p: MachinePicture, name: string, f: (proc: ProcPicture) => ProcPicture): MachinePicture {
  const i = p.procs.findIndex((x) => x.name === name);
  if (i < 0) return p;
  const procs = p.procs.slice();
  procs[i] = f(procs[i]!);
  return { ...p, procs };
}

function withDevice(p: MachinePicture, name: string, f: (d: DevicePicture) => DevicePicture): MachinePicture {
  const i = p.devices.findIndex((x) => x.name === name);
  if (i < 0) return p;
  const devices = p.devices.slice();
  devices[i] = f(devices[i]!);
  return { ...p, devices };
}

function sortedInsert<T>(list: readonly T[], item: T, key: (x: T) => number): T[] {
  const k = key(item);
  const out = list.filter((x) => key(x) !== k);
  let i = 0;
  while (i < out.length && key(out[i]!) < k) i++;
  out.splice(i, 0, item);
  return out;
}

/** The leaf table holding `vpn`, found down the tree from the root; its `used` count moves by `delta`. */
function countLeaf(p: MachinePicture, proc: ProcPicture, vpn: number, delta: number): ProcPicture {
  const geo = geometryOf(p);
  let frame = proc.root;
  for (let l = 0; frame !== null && l < geo.levels - 1; l++) {
    const table = proc.tables.find((t) => t.frame === frame);
    frame = table?.children.find((c) => c.index === levelIndex(geo, vpn, l))?.frame ?? null;
  }
  if (frame === null) return proc;
  return {
    ...proc,
    tables: proc.tables.map((t) => (t.frame === frame ? { ...t, used: t.used + delta } : t)),
  };
}

function setPte(p: MachinePicture, name: string, pte: PtePicture, isNew: boolean): MachinePicture {
  return withProc(p, name, (proc) => {
    const next = { ...proc, ptes: sortedInsert(proc.ptes, pte, (x) => x.vpn) };
    return isNew ? countLeaf(p, next, pte.vpn, +1) : next;
  });
}

function writeCell(cells: readonly Cell[], offset: number, value: string): Cell[] {
  const out = sortedInsert(cells, { offset, value }, (c) => c.offset);
  return out.length > MAX_CELLS ? out.slice(0, MAX_CELLS) : out;
}

function setCell(pages: readonly Cell[][], page: number, offset: number, value: string): Cell[][] {
  const out = pages.slice();
  out[page] = writeCell(pages[page] ?? [], offset, value);
  return out;
}

/** A stored value lands in a framebuffer, a card window or a backing-store frame: the picture shows those. */
function store(p: MachinePicture, paddr: number, value: string): MachinePicture {
  const P = p.pageSize;
  const pfn = Math.floor(paddr / P);
  const offset = paddr % P;
  const range = p.deviceMemory.find((r) => paddr >= r.start && paddr < r.end);
  if (range && range.kind !== 'registers') {
    return withDevice(p, range.device, (d) => {
      if (d.type === 'vt') return { ...d, framebuffer: setCell(d.framebuffer, pfn - d.fbPfn, offset, value) };
      if (d.type === 'card' && d.slot !== null)
        return { ...d, window: setCell(d.window, pfn - d.windowPfn, offset, value) };
      return d;
    });
  }
  const owner = p.frames[pfn];
  if (owner?.kind !== 'backing') return p;
  return withDevice(p, owner.device, (d) => {
    if (d.type !== 'vt') return d;
    const stores = d.stores.slice();
    stores[owner.screen] = setCell(stores[owner.screen] ?? [], owner.page, offset, value);
    return { ...d, stores };
  });
}

/** A frame changes hands: tables and clone instances follow their frames. */
function frameChanged(
  p: MachinePicture,
  frame: number,
  owner: MachinePicture['frames'][number],
): MachinePicture {
  const old = p.frames[frame];
  const frames = p.frames.slice();
  frames[frame] = owner;
  let next: MachinePicture = { ...p, frames };
  if (old?.kind === 'pagetable' && owner.kind === 'free') {
    const proc = p.procs[old.pid];
    if (proc)
      next = withProc(next, proc.name, (x) => ({
        ...x,
        root: x.root === frame ? null : x.root,
        tables: x.tables.filter((t) => t.frame !== frame),
      }));
  }
  if (old?.kind === 'clone' && owner.kind === 'free') {
    next = withDevice(next, old.device, (d) => {
      if (d.type !== 'clone') return d;
      const instances = d.instances
        .map((i) => (i.id === old.instance ? { ...i, frames: i.frames.filter((f) => f !== frame) } : i))
        .filter((i) => i.frames.length > 0);
      return { ...d, instances };
    });
  }
  if (owner.kind === 'clone') {
    next = withDevice(next, owner.device, (d) => {
      if (d.type !== 'clone') return d;
      const had = d.instances.find((i) => i.id === owner.instance);
      const inst = { id: owner.instance, frames: [...(had?.frames ?? []), frame] };
      return { ...d, instances: sortedInsert(d.instances, inst, (i) => i.id) };
    });
  }
  return next;
}

function deviceChanged(p: MachinePicture, e: TraceEvent & { t: 'device' }): MachinePicture {
  return withDevice(p, e.device, (d) => {
    if (e.change === 'unload') {
      const gone = { ...d, loaded: false };
      if (gone.type === 'vt') return { ...gone, backing: [], stores: [] };
      if (gone.type === 'pseudo')
        return { ...gone, regions: gone.regions.map((r) => ({ ...r, frames: [] })) };
      if (gone.type === 'kbuf') return { ...gone, frames: gone.frames.map(() => null) };
      return gone;
    }
    if (d.type === 'vt' && e.change === 'front' && e.screen !== null) return { ...d, front: e.screen };
    if (d.type !== 'card' || e.card === null) return d;
    if (e.change === 'eject') {
      const out = { label: e.card, pages: d.window };
      const cardsOut = [...d.cardsOut.filter((c) => c.label !== e.card), out].sort((a, b) =>
        a.label < b.label ? -1 : a.label > b.label ? 1 : 0,
      );
      return { ...d, slot: null, window: [], cardsOut };
    }
    const back = d.cardsOut.find((c) => c.label === e.card);
    const window = back ? back.pages : Array.from({ length: d.pages }, (): Cell[] => []);
    return { ...d, slot: e.card, window, cardsOut: d.cardsOut.filter((c) => c.label !== e.card) };
  });
}

/** A device pager object made, a page cached in it, or the object freed (with its pages). */
function objectChanged(objects: readonly ObjectPicture[], e: TraceEvent & { t: 'object' }): ObjectPicture[] {
  if (e.change === 'dealloc') return objects.filter((o) => o.node !== e.node);
  if (e.change === 'alloc') return sortedInsert(objects, { node: e.node, pages: [] }, (o) => o.node);
  return objects.map((o) =>
    o.node === e.node && e.index !== null && e.pfn !== null
      ? { ...o, pages: sortedInsert(o.pages, { index: e.index, pfn: e.pfn }, (x) => x.index) }
      : o,
  );
}

function newProc(pid: number, name: string, from?: ProcPicture): ProcPicture {
  return {
    pid,
    name,
    alive: true,
    end: null,
    vars: from ? from.vars.slice() : [],
    fds: from ? from.fds.slice() : [],
    vmas: [],
    root: null,
    tables: [],
    ptes: [],
  };
}

function violationKey(p: MachinePicture, v: { proc: string; vpn: number }): number {
  const pid = p.procs.find((x) => x.name === v.proc)?.pid ?? 0;
  return pid * 2 ** 37 + v.vpn;
}

/** One event's change to the picture (events that change nothing drawn return `p` itself). */
export function applyEvent(p: MachinePicture, e: TraceEvent): MachinePicture {
  switch (e.t) {
    case 'step':
      return { ...p, step: e.index + 1 };
    case 'process': {
      if (e.change === 'start') return { ...p, procs: [...p.procs, newProc(e.pid, e.proc)] };
      if (e.change === 'fork') {
        const parent = p.procs.find((x) => x.name === e.parent);
        return { ...p, procs: [...p.procs, newProc(e.pid, e.proc, parent)] };
      }
      // A kill follows its fatal signal event, which already wrote the signal into `end`.
      return withProc(p, e.proc, (x) => ({
        ...x,
        alive: false,
        end: e.change === 'exit' ? 'exit' : (x.end ?? 'SIGKILL'),
      }));
    }
    case 'signal':
      return e.fatal ? withProc(p, e.proc, (x) => ({ ...x, end: e.signal })) : p;
    case 'sysret': {
      const { into, value } = e;
      if (into === null || value === null) return p;
      return withProc(p, e.proc, (x) => {
        const i = x.vars.findIndex((v) => v.name === into);
        const vars = x.vars.slice();
        if (i < 0) vars.push({ name: into, value });
        else vars[i] = { name: into, value };
        return { ...x, vars };
      });
    }
    case 'tlb-fill': {
      const tlb = p.tlb.slice();
      const { read, write } = e.rights;
      tlb[e.slot] = { slot: e.slot, proc: e.proc, vpn: e.vpn, pfn: e.pfn, read, write };
      return { ...p, tlb, tlbNext: (e.slot + 1) % tlb.length };
    }
    case 'tlb-flush': {
      const tlb = p.tlb.slice();
      for (const slot of e.slots) tlb[slot] = null;
      return { ...p, tlb };
    }
    case 'pte-install':
    case 'pte-update': {
      const rights = e.t === 'pte-install' ? e.rights : e.to;
      const had = p.procs.find((x) => x.name === e.proc)?.ptes.find((x) => x.vpn === e.vpn);
      const special = e.t === 'pte-install' ? e.special : (had?.special ?? false);
      const pte = { vpn: e.vpn, pfn: e.pfn, read: rights.read, write: rights.write, special };
      return setPte(p, e.proc, pte, had === undefined);
    }
    case 'pte-zap':
      return withProc(p, e.proc, (x) =>
        countLeaf(p, { ...x, ptes: x.ptes.filter((t) => t.vpn !== e.vpn) }, e.vpn, -1),
      );
    case 'table-alloc':
      return withProc(p, e.proc, (x) => {
        const table: TablePicture = { frame: e.frame, level: e.level, children: [], used: 0 };
        let tables = sortedInsert(x.tables, table, (t) => t.frame);
        if (e.parent !== null) {
          const child = { index: e.index, frame: e.frame };
          tables = tables.map((t) =>
            t.frame === e.parent
              ? { ...t, children: sortedInsert(t.children, child, (c) => c.index), used: t.used + 1 }
              : t,
          );
        }
        return { ...x, tables, root: e.parent === null ? e.frame : x.root };
      });
    case 'frame':
      return frameChanged(p, e.frame, e.owner);
    case 'mem':
      return e.access === 'write' && !e.dropped ? store(p, e.paddr, e.value) : p;
    case 'copy':
      return withDevice(p, e.device, (d) => {
        if (d.type !== 'vt') return d;
        if (e.direction === 'load') return { ...d, framebuffer: d.stores[e.screen] ?? d.framebuffer };
        const stores = d.stores.slice();
        stores[e.screen] = d.framebuffer;
        return { ...d, stores };
      });
    case 'device':
      return deviceChanged(p, e);
    case 'refcount':
      return e.what === 'module' ? withDevice(p, e.name, (d) => ({ ...d, users: e.count })) : p;
    case 'vma':
      return withProc(p, e.proc, (x) => ({ ...x, vmas: e.after }));
    case 'fd':
      return withProc(p, e.proc, (x) => ({
        ...x,
        fds:
          e.change === 'open'
            ? sortedInsert(x.fds, { fd: e.fd, path: e.path }, (f) => f.fd)
            : x.fds.filter((f) => f.fd !== e.fd),
      }));
    case 'object':
      return withDevice(p, e.device, (d) => ({ ...d, objects: objectChanged(d.objects ?? [], e) }));
    case 'violation': {
      const same = (v: MachinePicture['violations'][number]) =>
        v.proc === e.proc && v.vpn === e.vpn && v.rule === e.rule && v.via === e.via;
      const rest = p.violations.filter((v) => !same(v));
      if (!e.on) return { ...p, violations: rest };
      const added = { rule: e.rule, proc: e.proc, vpn: e.vpn, via: e.via, sentence: e.sentence };
      const violations = [...rest, added].sort(
        (a, b) => violationKey(p, a) - violationKey(p, b) || violationOrder(a, b),
      );
      return { ...p, violations };
    }
    default:
      return p;
  }
}
