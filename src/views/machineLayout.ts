/**
 * The drawing's columns, sized by what each holds (columnsFor), and where each process's band and
 * page-table tree go: side by side in rows, so an arrow from a page to its PTE stays short. The TLB sits at
 * the top of the table column (an access meets it before the walk). Per-process layouts are cached by
 * the picture objects themselves: replay keeps an unchanged process's object, so its layout (and the
 * memoised components drawing it) is reused as is.
 */

import type { MachinePicture, ProcPicture } from '../sim/picture.ts';
import type { ProcPlace } from './arrows.ts';
import { columnsOf, GAP, TOP, type Column, type Columns } from './columns.ts';
import { devicesWidth } from './deviceLayout.ts';
import { digitsOf, type Digits } from './digits.ts';
import { memoryWidth } from './memoryLayout.ts';
import { clip, LINE, PAD, textWidth } from './metrics.ts';
import { bandHeight, bandLayout, vmaLineChars, type BandLayout, type BandNote } from './procLayout.ts';
import {
  entryChars,
  HEAD,
  headChars,
  INDENT,
  treeHeight,
  treeLayout,
  type TreeLayout,
} from './tableLayout.ts';
import { tlbHeight, tlbLineChars } from './tlbLayout.ts';

/** Glyphs a process band needs at least (`rw private /dev/ttyv0`). */
const BAND_CHARS = 20;
/** A band's title is cut past this many glyphs. */
const TITLE_CHARS = 24;

/** The columns for a machine: each as wide as its longest fixed words need (digits.ts). */
export function columnsFor(
  p: Pick<MachinePicture, 'pageSize' | 'levels' | 'frames' | 'deviceMemory' | 'tlb' | 'procs' | 'devices'>,
): { cols: Columns; digits: Digits } {
  const d = digitsOf(p);
  let title = 0;
  for (const proc of p.procs)
    title = Math.max(title, clip(`${proc.name} pid ${proc.pid}`, TITLE_CHARS).length);
  const band = Math.max(BAND_CHARS, vmaLineChars(d.address), title);
  // A table's words sit its level's indent in: the deepest table's lines are the ones that must fit.
  const indent = (p.levels - 1) * INDENT;
  const tables = Math.max(
    textWidth(tlbLineChars(d)),
    textWidth(Math.max(entryChars(d), headChars(d, p.levels))) + indent,
  );
  const cols = columnsOf({
    procs: textWidth(band) + 2 * PAD,
    tables: tables + 2 * PAD,
    memory: memoryWidth(p.frames.length),
    devices: devicesWidth(p.devices),
  });
  return { cols, digits: d };
}

const bands = new WeakMap<ProcPicture, { col: Column; note: BandNote | null; band: BandLayout }>();
const trees = new WeakMap<
  ProcPicture,
  { toggled: ReadonlySet<string>; col: Column; head: number; tree: TreeLayout }
>();

function band(proc: ProcPicture, pageSize: number, col: Column, note: BandNote | null): BandLayout {
  const cached = bands.get(proc);
  if (cached && cached.col === col && cached.note === note) return cached.band;
  const b = bandLayout(proc, pageSize, col, note);
  bands.set(proc, { col, note, band: b });
  return b;
}

function tree(
  proc: ProcPicture,
  pageSize: number,
  levels: number,
  toggled: ReadonlySet<string>,
  col: Column,
  head: number,
): TreeLayout {
  const cached = trees.get(proc);
  if (cached && cached.toggled === toggled && cached.col === col && cached.head === head) return cached.tree;
  const t = treeLayout(proc, pageSize, levels, toggled, col, head);
  trees.set(proc, { toggled, col, head, tree: t });
  return t;
}

/**
 * The heights alone of the rows left out of sight: see bandHeight and treeHeight. A band's height is kept
 * by the process's VMAs (with the rest it depends on), not by the process: at max speed a process changes
 * mostly in its PTEs, which change its tree's height but not its band's.
 */
const bandHeights = new WeakMap<
  ProcPicture['vmas'],
  {
    vars: ProcPicture['vars'];
    alive: boolean;
    pageSize: number;
    col: Column;
    note: BandNote | null;
    height: number;
  }
>();
const treeHeights = new WeakMap<
  ProcPicture,
  { toggled: ReadonlySet<string>; col: Column; head: number; height: number }
>();

function heightOfBand(proc: ProcPicture, pageSize: number, col: Column, note: BandNote | null): number {
  const laid = bands.get(proc);
  if (laid && laid.col === col && laid.note === note) return laid.band.height;
  const { vmas, vars, alive } = proc;
  const known = bandHeights.get(vmas);
  if (
    known &&
    known.vars === vars &&
    known.alive === alive &&
    known.pageSize === pageSize &&
    known.col === col &&
    known.note === note
  )
    return known.height;
  const height = bandHeight(proc, pageSize, col, note);
  bandHeights.set(vmas, { vars, alive, pageSize, col, note, height });
  return height;
}

function heightOfTree(
  proc: ProcPicture,
  pageSize: number,
  levels: number,
  toggled: ReadonlySet<string>,
  col: Column,
  head: number,
): number {
  const laid = trees.get(proc);
  if (laid && laid.toggled === toggled && laid.col === col && laid.head === head) return laid.tree.height;
  const known = treeHeights.get(proc);
  if (known && known.toggled === toggled && known.col === col && known.head === head) return known.height;
  // The tree's width plays no part in its height.
  const height = treeHeight(proc, pageSize, levels, toggled, head);
  treeHeights.set(proc, { toggled, col, head, height });
  return height;
}

