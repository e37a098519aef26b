/**
 * A process as a band: a header, then each VMA as a labelled row of page cells (present pages filled,
 * absent ones outlined) with the scenario's variables tagged at the page they point into. Positions are
 * relative to the band's top; x is absolute (the band sits in the process column).
 */

import type { ProcPicture, VmaPicture } from '../sim/picture.ts';
import { COLUMN, LINE, type Point } from './columns.ts';

export const CELL = 18;
const PITCH = CELL + 3;
const PER_ROW = Math.floor((COLUMN.procs.width - 8) / PITCH);
/** Past this many pages a VMA draws a last `+N` cell that stands for the rest. */
export const MAX_PAGE_CELLS = 36;

export interface PageCell {
  /** Virtual page number; for the `+N` cell, the first page it stands for. */
  vpn: number;
  x: number;
  y: number;
  present: boolean;
  /** Variables whose value lies in this page (for the `+N` cell: none). */
  vars: string[];
  /** Pages this cell stands for beyond itself (0 for an ordinary cell). */
  more: number;
}

export interface VmaBox {
  vma: VmaPicture;
  y: number;
  height: number;
  cells: PageCell[];
}

export interface BandLayout {
  height: number;
  vmas: VmaBox[];
  /** The centre of the cell drawing each mapped virtual page (pages past the cap share the `+N` cell). */
  pageAt: Map<number, Point>;
}

const HEADER = LINE + 6;
const VMA_LABEL = 2 * LINE;

function vmaBox(
  vma: VmaPicture,
  y: number,
  present: Set<number>,
  vars: ProcPicture['vars'],
  pageSize: number,
  pageAt: Map<number, Point>,
): VmaBox {
  const first = vma.start / pageSize;
  const pages = Math.ceil((vma.end - vma.start) / pageSize);
  const shown = pages > MAX_PAGE_CELLS ? MAX_PAGE_CELLS - 1 : pages;
  const cells: PageCell[] = [];
  const x0 = COLUMN.procs.x + 6;
  const y0 = y + VMA_LABEL;
  const place = (i: number) => ({
    x: x0 + (i % PER_ROW) * PITCH,
    y: y0 + Math.floor(i / PER_ROW) * (PITCH + LINE),
  });
  // The variables by page, once per VMA (not a scan of them all per cell: a band is laid out again on
  // every step that changes its process, many times a second at max speed).
  const named = new Map<number, string[]>();
  for (const v of vars) {
    if (v.value < vma.start || v.value >= vma.end) continue;
    const vpn = Math.floor(v.value / pageSize);
    const list = named.get(vpn);
    if (list) list.push(v.name);
    else named.set(vpn, [v.name]);
  }
  for (let i = 0; i < shown; i++) {
    const vpn = first + i;
    const at = place(i);
    cells.push({ vpn, ...at, present: present.has(vpn), vars: named.get(vpn) ?? [], more: 0 });
    pageAt.set(vpn, { x: at.x + CELL / 2, y: at.y + CELL / 2 });
  }
  if (shown < pages) {
    const at = place(shown);
    let any = false;
    for (let vpn = first + shown; vpn < first + pages; vpn++) {
      if (!present.has(vpn)) continue;
      any = true;
      pageAt.set(vpn, { x: at.x + CELL / 2, y: at.y + CELL / 2 });
    }
    cells.push({ vpn: first + shown, ...at, present: any, vars: [], more: pages - shown });
  }
  const rows = Math.ceil(cells.length / PER_ROW);
  return { vma, y, height: VMA_LABEL + rows * (PITCH + LINE), cells };
}

/** The band of one process; its page positions are where its arrows start. */
export function bandLayout(proc: ProcPicture, pageSize: number): BandLayout {
  const present = new Set(proc.ptes.map((p) => p.vpn));
  const pageAt = new Map<number, Point>();
  const vmas: VmaBox[] = [];
  let y = HEADER;
  for (const vma of proc.vmas) {
    const box = vmaBox(vma, y, present, proc.vars, pageSize, pageAt);
    vmas.push(box);
    y += box.height + 4;
  }
  return { height: Math.max(y, HEADER + LINE) + 4, vmas, pageAt };
}
