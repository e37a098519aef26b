/**
 * The process rows as a racing drawing paints them on a canvas (RowsCanvas): each row's panel, its
 * arrows' lines, its band and its page-table boxes, from the same layouts the SVG draws (procLayout,
 * tableLayout, arrows) and in the same order, without the words a race leaves out (ProcessBand's and
 * TableTree's `labels`). At max speed these rows change on nearly every frame, and as SVG each change
 * cost the browser style, layout, paint and raster of the drawing: about 4 ms of a frame's main-thread
 * work at the 95th percentile. Painting a few rows takes a fraction of that, and nothing else is redone.
 *
 * The arrows' heads stay in the SVG (they go over the boxes the SVG draws); the colours come from the
 * drawing's style (machine.css), read by the component.
 */

import type { ProcPicture } from '../sim/picture.ts';
import type { Arrow, ProcPlace } from './arrows.ts';
import type { Column, Columns } from './columns.ts';
import { LINE, PAD } from './metrics.ts';
import { CELL, type TextLine } from './procLayout.ts';
import { ENTRY } from './tableLayout.ts';

/** The part of a canvas's 2D context the rows use (tests pass a recorder). */
export interface Pen {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineJoin: CanvasLineJoin;
  font: string;
  textAlign: CanvasTextAlign;
  globalAlpha: number;
  save(): void;
  restore(): void;
  setLineDash(segments: number[]): void;
  beginPath(): void;
  roundRect(x: number, y: number, w: number, h: number, radius: number): void;
  fill(): void;
  stroke(): void;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

/** Strokes a path given as SVG path data (the arrows'): Path2D in the page. */
export type StrokePath = (pen: Pen, d: string) => void;

/** machine.css's colours for what the rows draw, and the violation hatching as a fill. */
export interface RowsInk {
  ink: string;
  muted: string;
  paper: string;
  panel: string;
  rule: string;
  present: string;
  presentText: string;
  walk: string;
  signal: string;
  arrow: string;
  violation: string;
  /** `url(#pat-violation)`'s look: a tint hatched in the violation's hue. */
  violationFill: unknown;
}

/** One row to paint: the process, where it goes, its arrows and its pages that break a rule. */
export interface RowPaint {
  proc: ProcPicture;
  place: ProcPlace;
  arrows: readonly Arrow[];
  violating: ReadonlySet<number> | null;
}

/** machine.css's `.machine svg text` face, with a weight and a style. */
const font = (weight = 400, italic = false) =>
  `${italic ? 'italic ' : ''}${weight} 13px ui-monospace, 'DejaVu Sans Mono', monospace`;

/** `.proc-dead`'s opacity. */
const DEAD = 0.45;

function box(pen: Pen, x: number, y: number, w: number, h: number, r: number) {
  pen.beginPath();
  pen.roundRect(x, y, w, h, r);
}

/** A band's words keep a halo of its panel's colour (machine.css), so an arrow under them leaves them whole. */
function haloText(pen: Pen, ink: RowsInk, text: string, x: number, y: number) {
  pen.strokeStyle = ink.panel;
  pen.lineWidth = 4;
  pen.lineJoin = 'round';
  pen.strokeText(text, x, y);
  pen.fillText(text, x, y);
}

function line(pen: Pen, ink: RowsInk, l: TextLine, x: number, y: number, killed: boolean) {
  const state = l.className === 'state';
  pen.font = font(state && killed ? 600 : 400, state);
  pen.fillStyle = state && killed ? ink.signal : l.className === 'muted' ? ink.muted : ink.ink;
  haloText(pen, ink, l.text, x, y + l.y);
}

/** ProcessBand without its per-page words: outline, title, status, VMA lines, cells, tags. */
function band(pen: Pen, ink: RowsInk, row: RowPaint, col: Column) {
  const { proc, violating } = row;
  const { band: b, bandY: y } = row.place;
  const killed = !proc.alive && proc.end !== 'exit' && proc.end !== null;
  const x = col.x + PAD;
  box(pen, col.x, y, col.width, b.height, 4);
  pen.strokeStyle = killed ? ink.signal : ink.rule;
  pen.lineWidth = 1;
  if (killed) pen.setLineDash([5, 3]);
  pen.stroke();
  pen.setLineDash([]);
  pen.font = font(600);
  pen.fillStyle = ink.ink;
  haloText(pen, ink, b.name, x, y + LINE);
  pen.fillStyle = ink.muted;
  haloText(pen, ink, b.rest, x + pen.measureText(b.name).width, y + LINE);
  for (const l of b.status) line(pen, ink, l, x, y, killed);
  for (const v of b.vmas) {
    for (const l of v.lines) line(pen, ink, l, x, y, killed);
    for (const c of v.cells) {
      const cy = y + c.y;
      if (violating?.has(c.vpn) === true && c.more === 0) {
        box(pen, c.x - 4, cy - 4, CELL + 8, CELL + 8, 4);
        pen.fillStyle = ink.violationFill;
        pen.fill();
        pen.strokeStyle = ink.violation;
        pen.lineWidth = 2;
        pen.stroke();
      }
      box(pen, c.x, cy, CELL, CELL, 2);
      pen.fillStyle = c.present ? ink.present : ink.paper;
      pen.fill();
      pen.strokeStyle = ink.ink;
      pen.lineWidth = 1;
      if (!c.present) pen.setLineDash([2, 2]);
      pen.stroke();
      pen.setLineDash([]);
      // A race draws no page's label but the `+N` of the pages a VMA has past its cells (ProcessBand).
      if (c.more > 0) {
        pen.font = font();
        pen.textAlign = 'center';
        pen.fillStyle = c.present ? ink.presentText : ink.ink;
        pen.fillText(c.label, c.x + CELL / 2, cy + CELL / 2 + 4.5);
        pen.textAlign = 'start';
      }
      if (c.tag !== null) {
        pen.font = font(700);
        pen.fillStyle = ink.walk;
        haloText(pen, ink, c.tag, c.x, cy + CELL + LINE - 3);
      }
    }
  }
}

/** TableTree without its entries' words: the tables' boxes and head lines, violating entries hatched. */
function tree(pen: Pen, ink: RowsInk, row: RowPaint, col: Column) {
  const { proc, violating } = row;
  const { tree: t, treeY: y } = row.place;
  if (t.nodes.length === 0) {
    pen.font = font();
    pen.fillStyle = ink.muted;
    pen.fillText(`${proc.name}: no page table yet`, col.x, y + LINE);
    return;
  }
  for (const n of t.nodes) {
    box(pen, n.x, y + n.y, n.width, n.height, 3);
    pen.fillStyle = ink.panel;
    pen.fill();
    pen.strokeStyle = ink.rule;
    pen.lineWidth = 1;
    pen.stroke();
    pen.font = font(600);
    pen.fillStyle = ink.ink;
    pen.fillText(n.head, n.x + PAD, y + n.y + t.head / 2 + 4.5);
    for (const e of n.entries) {
      if (!violating?.has(e.pte.vpn)) continue;
      box(pen, n.x + 2, y + e.y, n.width - 4, ENTRY, 0);
      pen.fillStyle = ink.violationFill;
      pen.fill();
    }
  }
}

function lines(pen: Pen, ink: RowsInk, row: RowPaint, strokePath: StrokePath) {
  for (const a of row.arrows) {
    const bad = row.violating?.has(a.vpn) === true;
    pen.strokeStyle = bad ? ink.violation : ink.arrow;
    pen.lineWidth = bad ? 2 : 1.2;
    strokePath(pen, a.toPte);
    if (a.toFrame !== null) strokePath(pen, a.toFrame);
  }
}

/**
 * Paints the rows in the SVG's order: every panel, then every row's arrows' lines (over the panels'
 * empty space), then the bands and the tables over them. A dead process is painted at `.proc-dead`'s
 * opacity, as the SVG fades its groups.
 */
export function paintRows(
  pen: Pen,
  rows: readonly RowPaint[],
  cols: Columns,
  ink: RowsInk,
  strokePath: StrokePath,
): void {
  pen.fillStyle = ink.panel;
  for (const r of rows) {
    box(pen, cols.procs.x, r.place.bandY, cols.procs.width, r.place.band.height, 4);
    pen.fill();
  }
  const faded = (r: RowPaint, paint: () => void) => {
    pen.globalAlpha = r.proc.alive ? 1 : DEAD;
    paint();
    pen.globalAlpha = 1;
  };
  for (const r of rows) faded(r, () => lines(pen, ink, r, strokePath));
  for (const r of rows)
    faded(r, () => {
      band(pen, ink, r, cols.procs);
      tree(pen, ink, r, cols.tables);
    });
}
