/**
 * What a composed slide is: boxes, lines of text and drawing placements in slide pixels, each already in
 * its colour, so drawing it (slideSvg.ts) decides nothing. `SceneBuilder` is the pen the composition's
 * sections (slide.ts, slideLegend.ts) share.
 */

import type { Pattern } from './palette.ts';
import type { Box } from './slideArrange.ts';
import { runsWidth, type Run } from './slideText.ts';

export interface SlideSize {
  width: number;
  height: number;
}

export interface SlideTheme {
  paper: string;
  ink: string;
  muted: string;
  panel: string;
  rule: string;
  warm: string;
  violation: string;
  /** The ink of the memory patterns (hatch, lines, dots, grid). */
  patternInk: string;
  font: string;
  mono: string;
}

export interface SceneRun {
  text: string;
  fill: string;
  bold: boolean;
  mono: boolean;
}

/** A line of text: `y` is its baseline; `width` its estimated extent from `x` (leftwards for `end`). */
export interface SceneText {
  x: number;
  y: number;
  size: number;
  anchor: 'start' | 'end';
  width: number;
  runs: SceneRun[];
}

export type Paint = string | { pattern: Pattern | 'violation' };

export interface SceneRect extends Box {
  fill: Paint;
  stroke: string | null;
  strokeWidth: number;
  radius: number;
}

export interface ScenePlacement extends Box {
  machine: number;
}

export interface SlideScene extends SlideSize {
  theme: SlideTheme;
  /** Slide pixels per 1920-slide pixel: patterns and strokes scale with it. */
  unit: number;
  rects: SceneRect[];
  texts: SceneText[];
  drawings: ScenePlacement[];
}

/** Line height, in text sizes. */
export const LINE = 1.3;

/** The slide taking shape: its measures, and the boxes and lines put on it so far. */
export class SceneBuilder {
  readonly rects: SceneRect[] = [];
  readonly texts: SceneText[] = [];
  /** The content's left edge and width, inside the margins. */
  readonly left: number;
  readonly width: number;

  constructor(
    readonly size: SlideSize,
    readonly theme: SlideTheme,
    /** Slide pixels per pixel of a 1920-wide slide. */
    readonly unit: number,
    margin: number,
  ) {
    this.left = margin * unit;
    this.width = size.width - 2 * this.left;
  }

  /** `n` pixels of a 1920-wide slide, at this slide's size. */
  px(n: number): number {
    return n * this.unit;
  }

  /** `line` with its baseline at `y`, starting at `x` (or ending there, for `end`). */
  text(line: readonly Run[], size: number, x: number, y: number, anchor: 'start' | 'end' = 'start'): void {
    const runs = line.map((r) => ({
      text: r.text,
      fill: this.theme[r.tone ?? 'ink'],
      bold: r.bold === true,
      mono: r.mono === true,
    }));
    this.texts.push({ x, y, size, anchor, width: runsWidth(line, size), runs });
  }

  /** Lines of `size` px, the first line's box at `top`; returns the height they take. */
  lines(lines: readonly Run[][], size: number, x: number, top: number): number {
    const height = size * LINE;
    lines.forEach((line, i) => this.text(line, size, x, baseline(top + i * height, size)));
    return lines.length * height;
  }

  rect(box: Box, fill: Paint, stroke: { colour: string; width: number } | null = null, radius = 0): void {
    this.rects.push({
      ...box,
      fill,
      stroke: stroke?.colour ?? null,
      strokeWidth: stroke?.width ?? 0,
      radius,
    });
  }
}

/** The baseline of a line of `size` px whose box starts at `top`: its capitals centred in the box. */
export function baseline(top: number, size: number): number {
  return top + (size * LINE) / 2 + size * 0.35;
}
