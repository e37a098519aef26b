/**
 * How big the drawing is drawn: pure decisions for useZoom. The fit fills the pane in both directions and
 * grows past the drawing's own size when there is room, but never shrinks its text below what the place
 * it is shown in must keep readable (14 px beside the editor, 12 px side by side, 20 px for a room):
 * past that the drawing scrolls (pan) instead. The reader's zoom multiplies the fit.
 */

import { FONT } from './metrics.ts';

/** What a place that shows the drawing asks of it. */
export interface Legibility {
  /** The smallest text, in CSS pixels, the fit may make; below it the drawing scrolls instead. */
  minTextPx: number;
  /** The largest zoom the fit may reach on its own. */
  maxScale: number;
  /** A small place folds the legend under its summary line, to give the drawing the room. */
  foldLegend?: boolean;
}

/** Beside the editor and the log, and in the walkthrough and predict modes. */
export const EXPLORE: Legibility = { minTextPx: 14, maxScale: 3 };
/** Each of two machines side by side (stacked when that makes them larger). */
export const SIDE_BY_SIDE: Legibility = { minTextPx: 12, maxScale: 2.5 };
/** The presenter view: read from the back of a room (the lecturer says what the colours mean). */
export const PRESENTER: Legibility = { minTextPx: 20, maxScale: 4, foldLegend: true };
/** Two machines in the presenter view: each gets half the room, so a little less than one alone. */
export const PRESENTER_SIDE_BY_SIDE: Legibility = { minTextPx: 16, maxScale: 4, foldLegend: true };
/** A course page's frame: a preview beside its text, with a link to the full app. */
export const EMBED: Legibility = { minTextPx: 10, maxScale: 2, foldLegend: true };

export interface Size {
  width: number;
  height: number;
}

/** The zoom that shows the whole drawing in `box`, kept within what `l` allows. */
export function fitScale(box: Size, drawing: Size, l: Legibility): number {
  if (drawing.width <= 0 || drawing.height <= 0 || box.width <= 0 || box.height <= 0) return 1;
  const contain = Math.min(box.width / drawing.width, box.height / drawing.height);
  return Math.min(l.maxScale, Math.max(l.minTextPx / FONT, contain));
}

/** The drawing's own keys, where its area has focus: one table for the handler and the help. */
export const ZOOM_KEYS = [
  { keys: ['+', '='], label: '+', does: 'Zoom in', act: 'in' },
  { keys: ['-'], label: '−', does: 'Zoom out', act: 'out' },
  { keys: ['0'], label: '0', does: 'Fit the drawing to its pane', act: 'fit' },
] as const;

export type ZoomAct = (typeof ZOOM_KEYS)[number]['act'];

/** What a key press in the drawing's area asks for, if anything. */
export function zoomKey(e: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): ZoomAct | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  return ZOOM_KEYS.find((k) => (k.keys as readonly string[]).includes(e.key))?.act ?? null;
}

/** The reader's zoom never goes past these, whatever the fit. */
export const MIN_SCALE = 0.2;
export const MAX_SCALE = 8;
/** One press of + or −. */
export const STEP = 1.25;

/** The zoom drawn: the fit times the reader's factor, within the absolute bounds. */
export function shownScale(fit: number, factor: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, fit * factor));
}

/** The factor after zooming by `by` (a press: STEP or 1/STEP; a pinch or wheel: any ratio). */
export function zoomBy(fit: number, factor: number, by: number): number {
  return shownScale(fit, factor * by) / fit;
}

/**
 * The scroll position that keeps the drawing's point under `anchor` (a point in the scroll box, from its
 * top left corner) where it is when the zoom goes from `from` to `to`.
 */
export function anchoredScroll(
  anchor: { x: number; y: number },
  scroll: { left: number; top: number },
  from: number,
  to: number,
): { left: number; top: number } {
  const x = (scroll.left + anchor.x) / from;
  const y = (scroll.top + anchor.y) / from;
  return { left: Math.max(0, x * to - anchor.x), top: Math.max(0, y * to - anchor.y) };
}

/**
 * Whether two machines are larger side by side or stacked, in a box of `box`, each drawing as given and
 * each machine's own words (its title, kernel bar, zoom) taking `chrome` pixels above its drawing.
 */
export function arrangeTwo(box: Size, a: Size, b: Size, chrome = 0): 'side' | 'stacked' {
  const w = Math.max(a.width, b.width);
  const h = Math.max(a.height, b.height);
  if (w <= 0 || h <= 0) return 'side';
  const side = Math.min(box.width / 2 / w, (box.height - chrome) / h);
  const stacked = Math.min(box.width / w, (box.height / 2 - chrome) / h);
  return stacked > side ? 'stacked' : 'side';
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The least scroll that brings `target` (drawing units) into the view (`view` in screen pixels: its
 * scroll position and size) at zoom `scale`, with `margin` pixels around it; null when it is in view
 * already. A target larger than the view shows its top left corner.
 */
export function followScroll(
  view: { left: number; top: number; width: number; height: number },
  target: Rect,
  scale: number,
  margin = 24,
): { left: number; top: number } | null {
  const axis = (from: number, size: number, start: number, length: number) => {
    const lo = start * scale - margin;
    const hi = (start + length) * scale + margin;
    if (lo >= from && hi <= from + size) return from;
    if (hi - lo > size || lo < from) return Math.max(0, lo);
    return Math.max(0, hi - size);
  };
  const left = axis(view.left, view.width, target.x, target.width);
  const top = axis(view.top, view.height, target.y, target.height);
  return left === view.left && top === view.top ? null : { left, top };
}
