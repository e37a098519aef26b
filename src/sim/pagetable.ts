/**
 * Per-process multi-level page tables whose table pages are RAM frames. Tables are allocated on first
 * use (the top level too) and freed when the process exits.
 */

import { copyMap } from './cow.ts';
import { levelIndex } from './geometry.ts';
import { allocFrame, freeFrame } from './ram.ts';
import { ownProcMaps, tkey, type Ctx, type Proc, type Pte, type SimState, type Table } from './state.ts';

/** The leaf PTE for `vpn`, or null; emits one `walk` event per level visited when `ctx` is given. */
export function walk(s: SimState, proc: Proc, vpn: number, ctx?: Ctx): Pte | null {
  let frame = proc.root;
  const levels = s.geo.levels;
  for (let l = 0; l < levels; l++) {
    if (frame === null) {
      // Only the top level can be missing here: a process that has never faulted has no table yet.
      if (ctx)
        ctx.ev.push({ t: 'walk', proc: proc.name, level: 1, table: null, index: 0, next: null, leaf: false });
      return null;
    }
    const table = proc.tables.get(frame)!;
    const index = levelIndex(s.geo, vpn, l);
    const entry = table.entries.get(index);
    const leaf = l === levels - 1;
    if (ctx) {
      const next = entry === undefined ? null : typeof entry === 'number' ? entry : entry.pfn;
      ctx.ev.push({ t: 'walk', proc: proc.name, level: l + 1, table: frame, index, next, leaf });
    }
    if (entry === undefined) return null;
    if (leaf) return entry as Pte;
    frame = entry as number;
  }
  return null;
}

/** A table the state may write: copied first when a snapshot shares it. */
function ownTable(s: SimState, proc: Proc, frame: number): Table {
  const t = proc.tables.get(frame)!;
  if (t.cow === s.cow) return t;
  const mine: Table = { cow: s.cow, level: t.level, entries: copyMap(t.entries) };
  ownProcMaps(s, proc).tables.set(frame, mine);
  return mine;
}

function newTable(ctx: Ctx, proc: Proc, level: number, parent: number | null, index: number): number | null {
  const frame = allocFrame(ctx, { kind: 'pagetable', pid: proc.pid, level: level + 1 });
  if (frame === null) return null;
  ownProcMaps(ctx.s, proc).tables.set(frame, { cow: ctx.s.cow, level, entries: new Map() });
  ctx.ev.push({ t: 'table-alloc', proc: proc.name, level: level + 1, frame, parent, index });
  return frame;
}

/** The leaf table for `vpn`, allocating missing levels; null when RAM has no frame left. */
function leafTable(ctx: Ctx, proc: Proc, vpn: number): Table | null {
  const s = ctx.s;
  if (proc.root === null) {
    proc.root = newTable(ctx, proc, 0, null, 0);
    if (proc.root === null) return null;
  }
  let frame = proc.root;
  for (let l = 0; l < s.geo.levels - 1; l++) {
    const index = levelIndex(s.geo, vpn, l);
    let next = proc.tables.get(frame)!.entries.get(index) as number | undefined;
    if (next === undefined) {
      const made = newTable(ctx, proc, l + 1, frame, index);
      if (made === null) return null;
      ownTable(s, proc, frame).entries.set(index, made);
      next = made;
    }
    frame = next;
  }
  return ownTable(s, proc, frame);
}

/** Installs or replaces the PTE for `vpn`; false when a page-table frame was needed and RAM is full. */
export function setPte(ctx: Ctx, proc: Proc, vpn: number, pte: Pte): boolean {
  const table = leafTable(ctx, proc, vpn);
  if (!table) return false;
  const index = levelIndex(ctx.s.geo, vpn, ctx.s.geo.levels - 1);
  const old = table.entries.get(index) as Pte | undefined;
  table.entries.set(index, pte);
  ctx.s.work++;
  if (old && old.pfn === pte.pfn) {
    ctx.ev.push({ t: 'pte-update', proc: proc.name, vpn, pfn: pte.pfn, from: old, to: pte });
  } else {
    ctx.ev.push({ t: 'pte-install', proc: proc.name, vpn, pfn: pte.pfn, rights: pte, special: pte.special });
  }
  ctx.dirty.push(tkey(proc.pid, vpn));
  return true;
}

