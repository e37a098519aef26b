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
import { bandLayout, vmaLineChars, type BandLayout, type BandNote } from './procLayout.ts';
import { entryChars, HEAD, headChars, INDENT, treeLayout, type TreeLayout } from './tableLayout.ts';
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

export interface ProcsLayout {
  places: ProcPlace[];
  /** Each row's height (places[i]'s), gaps left out. */
  rows: number[];
  tlbY: number;
  height: number;
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
 */
export function procsLayout(
  procs: readonly ProcPicture[],
  input: RowsInput,
  previous: readonly ProcPlace[] = [],
  held: (pid: number) => number = () => 0,
): ProcsLayout {
  const { cols, pageSize, levels, tlbSlots, toggled } = input;
  const notes = input.notes ?? NO_NOTES;
  const tlbY = TOP;
  const tablesFrom = tlbY + tlbHeight(tlbSlots) + GAP;
  const places: ProcPlace[] = [];
  const rows: number[] = [];
  let row = TOP;
  for (const p of procs) {
    const b = band(p, pageSize, cols.procs, notes.get(p.name) ?? null);
    const t = tree(p, pageSize, levels, toggled, cols.tables, input.head ?? HEAD);
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

  layout(procs: readonly ProcPicture[], input: RowsInput, hold = false): ProcsLayout {
    if (!hold) this.heights.clear();
    const l = procsLayout(procs, input, this.places, (pid) => (hold ? (this.heights.get(pid) ?? 0) : 0));
    this.places = l.places;
    if (hold) procs.forEach((p, i) => this.heights.set(p.pid, l.rows[i]!));
    return l;
  }
}
