/**
 * A Chromium performance trace of the measurement (the DevTools "Performance" recording), summed by what
 * the renderer's main thread did: script, style, layout, paint, garbage collection. The CPU profile
 * cannot see style and layout (they are "(program)" there); the trace can.
 */

import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

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

export async function startTimeline(browser: Browser, page: Page, path: string): Promise<void> {
  await browser.startTracing(page, {
    path,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
  });
}

/** Stops the trace (written to `path`) and sums the page's main-thread time by kind, in ms. */
export async function stopTimeline(browser: Browser, path: string): Promise<Record<string, number>> {
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
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
