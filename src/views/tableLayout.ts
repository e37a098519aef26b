/**
 * A process's page table as an indented tree: one box per table page (level, frame, entries in use),
 * children below their parent in index order, and in an expanded leaf table one row per PTE. A collapsed
 * table hides what is under it; arrows then pass through its box. Positions are relative to the tree's top.
 */

import { levelIndex, makeGeometry, type Geometry } from '../sim/geometry.ts';
import type { ProcPicture, PtePicture, TablePicture } from '../sim/picture.ts';
import { COLUMN, LINE, type Point } from './columns.ts';

const INDENT = 12;
const HEAD = LINE + 4;
export const ENTRY = LINE;

export interface EntryRow {
  index: number;
  pte: PtePicture;
  y: number;
}

export interface TableNode {
  table: TablePicture;
  x: number;
  y: number;
  width: number;
  height: number;
  leaf: boolean;
  expanded: boolean;
  /** Rows of PTEs, when this is an expanded leaf table. */
  entries: EntryRow[];
}

export interface TreeLayout {
  height: number;
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

/** The tree of one process's tables; `toggled` holds `proc:frame` keys of tables flipped by the user. */
export function treeLayout(
  proc: ProcPicture,
  pageSize: number,
  levels: number,
  toggled: ReadonlySet<string>,
): TreeLayout {
  const geo = geometry(pageSize, levels);
  const byFrame = new Map(proc.tables.map((t) => [t.frame, t]));
  const nodes: TableNode[] = [];
  const pteAt: TreeLayout['pteAt'] = new Map();
  const boxOf: TreeLayout['boxOf'] = new Map();
  // PTEs grouped by the path of indices above the leaf level, which names their leaf table.
  const byLeaf = new Map<string, PtePicture[]>();
  for (const pte of proc.ptes) {
    const key = Array.from({ length: levels - 1 }, (_, l) => levelIndex(geo, pte.vpn, l)).join('/');
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
          pteAt.set(pte.vpn, anchor(shownAs, shownAs.y + HEAD / 2));
      return;
    }
    const x = COLUMN.tables.x + (table.level - 1) * INDENT;
    const node: TableNode = {
      table,
      x,
      y,
      width: COLUMN.tables.x + COLUMN.tables.width - x,
      height: HEAD,
      leaf,
      expanded: isExpanded(proc, frame, toggled),
      entries: [],
    };
    nodes.push(node);
    boxOf.set(frame, node);
    y += HEAD;
    if (leaf) {
      for (const pte of byLeaf.get(path.join('/')) ?? []) {
        if (node.expanded) {
          node.entries.push({ index: levelIndex(geo, pte.vpn, levels - 1), pte, y });
          pteAt.set(pte.vpn, anchor(node, y + ENTRY / 2));
          y += ENTRY;
        } else pteAt.set(pte.vpn, anchor(node, node.y + HEAD / 2));
      }
      node.height = y - node.y;
      y += 2;
      return;
    }
    node.height = HEAD;
    y += 2;
    for (const c of table.children) visit(c.frame, [...path, c.index], node.expanded ? null : node);
  };
  if (proc.root !== null) visit(proc.root, [], null);
  return { height: Math.max(y, HEAD), nodes, pteAt, boxOf };
}

function anchor(node: TableNode, y: number): { in: Point; out: Point } {
  return { in: { x: node.x, y }, out: { x: node.x + node.width, y } };
}
