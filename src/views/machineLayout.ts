/**
 * Where each process's band and page-table tree go: side by side in rows, so an arrow from a page to its
 * PTE stays short. The TLB sits at the top of the table column (an access meets it before the walk).
 * Per-process layouts are cached by the picture objects themselves: replay keeps an unchanged process's
 * object, so its layout (and the memoised components drawing it) is reused as is.
 */

import type { ProcPicture } from '../sim/picture.ts';
import { GAP, LINE, TOP } from './columns.ts';
import type { ProcPlace } from './arrows.ts';
import { bandLayout, type BandLayout } from './procLayout.ts';
import { treeLayout, type TreeLayout } from './tableLayout.ts';

const bands = new WeakMap<ProcPicture, BandLayout>();
const trees = new WeakMap<ProcPicture, { toggled: ReadonlySet<string>; tree: TreeLayout }>();

function band(proc: ProcPicture, pageSize: number): BandLayout {
  let b = bands.get(proc);
  if (!b) bands.set(proc, (b = bandLayout(proc, pageSize)));
  return b;
}

function tree(proc: ProcPicture, pageSize: number, levels: number, toggled: ReadonlySet<string>): TreeLayout {
  const cached = trees.get(proc);
  if (cached && cached.toggled === toggled) return cached.tree;
  const t = treeLayout(proc, pageSize, levels, toggled);
  trees.set(proc, { toggled, tree: t });
  return t;
}

/** TLB block: a title line and one line per slot. */
export function tlbHeight(slots: number): number {
  return LINE + 6 + slots * LINE;
}

export interface ProcsLayout {
  places: ProcPlace[];
  tlbY: number;
  height: number;
}

/** Rows of (band, tree), one per process, below the column titles; trees start under the TLB. */
export function procsLayout(
  procs: readonly ProcPicture[],
  pageSize: number,
  levels: number,
  tlbSlots: number,
  toggled: ReadonlySet<string>,
  previous: readonly ProcPlace[] = [],
): ProcsLayout {
  const tlbY = TOP;
  const tablesFrom = tlbY + tlbHeight(tlbSlots) + GAP;
  const places: ProcPlace[] = [];
  let row = TOP;
  for (const p of procs) {
    const b = band(p, pageSize);
    const t = tree(p, pageSize, levels, toggled);
    const treeY = Math.max(row, tablesFrom);
    const placed = { band: b, bandY: row, tree: t, treeY };
    const before = previous[places.length];
    places.push(samePlace(before, placed) ? before! : placed);
    row = Math.max(row + b.height, treeY + t.height + LINE + 4) + GAP;
  }
  return { places, tlbY, height: Math.max(row, tablesFrom) };
}

/** The previous places when nothing a place depends on changed, so memoised children see the same object. */
export function samePlace(a: ProcPlace | undefined, b: ProcPlace): boolean {
  return !!a && a.band === b.band && a.tree === b.tree && a.bandY === b.bandY && a.treeY === b.treeY;
}

/** Keeps the last places so an unchanged process's place keeps its identity (memoised views skip it). */
export class PlaceMemory {
  private places: readonly ProcPlace[] = [];

  layout(
    procs: readonly ProcPicture[],
    pageSize: number,
    levels: number,
    tlbSlots: number,
    toggled: ReadonlySet<string>,
  ): ProcsLayout {
    const l = procsLayout(procs, pageSize, levels, tlbSlots, toggled, this.places);
    this.places = l.places;
    return l;
  }
}
