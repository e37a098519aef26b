/**
 * A process's page table as an indented tree: one box per table page (level, frame, entries in use),
 * children below their parent in index order, and in an expanded leaf table one row per PTE. A collapsed
 * table hides what is under it; arrows then pass through its box. Positions are relative to the tree's top.
 */

import { levelIndex, makeGeometry, type Geometry } from '../sim/geometry.ts';
import type { ProcPicture, PtePicture, TablePicture } from '../sim/picture.ts';
import type { Column, Point } from './columns.ts';
import { charsIn, clip, LINE, PAD } from './metrics.ts';
import { pteBits } from './words.ts';

/** How far a table sits right of its parent. */
export const INDENT = 10;
/** A table's head line (its toggle's height), where a mouse points. */
export const HEAD = LINE + 6;

/** The head line where a finger taps: tall enough to be 44 CSS px at the smallest zoom `minScale`. */
export function touchHead(minScale: number): number {
  return Math.max(HEAD, Math.ceil(44 / minScale));
}
export const ENTRY = LINE;

export interface EntryRow {
  index: number;
  pte: PtePicture;
  y: number;
  /** `[0] PWS → 524288`, cut to the table's width. */
  text: string;
}

/**
 * A leaf entry in words: its index, its bits and the frame it holds. What an entry holds, as a real one
 * does: the page it translates is its index's (and the arrow from the page says which).
 */
export function entryWords(index: number, pte: Pick<PtePicture, 'pfn' | 'write' | 'special'>): string {
  return `[${index}] ${pteBits(pte)} → ${pte.pfn}`;
}

/**
 * A table's head line: open or closed, its level, its frame and how many entries it uses. The process is
 * named by the band beside its tree (and by the toggle's label).
 */
export function headWords(expanded: boolean, level: number, frame: number, used: number): string {
  return `${expanded ? '▾' : '▸'} L${level} frame ${frame}, ${used} used`;
}

/** The widest head line of a machine: the deepest level, the largest frame, every entry used. */
export function headChars(d: { frame: number; used: number }, levels: number): number {
  return headWords(true, levels, 10 ** d.frame - 1, 10 ** d.used - 1).length;
}

/** The widest entry line of a machine: the largest index and frame number. */
export function entryChars(d: { index: number; pfn: number }): number {
  return entryWords(10 ** d.index - 1, { pfn: 10 ** d.pfn - 1, write: true, special: true }).length;
}

export interface TableNode {
  table: TablePicture;
  x: number;
  y: number;
  width: number;
  height: number;
  leaf: boolean;
  expanded: boolean;
  /** The head line's words (`▾ L1 frame 0, 1 used`), cut to the table's width. */
  head: string;
  /** Rows of PTEs, when this is an expanded leaf table. */
  entries: EntryRow[];
}

export interface TreeLayout {
  height: number;
  /** A table's head line height (its toggle's): taller on a touch screen, for a finger. */
  head: number;
  nodes: TableNode[];
  /** Where each PTE's arrows meet the tree: `in` from the page, `out` to the frame. */
  pteAt: Map<number, { in: Point; out: Point }>;
  /** The box drawn for a table frame: its own, or its nearest visible ancestor's when collapsed. */
  boxOf: Map<number, TableNode>;
}

const geometries = new Map<string, Geometry>();
function geometry(pageSize: number, levels: number): Geometry {
  const key = `${pageSize}/${levels}`;
  let g = geometries.get(key);
  if (!g) geometries.set(key, (g = makeGeometry(pageSize, levels)));
  return g;
}

/** Is the table in `frame` expanded? Small trees start open, big ones closed; a toggle flips the default. */
export function isExpanded(proc: ProcPicture, frame: number, toggled: ReadonlySet<string>): boolean {
  const byDefault = proc.ptes.length <= 64;
  return toggled.has(`${proc.name}:${frame}`) ? !byDefault : byDefault;
}

/** The key of the leaf table a PTE is in: the path of its indices above the leaf level. */
function leafKey(geo: Geometry, levels: number, vpn: number): string {
  return Array.from({ length: levels - 1 }, (_, l) => levelIndex(geo, vpn, l)).join('/');
}

