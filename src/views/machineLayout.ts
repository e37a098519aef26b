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
  /** Each row's height (places[i]'s), gaps left out. */
  rows: number[];
  tlbY: number;
  height: number;
}

/**
 * Rows of (band, tree), one per process, below the column titles; trees start under the TLB. A row is at
 * least `held(pid)` tall: while playing, rows keep their tallest height so far, because one row growing
 * or shrinking moves every row under it, and with them every arrow and label (most of a step's work for
 * the browser, and a drawing that jumps up and down to the eye).
 */
export function procsLayout(
  procs: readonly ProcPicture[],
  pageSize: number,
  levels: number,
  tlbSlots: number,
  toggled: ReadonlySet<string>,
  previous: readonly ProcPlace[] = [],
  held: (pid: number) => number = () => 0,
): ProcsLayout {
  const tlbY = TOP;
  const tablesFrom = tlbY + tlbHeight(tlbSlots) + GAP;
  const places: ProcPlace[] = [];
  const rows: number[] = [];
  let row = TOP;
  for (const p of procs) {
    const b = band(p, pageSize);
    const t = tree(p, pageSize, levels, toggled);
    const treeY = Math.max(row, tablesFrom);
    const placed = { band: b, bandY: row, tree: t, treeY };
    const before = previous[places.length];
    places.push(samePlace(before, placed) ? before! : placed);
    const natural = Math.max(row + b.height, treeY + t.height + LINE + 4) - row;
    rows.push(Math.max(natural, held(p.pid)));
    row += rows[rows.length - 1]! + GAP;
  }
  return { places, rows, tlbY, height: Math.max(row, tablesFrom) };
}

/** The previous places when nothing a place depends on changed, so memoised children see the same object. */
export function samePlace(a: ProcPlace | undefined, b: ProcPlace): boolean {
  return !!a && a.band === b.band && a.tree === b.tree && a.bandY === b.bandY && a.treeY === b.treeY;
}

/**
 * Keeps the last places so an unchanged process's place keeps its identity (memoised views skip it),
 * and, while `hold` is on, each row's tallest height (see procsLayout). Turning hold off lets rows
 * fit their contents again, so a paused drawing does not depend on how playback got there.
 */
export class PlaceMemory {
  private places: readonly ProcPlace[] = [];
  private heights = new Map<number, number>();

  layout(
    procs: readonly ProcPicture[],
    pageSize: number,
    levels: number,
    tlbSlots: number,
    toggled: ReadonlySet<string>,
    hold = false,
  ): ProcsLayout {
    if (!hold) this.heights.clear();
    const l = procsLayout(procs, pageSize, levels, tlbSlots, toggled, this.places, (pid) =>
      hold ? (this.heights.get(pid) ?? 0) : 0,
    );
    this.places = l.places;
    if (hold) procs.forEach((p, i) => this.heights.set(p.pid, l.rows[i]!));
    return l;
  }
}
