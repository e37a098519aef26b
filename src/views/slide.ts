/**
 * A slide of the step on screen, composed: a pure function from the slide's size, the theme's colours, the
 * texts and the drawings' natural sizes to the place of everything on it (slideSvg.ts draws it). Top to
 * bottom: the title line, the kernel bar, the violation banner, the drawings in the room left, the caption
 * and a legend. Sizes are for a 1920 x 1080 slide, where no text is under 20 px, and scale with the width.
 */

import { arrangeDrawings } from './slideArrange.ts';
import { placeLegend, type LegendEntry } from './slideLegend.ts';
import {
  baseline,
  LINE,
  SceneBuilder,
  type ScenePlacement,
  type SlideScene,
  type SlideSize,
  type SlideTheme,
} from './slideScene.ts';
import { runsWidth, wrapRuns, type Run } from './slideText.ts';

export type { SlideScene, SlideSize, SlideTheme } from './slideScene.ts';

/** The sizes a slide is saved at: 16:9, for a projector and for a smaller deck. */
export const SLIDE_SIZES: readonly SlideSize[] = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** Text sizes in px on a 1920-wide slide: read from the back of a room. */
export const TYPE = {
  title: 40,
  where: 28,
  bar: 26,
  banner: 24,
  heading: 26,
  narration: 30,
  step: 24,
  legend: 20,
} as const;

const MARGIN = 48;
const GAP = 14;
const PAD = 10;
/** At most this many lines: past them a slide becomes a page of text. */
const CAP = { violation: 2, banner: 4, narration: 3, step: 2 } as const;

export interface SlideMachine {
  /** Side by side: the kernel's name over its drawing. */
  heading: Run[] | null;
  width: number;
  height: number;
}

export interface SlideContent {
  title: string;
  /** Kernels and position: `netbsd · step 9 of 12`. */
  where: string;
  /** One line per machine: its kernel call, or what the step did without one. */
  kernelBars: Run[][];
  /** One entry per violation: ⚠, rule, process, vpn and sentence. */
  violations: Run[][];
  machines: SlideMachine[];
  narration: Run[] | null;
  step: Run[] | null;
  legend: LegendEntry[];
}

/** The title on the left, the kernels and the step on the right; returns the height taken. */
function titleLine(b: SceneBuilder, c: SlideContent, top: number): number {
  const whereSize = b.px(TYPE.where);
  const where = wrapRuns([{ text: c.where, tone: 'muted' }], whereSize, b.width / 2, 1)[0] ?? [];
  const titleSize = b.px(TYPE.title);
  const room = b.width - b.px(32) - runsWidth(where, whereSize);
  b.lines(wrapRuns([{ text: c.title, bold: true }], titleSize, room, 1), titleSize, b.left, top);
  // On the title's baseline, so the line reads as one.
  b.text(where, whereSize, b.left + b.width, baseline(top, titleSize), 'end');
  return titleSize * LINE;
}

/** A panel with the warm edge of the page's kernel box, a line for each machine's call. */
function kernelBar(b: SceneBuilder, c: SlideContent, top: number): number {
  if (c.kernelBars.length === 0) return 0;
  const size = b.px(TYPE.bar);
  const edge = b.px(8);
  const x = b.left + edge + b.px(16);
  const lines = c.kernelBars.map((runs) => wrapRuns(runs, size, b.left + b.width - x - b.px(16), 1)[0] ?? []);
  const height = lines.length * size * LINE + 2 * b.px(PAD);
  b.rect(
    { x: b.left, y: top, width: b.width, height },
    b.theme.panel,
    { colour: b.theme.rule, width: b.px(2) },
    b.px(6),
  );
  b.rect({ x: b.left, y: top, width: edge, height }, b.theme.warm, null, b.px(3));
  b.lines(lines, size, x, top + b.px(PAD));
  return height;
}

/**
 * The violations, hatched red like the page's banner: each on up to two lines and four lines in all, the
 * last one counting those left out.
 */