/**
 * treeLayout's height, without its words and positions: all a row out of sight needs while playback
 * races (MachineView). A shown table adds its head line and the gap after it, an open leaf table a line
 * per PTE; a closed table hides what is under it.
 */
export function treeHeight(
  proc: ProcPicture,
  pageSize: number,
  levels: number,
  toggled: ReadonlySet<string>,
  head = HEAD,
): number {
  if (proc.root === null) return head;
  const geo = geometry(pageSize, levels);
  const byFrame = new Map(proc.tables.map((t) => [t.frame, t]));
  const entries = new Map<string, number>();
  for (const pte of proc.ptes) {
    const key = leafKey(geo, levels, pte.vpn);
    entries.set(key, (entries.get(key) ?? 0) + 1);
  }
  let y = 0;
  const visit = (frame: number, path: number[]) => {
    const table = byFrame.get(frame);
    if (!table) return;
    const expanded = isExpanded(proc, frame, toggled);
    y += head + 2;
    if (table.level === levels) {
      if (expanded) y += ENTRY * (entries.get(path.join('/')) ?? 0);
      return;
    }
    if (expanded) for (const c of table.children) visit(c.frame, [...path, c.index]);
  };
  visit(proc.root, []);
  return Math.max(y, head);
}

/** The tree of one process's tables; `toggled` holds `proc:frame` keys of tables flipped by the user. */
export function treeLayout(
  proc: ProcPicture,
  pageSize: number,
  levels: number,
  toggled: ReadonlySet<string>,
  col: Column,
  head = HEAD,
): TreeLayout {
  const geo = geometry(pageSize, levels);
  const byFrame = new Map(proc.tables.map((t) => [t.frame, t]));
  const nodes: TableNode[] = [];
  const pteAt: TreeLayout['pteAt'] = new Map();
  const boxOf: TreeLayout['boxOf'] = new Map();
  // PTEs grouped by the path of indices above the leaf level, which names their leaf table.
  const byLeaf = new Map<string, PtePicture[]>();
  for (const pte of proc.ptes) {
    const key = leafKey(geo, levels, pte.vpn);
    const list = byLeaf.get(key);
    if (list) list.push(pte);
    else byLeaf.set(key, [pte]);
  }
  let y = 0;
  const visit = (frame: number, path: number[], shownAs: TableNode | null) => {
    const table = byFrame.get(frame);
    if (!table) return;
    const leaf = table.level === levels;
    if (shownAs) {
      boxOf.set(frame, shownAs);
      for (const c of table.children) visit(c.frame, [...path, c.index], shownAs);
      if (leaf)
        for (const pte of byLeaf.get(path.join('/')) ?? [])
          pteAt.set(pte.vpn, anchor(shownAs, shownAs.y + head / 2));
      return;
    }
    const x = col.x + (table.level - 1) * INDENT;
    const width = col.x + col.width - x;
    const chars = charsIn(width - 2 * PAD);
    const expanded = isExpanded(proc, frame, toggled);
    const words = headWords(expanded, table.level, table.frame, table.used);
    const node: TableNode = {
      table,
      x,
      y,
      width,
      height: head,
      leaf,
      expanded,
      head: clip(words, chars),
      entries: [],
    };
    nodes.push(node);
    boxOf.set(frame, node);
    y += head;
    if (leaf) {
      for (const pte of byLeaf.get(path.join('/')) ?? []) {
        if (node.expanded) {
          const index = levelIndex(geo, pte.vpn, levels - 1);
          node.entries.push({ index, pte, y, text: clip(entryWords(index, pte), chars) });
          pteAt.set(pte.vpn, anchor(node, y + ENTRY / 2));
          y += ENTRY;
        } else pteAt.set(pte.vpn, anchor(node, node.y + head / 2));
      }
      node.height = y - node.y;
      y += 2;
      return;
    }
    node.height = head;
    y += 2;
    for (const c of table.children) visit(c.frame, [...path, c.index], node.expanded ? null : node);
  };
  if (proc.root !== null) visit(proc.root, [], null);
  return { height: Math.max(y, head), head, nodes, pteAt, boxOf };
}

function anchor(node: TableNode, y: number): { in: Point; out: Point } {
  return { in: { x: node.x, y }, out: { x: node.x + node.width, y } };
}
