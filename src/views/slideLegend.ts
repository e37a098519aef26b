/**
 * A slide's legend: only what its drawings show (a slide has no room for the page's full legend), in the
 * page's order and with the page's colours and patterns, so a swatch means what it means on screen.
 */

import type { MachinePicture } from '../sim/picture.ts';
import { deviceMemoryLook, RAM_LEGEND, type Pattern } from './palette.ts';
import { LINE, type SceneBuilder } from './slideScene.ts';
import { runsWidth, type Run } from './slideText.ts';

/** A legend entry: a swatch (colour, pattern; no colour = outline only) and its words. */
export interface LegendEntry {
  short: string;
  words: string;
  fill: string | null;
  pattern: Pattern | 'violation';
}

/**
 * The legend for `pictures`: the RAM owners and device memory kinds in them, then the violation mark if
 * any is live (outlined and hatched as on the page). `colour(key)` is the theme's colour of `--own-${key}`; a kind without one is left out
 * rather than shown in a colour the drawing does not use.
 */
export function slideLegend(
  pictures: readonly MachinePicture[],
  colour: (key: string) => string | null,
): LegendEntry[] {
  const owners = new Set<string>(pictures.flatMap((p) => p.frames.map((f) => f.kind)));
  const devices = new Set(pictures.flatMap((p) => p.deviceMemory.map((d) => d.kind)));
  const entries: LegendEntry[] = [];
  for (const look of RAM_LEGEND) {
    if (!owners.has(look.key)) continue;
    const fill = look.key === 'free' ? null : colour(look.key);
    if (look.key !== 'free' && fill === null) continue;
    entries.push({ short: look.short, words: look.words, fill, pattern: look.pattern });
  }
  for (const kind of ['framebuffer', 'window', 'registers'] as const) {
    if (!devices.has(kind)) continue;
    const look = deviceMemoryLook(kind);
    const fill = colour(look.key);
    if (fill !== null) entries.push({ short: look.short, words: look.words, fill, pattern: look.pattern });
  }
  if (pictures.some((p) => p.violations.length > 0))
    entries.push({ short: '⚠', words: 'violation', fill: null, pattern: 'violation' });
  return entries;
}

function entryRuns(entry: LegendEntry): Run[] {
  return entry.short
    ? [{ text: `${entry.short} `, bold: true, mono: true }, { text: entry.words }]
    : [{ text: entry.words }];
}

/**
 * The legend on one line of `size` px ending at `bottom`, if it fits there (a legend cut short would leave
 * a swatch unexplained); returns the height it takes, 0 when left out.
 */
export function placeLegend(
  b: SceneBuilder,
  entries: readonly LegendEntry[],
  bottom: number,
  size: number,
): number {
  const swatch = size * 1.1;
  const spaced = b.px(8);
  const between = b.px(28);
  const widths = entries.map((e) => swatch + spaced + runsWidth(entryRuns(e), size));
  const total = widths.reduce((sum, w) => sum + w, 0) + Math.max(0, entries.length - 1) * between;
  if (entries.length === 0 || total > b.width) return 0;
  const height = size * LINE;
  const top = bottom - height;
  let x = b.left;
  entries.forEach((entry, i) => {
    const box = { x, y: top + (height - swatch) / 2, width: swatch, height: swatch };
    const { violation, muted, paper } = b.theme;
    // As on the page: a violation is outlined red, a free frame only outlined.
    const outline = entry.pattern === 'violation' ? violation : entry.fill === null ? muted : null;
    b.rect(box, entry.fill ?? paper, outline ? { colour: outline, width: b.px(2) } : null, b.px(3));
    if (entry.pattern !== 'none') b.rect(box, { pattern: entry.pattern }, null, b.px(3));
    b.lines([entryRuns(entry)], size, x + swatch + spaced, top);
    x += widths[i]! + between;
  });
  return height;
}