/** Removes the PTE for `vpn` (the caller flushes the TLB); returns the removed PTE. */
export function clearPte(ctx: Ctx, proc: Proc, vpn: number): Pte | null {
  const s = ctx.s;
  const geo = s.geo;
  // One walk down to the leaf table: a zap of a 65,536-page mapping does this for every page.
  let frame = proc.root;
  for (let l = 0; frame !== null && l < geo.levels - 1; l++) {
    frame = (proc.tables.get(frame)!.entries.get(levelIndex(geo, vpn, l)) as number | undefined) ?? null;
  }
  if (frame === null) return null;
  const index = levelIndex(geo, vpn, geo.levels - 1);
  const old = proc.tables.get(frame)!.entries.get(index) as Pte | undefined;
  if (!old) return null;
  ownTable(s, proc, frame).entries.delete(index);
  ctx.s.work++;
  ctx.ev.push({ t: 'pte-zap', proc: proc.name, vpn, pfn: old.pfn });
  ctx.dirty.push(tkey(proc.pid, vpn));
  return old;
}

/** Calls `fn` for every leaf PTE of the process, in vpn order. */
export function forEachPte(s: SimState, proc: Proc, fn: (vpn: number, pte: Pte) => void): void {
  if (proc.root === null) return;
  const visit = (frame: number, level: number, base: number): void => {
    const table = proc.tables.get(frame)!;
    const keys = [...table.entries.keys()].sort((a, b) => a - b);
    for (const index of keys) {
      const entry = table.entries.get(index)!;
      const vpn = base + index * s.geo.divisors[level]!;
      if (level === s.geo.levels - 1) fn(vpn, entry as Pte);
      else visit(entry as number, level + 1, vpn);
    }
  };
  visit(proc.root, 0, 0);
}

/**
 * The vpns in [lo, hi) that have a leaf PTE, in order. Visits only tables that exist and overlap the
 * range, so a huge munmap or mprotect costs what is mapped, not what was asked for.
 */
export function ptesIn(s: SimState, proc: Proc, lo: number, hi: number): number[] {
  const found: number[] = [];
  if (proc.root !== null && lo < hi) collectPtes(s, proc, proc.root, 0, 0, lo, hi, found);
  return found;
}

function collectPtes(
  s: SimState,
  proc: Proc,
  frame: number,
  level: number,
  base: number,
  lo: number,
  hi: number,
  found: number[],
): void {
  const span = s.geo.divisors[level]!;
  const entries = proc.tables.get(frame)!.entries;
  const from = Math.max(0, Math.floor((lo - base) / span));
  const to = Math.min(s.geo.entries[level]! - 1, Math.floor((hi - 1 - base) / span));
  const leaf = level === s.geo.levels - 1;
  // No closure or scratch array for the common case: this runs for every munmap, mprotect, switch
  // and eject, and was an eighth of everything the benchmark allocated.
  if (to - from + 1 <= entries.size) {
    for (let i = from; i <= to; i++) {
      const entry = entries.get(i);
      if (entry === undefined) continue;
      if (leaf) found.push(base + i * span);
      else collectPtes(s, proc, entry as number, level + 1, base + i * span, lo, hi, found);
    }
    return;
  }
  // A sparse table is cheaper to scan by its entries than by the index range.
  const inRange: number[] = [];
  for (const i of entries.keys()) if (i >= from && i <= to) inRange.push(i);
  if (inRange.length > 1) inRange.sort((a, b) => a - b);
  for (const i of inRange) {
    if (leaf) found.push(base + i * span);
    else collectPtes(s, proc, entries.get(i) as number, level + 1, base + i * span, lo, hi, found);
  }
}

/** Frees every table page of the process (at exit). */
export function freeTables(ctx: Ctx, proc: Proc): void {
  const frames = [...proc.tables.keys()].sort((a, b) => a - b);
  for (const f of frames) freeFrame(ctx, f);
  proc.tables = new Map();
  proc.root = null;
}

/** Does a PTE hold a live translation? One with no rights (PROT_NONE) does not. */
export function isLive(pte: Pte | null): pte is Pte {
  return pte !== null && (pte.read || pte.write);
}