export interface ProcsLayout {
  /** Each process's place; null for a row out of `sight` (procsLayout), laid out by its height alone. */
  places: (ProcPlace | null)[];
  /** Each row's top (its band's), drawn or not. */
  tops: number[];
  /** Each row's height (places[i]'s), gaps left out. */
  rows: number[];
  tlbY: number;
  height: number;
}

/** A band of the drawing, top to bottom (drawing units): the rows worth laying out in full. */
export interface Sight {
  top: number;
  bottom: number;
}

/** What a process row needs besides the process: the columns, the table toggles, the step's notes. */
export interface RowsInput {
  cols: Columns;
  pageSize: number;
  levels: number;
  tlbSlots: number;
  toggled: ReadonlySet<string>;
  /** The step's note for a process, by name (what it did: a result, an errno, a signal). */
  notes?: ReadonlyMap<string, BandNote>;
  /** A table's head line height (tableLayout.ts: HEAD, or touchHead on a touch screen). */
  head?: number;
}

const NO_NOTES: ReadonlyMap<string, BandNote> = new Map();

/**
 * Rows of (band, tree), one per process, below the column titles; trees start under the TLB. A row is at
 * least `held(pid)` tall: while playing, rows keep their tallest height so far, because one row growing
 * or shrinking moves every row under it, and with them every arrow and label (most of a step's work for
 * the browser, and a drawing that jumps up and down to the eye).
 *
 * With a `sight`, only the rows that reach into it are laid out in full; the others get their heights
 * alone (their place is null). Racing playback changes most processes on every frame and draws only the
 * rows in sight: laying out every changed band and tree, words and all, was most of the page's script
 * per frame at large strides.
 */
export function procsLayout(
  procs: readonly ProcPicture[],
  input: RowsInput,
  previous: readonly (ProcPlace | null)[] = [],
  held: (pid: number) => number = () => 0,
  sight: Sight | null = null,
): ProcsLayout {
  const { cols, pageSize, levels, tlbSlots, toggled } = input;
  const notes = input.notes ?? NO_NOTES;
  const head = input.head ?? HEAD;
  const tlbY = TOP;
  const tablesFrom = tlbY + tlbHeight(tlbSlots) + GAP;
  const places: (ProcPlace | null)[] = [];
  const tops: number[] = [];
  const rows: number[] = [];
  let row = TOP;
  for (const p of procs) {
    const note = notes.get(p.name) ?? null;
    const treeY = Math.max(row, tablesFrom);
    const rowHeight = (bandH: number, treeH: number) =>
      Math.max(Math.max(row + bandH, treeY + treeH + LINE + 4) - row, held(p.pid));
    let height = 0;
    let placed: ProcPlace | null = null;
    // A row starting in sight is laid out in full; one starting above it only if it reaches down into it.
    const full =
      !sight ||
      (row < sight.bottom &&
        (row >= sight.top ||
          row +
            rowHeight(
              heightOfBand(p, pageSize, cols.procs, note),
              heightOfTree(p, pageSize, levels, toggled, cols.tables, head),
            ) >
            sight.top));
    if (full) {
      const b = band(p, pageSize, cols.procs, note);
      const t = tree(p, pageSize, levels, toggled, cols.tables, head);
      placed = { band: b, bandY: row, tree: t, treeY };
      height = rowHeight(b.height, t.height);
    } else {
      height = rowHeight(
        heightOfBand(p, pageSize, cols.procs, note),
        heightOfTree(p, pageSize, levels, toggled, cols.tables, head),
      );
    }
    const before = previous[places.length];
    places.push(placed && samePlace(before, placed) ? before! : placed);
    tops.push(row);
    rows.push(height);
    row += height + GAP;
  }
  return { places, tops, rows, tlbY, height: Math.max(row, tablesFrom) };
}

/** The previous places when nothing a place depends on changed, so memoised children see the same object. */
export function samePlace(a: ProcPlace | null | undefined, b: ProcPlace): boolean {
  return !!a && a.band === b.band && a.tree === b.tree && a.bandY === b.bandY && a.treeY === b.treeY;
}

/**
 * Keeps the last places so an unchanged process's place keeps its identity (memoised views skip it),
 * and, while `hold` is on, each row's tallest height (see procsLayout). Turning hold off lets rows
 * fit their contents again, so a paused drawing does not depend on how playback got there.
 */
export class PlaceMemory {
  private places: readonly (ProcPlace | null)[] = [];
  private heights = new Map<number, number>();

  layout(
    procs: readonly ProcPicture[],
    input: RowsInput,
    hold = false,
    sight: Sight | null = null,
  ): ProcsLayout {
    if (!hold) this.heights.clear();
    const l = procsLayout(
      procs,
      input,
      this.places,
      (pid) => (hold ? (this.heights.get(pid) ?? 0) : 0),
      sight,
    );
    this.places = l.places;
    if (hold) procs.forEach((p, i) => this.heights.set(p.pid, l.rows[i]!));
    return l;
  }
}
