/**
 * A Chromium performance trace of the measurement (the DevTools "Performance" recording): the main
 * thread's work per frame (frameWork.ts), and its time summed by kind: script, style, layout, paint,
 * garbage collection. The CPU profile cannot see style and layout (they are "(program)" there); the
 * trace can.
 */

import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';

import { FRAME_WORK_CATEGORIES, workPerFrame, type FrameWork, type TraceEvent } from './frameWork.ts';

/** Trace events whose time says what kind of work the main thread did. */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style',
  'Document::updateStyleAndLayoutTree': 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  'LocalFrameView::RunPaintLifecyclePhase': 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GC_MC_BACKGROUND_MARKING': 'gc',
};

/** What a trace of the playback tells: work per frame, and the main thread's time by kind (ms). */
export interface Timeline {
  frameWork: FrameWork[];
  kinds: Record<string, number>;
}

/**
 * Starts tracing what the work per frame needs; `detailed` adds V8's events, for a trace to open in
 * DevTools (they cost the page time of their own, so the figures' trace leaves them out).
 */
export async function startTimeline(
  browser: Browser,
  page: Page,
  path: string,
  detailed: boolean,
): Promise<void> {
  await browser.startTracing(page, {
    path,
    categories: detailed ? [...FRAME_WORK_CATEGORIES, 'v8'] : FRAME_WORK_CATEGORIES,
  });
}

/** Stops the trace (written to `path`) and reads it. */
export async function stopTimeline(browser: Browser, path: string): Promise<Timeline> {
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
  return { frameWork: workPerFrame(trace.traceEvents), kinds: byKind(trace.traceEvents) };
}

/** The page's main-thread time by kind, in ms. */
function byKind(events: readonly TraceEvent[]): Record<string, number> {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums: Record<string, number> = {};
  // Events of a kind nest (a document's Paint holds its scrollers' Paint; a FunctionCall holds the
  // microtasks it runs): count only the outermost, by skipping what starts before the last one ends.
  const ends: Record<string, number> = {};
  const own = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  for (const e of own) {
    const kind = KINDS[e.name];
    if (!kind || e.ts < (ends[kind] ?? -Infinity)) continue;
    ends[kind] = e.ts + e.dur!;
    sums[kind] = (sums[kind] ?? 0) + e.dur! / 1000;
  }
  return sums;
}
