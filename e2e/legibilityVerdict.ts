/**
 * Judges a PageMeasure (legibility.ts): each rule broken is one line, in words and numbers a person can
 * act on (which words, how small, by how much). Pure, so the rules read apart from the page plumbing.
 */

import type { Box, Drawing, PageMeasure, SvgWord } from './legibility.ts';

/** The smallest text each place must keep, from the design brief (not from src/views/zoom.ts). */
export interface Floors {
  /** The drawing's SVG words. */
  svg: number;
  /** The HTML words on the drawing: kernel bar, violations, legend. */
  html: number;
}

/** Boxes that share less than this (CSS px) either way do not overlap; a box this far out is inside. */
const SLACK = 0.5;
/** A size is at its floor when within this of it (the zoom is written with 3 decimals). */
const FLOOR_SLACK = 0.005;
/**
 * How far the size read from a word's advance may be from the formula's: glyph positions are rounded,
 * which makes 12 px text up to 2.7% wider than 0.602 em a glyph; a zoom counted twice or not at all is
 * off by the zoom itself.
 */
const ADVANCE_TOLERANCE = 0.05;
/**
 * A word's box is its font's ascent plus descent, 1.164 em in DejaVu Sans Mono, each rounded to whole
 * pixels: 1.12 to 1.25 em measured from 12 to 31 px.
 */
const BOX_EM = { min: 1.05, max: 1.3 };
/** How many words a line names, and how many lines of one kind a drawing gets, before "and N more". */
const NAMED = 6;
const MAX_LINES = 8;

const fmt = (n: number) => n.toFixed(1);
const quote = (w: { text: string }) =>
  JSON.stringify(w.text.length > 48 ? `${w.text.slice(0, 47)}…` : w.text);
const boxText = (b: Box) => `[${fmt(b.l)},${fmt(b.t)} ${fmt(b.r - b.l)}×${fmt(b.b - b.t)}]`;
const sized = (w: { text: string; px: number }) => `${quote(w)} ${w.px.toFixed(2)} px`;

function list<T>(items: readonly T[], say: (t: T) => string): string {
  const named = items.slice(0, NAMED).map(say).join(', ');
  return items.length > NAMED ? `${named} and ${items.length - NAMED} more` : named;
}

/** A broken layout breaks hundreds of pairs: the first few say enough. */
function capped(lines: readonly string[]): string[] {
  if (lines.length <= MAX_LINES) return [...lines];
  return [...lines.slice(0, MAX_LINES), `… and ${lines.length - MAX_LINES} more like these`];
}

/** How much two boxes share across and down, or null when they share at most SLACK either way. */
function shared(a: Box, b: Box): { w: number; h: number } | null {
  const w = Math.min(a.r, b.r) - Math.max(a.l, b.l);
  const h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
  return w > SLACK && h > SLACK ? { w, h } : null;
}

/** How far `inner` sticks out of `outer` on its worst side, or null when it is inside. */
function outside(inner: Box, outer: Box): string | null {
  const sides = [
    ['left', outer.l - inner.l],
    ['top', outer.t - inner.t],
    ['right', inner.r - outer.r],
    ['bottom', inner.b - outer.b],
  ] as const;
  const worst = sides.reduce((a, b) => (b[1] > a[1] ? b : a));
  return worst[1] > SLACK ? `${fmt(worst[1])} px past its ${worst[0]} edge` : null;
}

/** The measure itself: the scale is Chromium's zoom, and each word's size agrees with its glyphs. */
function formulaFindings(d: Drawing, words: readonly SvgWord[]): string[] {
  const out: string[] = [];
  if (Math.abs(d.scale - d.cssZoom) > 0.002)
    out.push(`its measured scale is not Chromium's CSS zoom ${d.cssZoom.toFixed(3)}`);
  const byAdvance = words.filter(
    (w) => w.advancePx !== null && Math.abs(w.advancePx / w.px - 1) > ADVANCE_TOLERANCE,
  );
  if (byAdvance.length > 0)
    out.push(
      'the size formula disagrees with the glyph advance: ' +
        list(byAdvance, (w) => `${quote(w)} formula ${fmt(w.px)} px, advance ${fmt(w.advancePx!)} px`),
    );
  const byHeight = words.filter((w) => {
    const em = (w.box.b - w.box.t) / w.px;
    return em < BOX_EM.min || em > BOX_EM.max;
  });
  if (byHeight.length > 0)
    out.push(
      'a box height is not 1.164 em of the size formula: ' +
        list(byHeight, (w) => `${quote(w)} ${fmt(w.box.b - w.box.t)} px high at ${fmt(w.px)} px`),
    );
  return out;
}

