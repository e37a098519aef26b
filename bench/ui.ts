/**
 * `npm run bench:ui`: how the page feels, measured in Debian's Chromium against the production build.
 * It times the first draw of the default scenario (navigation to the drawing's `data-step`, median of
 * fresh loads), then opens the generated 100,000-step benchmark scenario through the "Open scenario file"
 * button, plays it at full speed for a fixed time and records the main thread's frame times
 * (requestAnimationFrame deltas) and long tasks. A benchmark, not a test: it prints figures and exits 0.
 *
 *   --json             one JSON object (p95FrameMs, longestTaskMs, loadToFirstDrawMs, and more)
 *   --seconds=N        how long to play (10)
 *   --loads=N          fresh loads timed for the first draw (5)
 *   --steps=N          steps of the benchmark scenario (100000)
 *   --port=N           the preview server's port (4290)
 *   --reuse-build      serve the last benchmark build instead of building
 *   --cpu-profile=F    also write a CPU profile of the playback to F and list the hottest functions
 *   --trace=F          also write a Chromium performance trace of the playback to F and sum its main
 *                      thread's time by kind (script, style, layout, paint, gc)
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

import config from '../playwright.config.ts';
import { startProfile, stopProfile, type HotFunction } from './cpuProfile.ts';
import { startTimeline, stopTimeline } from './timeline.ts';
import { benchScenario } from './generate.ts';
import { startPlaybackProbe, watchFirstDraw, type PlaybackProbe } from './uiProbe.ts';
import { buildApp, serveApp } from './uiServe.ts';
import { against, median, ms, percentile, round1 } from './uiStats.ts';

const TARGET = { frameMs: 16.7, taskMs: 50, firstDrawMs: 1000 };
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
const port = Math.trunc(option('port', 4290));
const reuse = process.argv.includes('--reuse-build');
const profilePath = process.argv.find((a) => a.startsWith('--cpu-profile='))?.slice(14) ?? null;
const tracePath = process.argv.find((a) => a.startsWith('--trace='))?.slice(8) ?? null;
const say = (line: string) => {
  if (!json) console.log(line);
};

const drawing = (page: Page) => page.locator('figure[data-step]');

/** Navigation to the first drawn machine of the default scenario, in a fresh context (no cache). */
async function timeFirstDraw(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstDraw);
    await page.goto(url);
    await page.waitForFunction(() => window.__pagerlabFirstDraw !== undefined, null, { timeout: 30_000 });
    return await page.evaluate(() => window.__pagerlabFirstDraw!);
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
  kinds: Record<string, number>;
}

/** Opens the benchmark scenario through the file button, plays it at max speed, and measures. */
async function playBenchmark(browser: Browser, url: string, file: string): Promise<Playback> {
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
    if (tracePath) await startTimeline(browser, page, tracePath);
    await page.evaluate(startPlaybackProbe);
    await page.getByRole('button', { name: 'Play' }).click();
    // Measure while it plays: a run that reaches its end early would otherwise count idle frames. Polled
    // by a plain selector a few times a second: a role locator's wait polls on every animation frame and
    // computes the role of every element in the page, a cost of the benchmark that no reader's page pays.
    const started = Date.now();
    await page
      .waitForFunction(
        () => document.querySelector('footer.playback button[aria-label="Play"]') !== null,
        null,
        {
          timeout: seconds * 1000,
          polling: 250,
        },
      )
      .catch(() => {});
    const probe = await page.evaluate(() => window.__pagerlabProbe!.stop());
    const playedMs = Math.min(Date.now() - started, seconds * 1000);
    const hot = cdp && profilePath ? await stopProfile(cdp, profilePath) : [];
    const kinds = tracePath ? await stopTimeline(browser, tracePath) : {};
    return { probe, stepCount, runMs, playedMs, hot, kinds };
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
    const firstDraws: number[] = [];
    for (let i = 0; i < loads; i++) firstDraws.push(await timeFirstDraw(browser, server.url));
    const { probe, stepCount, runMs, playedMs, hot, kinds } = await playBenchmark(browser, server.url, file);
    const { frames, longTasks } = probe;
    const figures = {
      p95FrameMs: round1(percentile(frames, 0.95)),
      lateFrames: frames.filter((f) => f > LATE_MS).length,
      longestTaskMs: round1(longTasks.length ? Math.max(...longTasks) : 0),
      loadToFirstDrawMs: round1(median(firstDraws)),
      medianFrameMs: round1(median(frames)),
      p99FrameMs: round1(percentile(frames, 0.99)),
      worstFrameMs: round1(frames.length ? Math.max(...frames) : 0),
      frames: frames.length,
      longTasks: longTasks.length,
      longTaskTotalMs: round1(longTasks.reduce((a, b) => a + b, 0)),
      firstDrawRunsMs: firstDraws.map(round1),
      stepsPlayed: probe.lastStep - probe.firstStep,
      stepsDrawn: probe.draws,
      seconds: round1(playedMs / 1000),
      stepsPerSecond: Math.round(((probe.lastStep - probe.firstStep) * 1000) / Math.max(playedMs, 1)),
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
    say(`benchmark scenario: ${stepCount.toLocaleString('en')} steps, opened and run in ${ms(runMs)}`);
    say(
      `played at max speed for ${figures.seconds} s: ${figures.stepsPlayed.toLocaleString('en')} steps ` +
        `(${figures.stepsPerSecond.toLocaleString('en')} a second), ${figures.stepsDrawn.toLocaleString('en')} of them drawn`,
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
