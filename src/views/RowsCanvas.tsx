import { memo, useLayoutEffect, useRef } from 'react';

import type { Columns } from './columns.ts';
import { paintRows, type RowPaint, type RowsInk, type StrokePath } from './rowsPaint.ts';
import type { ShownRange } from './useShownRange.ts';

interface Props {
  rows: readonly RowPaint[];
  cols: Columns;
  /** The part of the drawing the canvas covers, top to bottom (drawing units): the rows in sight. */
  range: ShownRange;
  /** The drawing's zoom: the canvas has as many pixels as its part of the screen, so words stay sharp. */
  scale: number;
}

let inks: { theme: string | undefined; ink: RowsInk } | null = null;

/** The violation hatching (Legend's `pat-violation`): the tint, a line of the hue, turned -45°. */
function hatching(tint: string, hue: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 6;
  const t = tile.getContext('2d');
  if (!t) return tint;
  t.fillStyle = tint;
  t.fillRect(0, 0, 6, 6);
  t.globalAlpha = 0.55;
  t.strokeStyle = hue;
  t.lineWidth = 2.5;
  t.beginPath();
  t.moveTo(0, 0);
  t.lineTo(0, 6);
  t.stroke();
  const pattern = t.createPattern(tile, 'repeat');
  if (!pattern) return tint;
  pattern.setTransform(new DOMMatrix().rotate(-45));
  return pattern;
}

/**
 * machine.css's colours, read once per theme (the page's `data-theme`): reading them on every frame
 * made the browser compute styles in the middle of it, as RamCanvas found.
 */
function inkOf(canvas: HTMLCanvasElement): RowsInk {
  const theme = document.documentElement.dataset.theme;
  if (inks && inks.theme === theme) return inks.ink;
  const style = getComputedStyle(canvas);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const ink: RowsInk = {
    ink: read('--ink'),
    muted: read('--muted'),
    paper: read('--paper'),
    panel: read('--panel'),
    rule: read('--rule'),
    present: read('--present'),
    presentText: read('--present-text'),
    walk: read('--walk'),
    signal: read('--signal'),
    arrow: read('--arrow'),
    violation: read('--violation'),
    violationFill: hatching(read('--violation-tint'), read('--violation')),
  };
  inks = { theme, ink };
  return ink;
}

const strokePath: StrokePath = (pen, d) => (pen as unknown as CanvasRenderingContext2D).stroke(new Path2D(d));

/**
 * The process rows in sight while playback races, painted on a canvas under the drawing's SVG
 * (rowsPaint.ts has why). It covers the rows' range only, and is painted again whole on every render.
 */
export const RowsCanvas = memo(function RowsCanvas({ rows, cols, range, scale }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const height = range.bottom - range.top;
  // Painted in the commit that changed it, with the SVG it sits under: the heads drawn there must meet
  // their lines in the same frame.
  useLayoutEffect(() => {
    const canvas = ref.current;
    const pen = canvas?.getContext('2d');
    if (!canvas || !pen) return;
    const k = scale * (window.devicePixelRatio || 1);
    const w = Math.ceil(cols.width * k);
    const h = Math.ceil(height * k);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    pen.setTransform(1, 0, 0, 1, 0, 0);
    pen.clearRect(0, 0, w, h);
    pen.setTransform(k, 0, 0, k, 0, -range.top * k);
    paintRows(pen, rows, cols, inkOf(canvas), strokePath);
  }, [rows, cols, range.top, height, scale]);
  return (
    <canvas
      ref={ref}
      className="rows-canvas"
      aria-hidden="true"
      style={{ top: range.top, width: cols.width, height }}
    />
  );
});
