/**
 * `npm run bench:ui`: how the page feels, measured in Debian's Chromium against the production build.
 * It times the first draw of the default scenario (navigation to the drawing's `data-step`, median of
 * fresh loads) and the long tasks of those loads, then opens the generated 100,000-step benchmark
 * scenario through the "Open scenario file" button, plays it at full speed for a fixed time and records
 * the main thread's frame times (requestAnimationFrame deltas), long tasks, how many frames showed a new
 * step, and, from a performance trace of the playback, the main thread's work in each frame
 * (frameWork.ts). A run that ends before the time is up plays again from the start (uiProbe.ts). A
 * benchmark, not a test: it prints figures and exits 0.
 *
 *   --json             one JSON object (p95FrameMs, p95FrameWorkMs, longestTaskMs, loadToFirstDrawMs, ...)
 *   --seconds=N        how long to play (10)
 *   --loads=N          fresh loads timed for the first draw (5)
 *   --steps=N          steps of the benchmark scenario (100000)
 *   --port=N           the preview server's port (PAGERLAB_BENCH_PORT, else 4290)
 *   --reuse-build      serve the last benchmark build instead of building
 *   --cpu-profile=F    also write a CPU profile of the playback to F and list the hottest functions
 *   --trace=F          keep the performance trace of the playback in F, with V8's events, and sum its
 *                      main thread's time by kind (script, style, layout, paint, gc)
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

import config from '../playwright.config.ts';
import { startProfile, stopProfile, type HotFunction } from './cpuProfile.ts';
import { startTimeline, stopTimeline, type Timeline } from './timeline.ts';
import { benchScenario } from './generate.ts';
import { startPlaybackProbe, watchFirstDraw, type PlaybackProbe } from './uiProbe.ts';
import { buildApp, serveApp } from './uiServe.ts';
import { against, median, ms, percentile, round1 } from './uiStats.ts';

const TARGET = { frameMs: 16.7, frameWorkMs: 8, taskMs: 50, firstDrawMs: 300, drawnStepsPerSecond: 60 };
/**
 * The page's clock reads in steps of 0.1 ms (browsers coarsen performance.now()), so a frame drawn on
 * time at 60 Hz (16.67 ms) reads 16.6, 16.7 or 16.8: the frame verdict allows that one step. A frame
 * that missed a display frame reads 33 ms or more.
 */
