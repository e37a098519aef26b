/**
 * The arrows virtual page -> PTE -> frame, as SVG path data (d3-shape horizontal links, so they leave and
 * arrive level, running left to right like the access). React only renders the strings.
 */

import { linkHorizontal } from 'd3-shape';

import type { PtePicture } from '../sim/picture.ts';
import type { Point } from './columns.ts';
import { framePoint, type MemoryLayout } from './memoryLayout.ts';
import { CELL, type BandLayout } from './procLayout.ts';
import type { TreeLayout } from './tableLayout.ts';

export interface Arrow {
  proc: string;
  vpn: number;
  pfn: number;
  /** From the page cell to the PTE. */
  toPte: string;
  /** From the PTE to the frame; null when the frame is not drawn. */
  toFrame: string | null;
  /** Where toFrame ends (its head goes there); null with it. */
  frameAt: Point | null;
}

const link = linkHorizontal();

/** A horizontal link path between two points. */
export function linkPath(from: Point, to: Point): string {
  return link({ source: [from.x, from.y], target: [to.x, to.y] }) ?? '';
}

/**
 * The link from a page cell's bottom (`from`) to its PTE (`to`): it leaves downward, under the cell's
 * tag, and turns to arrive level at the entry. Leaving sideways it would run under the cells right of
 * it in their row and seem to come out of the last one.
 */
export function pageLinkPath(from: Point, to: Point): string {
  const r = (n: number) => Math.round(n * 100) / 100;
  const turn = Math.max(24, (to.x - from.x) / 2);
  return `M${r(from.x)},${r(from.y)}C${r(from.x)},${r(from.y + 44)},${r(to.x - turn)},${r(to.y)},${r(to.x)},${r(to.y)}`;
}

/** Where the drawing puts one process: its band and its tree, each at its own top. */
export interface ProcPlace {
  band: BandLayout;
  bandY: number;
  tree: TreeLayout;
  treeY: number;
}

/** One arrow pair per PTE of the process. */
export function procArrows(
  proc: string,
  ptes: readonly PtePicture[],
  place: ProcPlace,
  mem: MemoryLayout,
): Arrow[] {
  const out: Arrow[] = [];
  for (const pte of ptes) {
    const page = place.band.pageAt.get(pte.vpn);
    const entry = place.tree.pteAt.get(pte.vpn);
    if (!page || !entry) continue;
    // The cell's bottom middle (pageAt is its centre).
    const from = { x: page.x, y: page.y + CELL / 2 + place.bandY };
    const pteIn = { x: entry.in.x, y: entry.in.y + place.treeY };
    const pteOut = { x: entry.out.x, y: entry.out.y + place.treeY };
    const frame = framePoint(mem, pte.pfn);
    out.push({
      proc,
      vpn: pte.vpn,
      pfn: pte.pfn,
      toPte: pageLinkPath(from, pteIn),
      toFrame: frame ? linkPath(pteOut, frame) : null,
      frameAt: frame,
    });
  }
  return out;
}

/**
 * Where the link from `from` to `to` (linkPath's curve: a cubic whose control points sit halfway across,
 * level with each end) crosses the vertical line at `x`, which lies between them. Its x grows with its
 * parameter, so bisection finds it.
 */
export function linkPointAtX(from: Point, to: Point, x: number): Point {
  const mid = (from.x + to.x) / 2;
  const at = (t: number) => {
    const u = 1 - t;
    return {
      x: u * u * u * from.x + 3 * u * u * t * mid + 3 * u * t * t * mid + t * t * t * to.x,
      y: u * u * u * from.y + 3 * u * u * t * from.y + 3 * u * t * t * to.y + t * t * t * to.y,
    };
  };
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const t = (lo + hi) / 2;
    if ((at(t).x - x) * (to.x - from.x) < 0) lo = t;
    else hi = t;
  }
  return at((lo + hi) / 2);
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * An arrowhead at `to`, pointing right (a horizontal link arrives level, heading right: frames sit to the
 * right of the tables), as path data to fill. It draws what `marker-end` drew (the legend's 8x8 triangle,
 * tip one unit past the end, 6 stroke widths wide) without a marker: a path with a marker is laid out
 * again whenever its `d` changes, and a fork or a PTE inserted mid-table moves hundreds of arrows at once.
 */
export function headPath(to: Point, strokeWidth: number): string {
  const s = (6 * strokeWidth) / 8;
  const back = r1(to.x - 7 * s);
  return `M${back} ${r1(to.y - 4 * s)}L${r1(to.x + s)} ${r1(to.y)}L${back} ${r1(to.y + 4 * s)}Z`;
}