/** Words outside the drawing or outside the box they are drawn in. */
function clippedWords(d: Drawing, words: readonly SvgWord[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const off = outside(w.box, d.svg);
    if (off) out.push(`${quote(w)} is clipped by the drawing, ${off} ${boxText(w.box)}`);
    const shape = w.inside && outside(w.box, w.inside.box);
    if (shape) out.push(`${quote(w)} leaves its ${w.inside!.name}, ${shape} ${boxText(w.box)}`);
  }
  return out;
}

/** Pairs of words that overlap, and words over a page cell that is not theirs. */
function overlappingWords(d: Drawing, words: readonly SvgWord[]): string[] {
  const out: string[] = [];
  words.forEach((a, i) =>
    words.slice(i + 1).forEach((b) => {
      const s = shared(a.box, b.box);
      if (s)
        out.push(
          `${quote(a)} ${boxText(a.box)} and ${quote(b)} ${boxText(b.box)} overlap by ${fmt(s.w)}×${fmt(s.h)} px`,
        );
    }),
  );
  for (const w of words)
    d.cells.forEach((cell, c) => {
      const s = c === w.cell ? null : shared(w.box, cell);
      if (s) out.push(`${quote(w)} covers a page cell ${boxText(cell)} by ${fmt(s.w)}×${fmt(s.h)} px`);
    });
  return out;
}

function drawingFindings(d: Drawing, k: number, floors: Floors): string[] {
  const name = `drawing ${k + 1} (${d.kernel}, data-scale ${d.dataScale}, measured scale ${d.scale.toFixed(3)})`;
  const out: string[] = [];
  const small = d.words.filter((w) => w.px < floors.svg - FLOOR_SLACK).sort((a, b) => a.px - b.px);
  if (small.length > 0) out.push(`${small.length} words under ${floors.svg} px: ${list(small, sized)}`);
  // Words Chromium lays out at no size at all (none today) cannot overlap or be clipped.
  const placed = d.words.filter((w) => w.box.r > w.box.l && w.box.b > w.box.t);
  out.push(...formulaFindings(d, placed));
  out.push(...capped(clippedWords(d, placed)), ...capped(overlappingWords(d, placed)));
  return out.map((line) => `${name}: ${line}`);
}

/** Every rule a measured page breaks, one line each; empty when the page is legible. */
export function legibilityFindings(m: PageMeasure, floors: Floors): string[] {
  const out = m.drawings.flatMap((d, k) => drawingFindings(d, k, floors));
  const groups = new Map<string, string[]>();
  for (const w of m.html.filter((h) => h.px < floors.html - FLOOR_SLACK)) {
    const key = `.${w.where} at ${w.px.toFixed(2)} px`;
    groups.set(key, [...(groups.get(key) ?? []), quote(w)]);
  }
  for (const [key, texts] of groups)
    out.push(`HTML words on the drawing under ${floors.html} px: ${key}: ${list(texts, (t) => t)}`);
  for (const legend of m.legends)
    for (const item of legend.items) {
      const s = shared(legend.summary, item.box);
      if (s)
        out.push(
          `the legend's summary "Legend" ${boxText(legend.summary)} covers its item ${quote(item)} ${boxText(item.box)} by ${fmt(s.w)}×${fmt(s.h)} px`,
        );
    }
  if (m.scrollWidth > m.innerWidth)
    out.push(`the page scrolls across: scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth}`);
  return out;
}