const CLOCK_STEP_MS = 0.1;
/** A frame further apart than one and a half display frames missed one. */
const LATE_MS = 25;

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} wants a positive number`);
  return value;
}

const json = process.argv.includes('--json');
const seconds = option('seconds', 10);
const loads = Math.trunc(option('loads', 5));
const steps = Math.trunc(option('steps', 100_000));
// Helpers benchmarking side by side each take a port of their own.
const port = Math.trunc(option('port', Number(process.env.PAGERLAB_BENCH_PORT ?? 4290)));
const reuse = process.argv.includes('--reuse-build');
const profilePath = process.argv.find((a) => a.startsWith('--cpu-profile='))?.slice(14) ?? null;
const tracePath = process.argv.find((a) => a.startsWith('--trace='))?.slice(8) ?? null;
const say = (line: string) => {
  if (!json) console.log(line);
};

const drawing = (page: Page) => page.locator('figure[data-step]');

/** How long after the first draw a long task still counts as the load's (the rest of the page settling). */
const SETTLE_MS = 1000;

interface Load {
  /** Navigation to the first drawn machine (ms). */
  firstDrawMs: number;
  /** The longest main-thread task from navigation until SETTLE_MS after the first draw (0: none over 50). */
  longestTaskMs: number;
}

/** Navigation to the first drawn machine of the default scenario, in a fresh context (no cache). */
async function timeFirstDraw(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstDraw);
    await page.goto(url);
    await page.waitForFunction(() => window.__pagerlabFirstDraw !== undefined, null, { timeout: 30_000 });
    const firstDrawMs = await page.evaluate(() => window.__pagerlabFirstDraw!);
    await page.waitForTimeout(SETTLE_MS);
    const tasks = await page.evaluate(() => window.__pagerlabLoadTasks ?? []);
    const own = tasks.filter((t) => t.start < firstDrawMs + SETTLE_MS).map((t) => t.duration);
    return { firstDrawMs, longestTaskMs: Math.max(0, ...own) };
  } finally {
    await context.close();
  }
}

interface Playback {
  probe: PlaybackProbe;
  stepCount: number;
  runMs: number;
  playedMs: number;
  hot: HotFunction[];
  timeline: Timeline;
}

/** Opens the benchmark scenario through the file button, plays it at max speed, and measures. */
async function playBenchmark(
  browser: Browser,
  url: string,
  file: string,
  traceFile: string,
): Promise<Playback> {
  const context = await browser.newContext({ viewport: config.use?.viewport ?? null });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await drawing(page).waitFor();
    const t0 = Date.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open scenario file' }).click();
    await (await chooser).setFiles(file);
    await page.waitForFunction(
      (min) => {
        const m = /^step 0 of (\d+)/.exec(document.querySelector('output.position')?.textContent ?? '');
        return m !== null && Number(m[1]) >= min;
      },
      steps,
      { timeout: 300_000 },
    );
    const runMs = Date.now() - t0;
    const stepCount = Number(await page.getByRole('slider', { name: 'Timeline' }).getAttribute('max'));
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('Infinity');
    const cdp = profilePath ? await context.newCDPSession(page) : null;
    if (cdp) await startProfile(cdp);
    await startTimeline(browser, page, tracePath ?? traceFile, tracePath !== null);
    await page.evaluate(startPlaybackProbe);
    await page.getByRole('button', { name: 'Play' }).click();
    // The probe plays the run again from the start whenever it ends, so this measures playing all along.
    const started = Date.now();
    await page.waitForTimeout(seconds * 1000);
    const probe = await page.evaluate(() => window.__pagerlabProbe!.stop());
    const playedMs = Date.now() - started;
    const hot = cdp && profilePath ? await stopProfile(cdp, profilePath) : [];
    const timeline = await stopTimeline(browser, tracePath ?? traceFile);
    return { probe, stepCount, runMs, playedMs, hot, timeline };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pagerlab-bench-ui-'));
  const file = join(dir, 'benchmark.scn');
  writeFileSync(file, benchScenario(steps));
  say(`building: ${await buildApp(reuse)}`);
  const server = await serveApp(port);
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    const loadRuns: Load[] = [];
    for (let i = 0; i < loads; i++) loadRuns.push(await timeFirstDraw(browser, server.url));
    const firstDraws = loadRuns.map((l) => l.firstDrawMs);
    const played = await playBenchmark(browser, server.url, file, join(dir, 'playback.json'));
    const { probe, stepCount, runMs, playedMs, hot } = played;
    const { kinds } = played.timeline;
    const frameWork = played.timeline.frameWork.map((f) => f.cpuMs);
    const frameBusy = played.timeline.frameWork.map((f) => f.wallMs);
    const { frames, longTasks } = probe;
    const figures = {
      p95FrameMs: round1(percentile(frames, 0.95)),
      p95FrameWorkMs: round1(percentile(frameWork, 0.95)),
      drawnStepsPerSecond: round1((probe.newStepFrames * 1000) / Math.max(probe.measuredMs || playedMs, 1)),
      newStepFrameShare: round1((probe.newStepFrames * 100) / Math.max(probe.frames.length, 1)),
      lateFrames: frames.filter((f) => f > LATE_MS).length,
      longestTaskMs: round1(longTasks.length ? Math.max(...longTasks) : 0),
      loadToFirstDrawMs: round1(median(firstDraws)),
      loadLongestTaskMs: round1(Math.max(...loadRuns.map((l) => l.longestTaskMs))),
      medianFrameMs: round1(median(frames)),
      p99FrameMs: round1(percentile(frames, 0.99)),
      worstFrameMs: round1(frames.length ? Math.max(...frames) : 0),
      medianFrameWorkMs: round1(median(frameWork)),
      worstFrameWorkMs: round1(frameWork.length ? Math.max(...frameWork) : 0),
      medianFrameBusyMs: round1(median(frameBusy)),
      p95FrameBusyMs: round1(percentile(frameBusy, 0.95)),
      frames: frames.length,
      tracedFrames: frameWork.length,
      newStepFrames: probe.newStepFrames,
      longTasks: longTasks.length,
      longTaskTotalMs: round1(longTasks.reduce((a, b) => a + b, 0)),
      firstDrawRunsMs: firstDraws.map(round1),
      loadLongestTaskRunsMs: loadRuns.map((l) => round1(l.longestTaskMs)),
      stepsPlayed: probe.stepsPlayed,
      loops: probe.loops,
      stepsDrawn: probe.draws,
      seconds: round1(playedMs / 1000),
      stepsPerSecond: Math.round((probe.stepsPlayed * 1000) / Math.max(playedMs, 1)),
      stepCount,
      scenarioRunMs: runMs,
      chromium: browser.version(),
    };
    if (json) {
      console.log(JSON.stringify(figures));
      return;
    }
    say(`pagerlab UI benchmark — Chromium ${figures.chromium}, production build`);
    say(
      `first draw (default scenario): ${ms(figures.loadToFirstDrawMs)} median of ${loads} fresh loads ` +
        `(${firstDraws.map((x) => Math.round(x)).join(', ')})  ${against(figures.loadToFirstDrawMs, TARGET.firstDrawMs)}`,
    );
    say(
      `longest task while loading (to ${SETTLE_MS} ms after the first draw): ${ms(figures.loadLongestTaskMs)} ` +
        `(${figures.loadLongestTaskRunsMs.map((x) => Math.round(x)).join(', ')})  ${against(figures.loadLongestTaskMs, TARGET.taskMs)}`,
    );
    say(`benchmark scenario: ${stepCount.toLocaleString('en')} steps, opened and run in ${ms(runMs)}`);
    say(
      `played at max speed for ${figures.seconds} s: ${figures.stepsPlayed.toLocaleString('en')} steps ` +
        `(${figures.stepsPerSecond.toLocaleString('en')} a second; from the start again ${figures.loops} times), ` +
        `${figures.stepsDrawn.toLocaleString('en')} of them drawn`,
    );
    say(
      `frames showing a new step: ${figures.newStepFrames} of ${frames.length} (${figures.newStepFrameShare}%), ` +
        `${figures.drawnStepsPerSecond} a second over the page's ${ms(probe.measuredMs)} of frames  ` +
        (figures.drawnStepsPerSecond >= TARGET.drawnStepsPerSecond
          ? `✓ at least ${TARGET.drawnStepsPerSecond}`
          : `✗ under ${TARGET.drawnStepsPerSecond}`),
    );
    say(
      `main-thread work per frame (CPU time, performance trace, ${frameWork.length} frames): median ${ms(figures.medianFrameWorkMs)}, ` +
        `p95 ${ms(figures.p95FrameWorkMs)}, worst ${ms(figures.worstFrameWorkMs)}  ${against(figures.p95FrameWorkMs, TARGET.frameWorkMs)}`,
    );
    say(
      `main thread busy per frame (wall clock, the same tasks): median ${ms(figures.medianFrameBusyMs)}, ` +
        `p95 ${ms(figures.p95FrameBusyMs)}`,
    );
    say(
      `frames: ${frames.length}; median ${ms(figures.medianFrameMs)}, p95 ${ms(figures.p95FrameMs)}, ` +
        `p99 ${ms(figures.p99FrameMs)}, worst ${ms(figures.worstFrameMs)}; ${figures.lateFrames} missed a display frame  ` +
        against(figures.p95FrameMs, TARGET.frameMs, CLOCK_STEP_MS),
    );
    say(
      `long tasks: ${longTasks.length} (${ms(figures.longTaskTotalMs)} in all); longest ${ms(figures.longestTaskMs)}` +
        `  ${against(figures.longestTaskMs, TARGET.taskMs)}`,
    );
    if (tracePath) {
      const parts = Object.entries(kinds).sort((a, b) => b[1] - a[1]);
      say(`main thread by kind (trace: ${tracePath}): ${parts.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
    }
    if (hot.length > 0) {
      say(`hottest functions by self time (profile: ${profilePath}):`);
      for (const h of hot)
        say(
          `  ${ms(h.selfMs).padStart(10)}  ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.name}  ${h.where}`,
        );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