function violationBanner(b: SceneBuilder, c: SlideContent, top: number): number {
  const size = b.px(TYPE.banner);
  const inset = b.px(18);
  const lines: Run[][] = [];
  const count = c.violations.length;
  for (const [i, runs] of c.violations.entries()) {
    const room = CAP.banner - lines.length - (i < count - 1 ? 1 : 0);
    if (room <= 0) {
      lines.push([{ text: `⚠ and ${count - i} more`, tone: 'violation', bold: true }]);
      break;
    }
    lines.push(...wrapRuns(runs, size, b.width - 2 * inset, Math.min(CAP.violation, room)));
  }
  if (lines.length === 0) return 0;
  const height = lines.length * size * LINE + 2 * b.px(PAD);
  const box = { x: b.left, y: top, width: b.width, height };
  b.rect(box, { pattern: 'violation' }, { colour: b.theme.violation, width: b.px(3) }, b.px(6));
  b.lines(lines, size, b.left + inset, top + b.px(PAD));
  return height;
}

/** The step's narration, then the step as written with its outcome, above `bottom`; returns the new bottom. */
function caption(b: SceneBuilder, c: SlideContent, bottom: number): number {
  const stepSize = b.px(TYPE.step);
  const step = c.step ? wrapRuns(c.step, stepSize, b.width, CAP.step) : [];
  const narrationSize = b.px(TYPE.narration);
  const narration = c.narration ? wrapRuns(c.narration, narrationSize, b.width, CAP.narration) : [];
  if (step.length + narration.length === 0) return bottom;
  let y = bottom - step.length * stepSize * LINE;
  b.lines(step, stepSize, b.left, y);
  y -= narration.length * narrationSize * LINE + (narration.length > 0 && step.length > 0 ? b.px(4) : 0);
  b.lines(narration, narrationSize, b.left, y);
  // A rule between the picture and its words.
  y -= b.px(GAP);
  b.rect({ x: b.left, y: y - b.px(2), width: b.width, height: b.px(2) }, b.theme.rule);
  return y - b.px(2) - b.px(GAP);
}

/** The drawings in `area`, each under its kernel's heading when there are two. */
function drawings(b: SceneBuilder, c: SlideContent, top: number, bottom: number): ScenePlacement[] {
  const size = b.px(TYPE.heading);
  const area = { x: b.left, y: top, width: b.width, height: Math.max(0, bottom - top) };
  const arranged = arrangeDrawings(area, c.machines, { heading: size * LINE, gap: b.px(28) });
  return arranged.cells.map((cell, machine) => {
    const heading = c.machines[machine]?.heading;
    if (heading && c.machines.length > 1) {
      // Over a column of drawings a heading may run to the margin; in a row, only over its own drawing.
      const room = arranged.direction === 'column' ? b.left + b.width - cell.x : cell.width;
      b.text(wrapRuns(heading, size, room, 1)[0] ?? [], size, cell.x, cell.headingY);
    }
    return { machine, x: cell.x, y: cell.y, width: cell.width, height: cell.height };
  });
}

/** Everything on a slide of `size`, placed. */
export function composeSlide(size: SlideSize, theme: SlideTheme, content: SlideContent): SlideScene {
  const b = new SceneBuilder(size, theme, size.width / 1920, MARGIN);
  let top = b.px(32);
  top += titleLine(b, content, top) + b.px(GAP);
  const bar = kernelBar(b, content, top);
  top += bar > 0 ? bar + b.px(GAP) : 0;
  const banner = violationBanner(b, content, top);
  top += banner > 0 ? banner + b.px(GAP) : 0;
  let bottom = size.height - b.px(28);
  const legend = placeLegend(b, content.legend, bottom, b.px(TYPE.legend));
  bottom -= legend > 0 ? legend + b.px(GAP) : 0;
  bottom = caption(b, content, bottom);
  const placed = drawings(b, content, top, bottom);
  return { ...size, theme, unit: b.unit, rects: b.rects, texts: b.texts, drawings: placed };
}
