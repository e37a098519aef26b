/**
 * `npm run bench`: the engine's speed and memory on the generated 100,000-step scenario.
 * Prints figures (medians over runs; this is a shared 2-core machine, so compare ratios, not
 * absolutes). `--json` prints one object: stepsPerSecond, seekMedianMs, seekP95Ms, peakHeapMB, and the
 * attack search's searchStatesPerSecond, searchFirstAttackMs and searchHeapMB (bench/search.ts).
 */

import { performance } from 'node:perf_hooks';
import { parseScenario } from '../src/scenario/index.ts';
import { boot } from '../src/sim/boot.ts';
import { runStep } from '../src/sim/engine.ts';
import type { SimState } from '../src/sim/state.ts';
import type { TraceEvent } from '../src/sim/events.ts';
import { Timeline } from '../src/sim/timeline.ts';
import { benchScenario, rng } from './generate.ts';
import { searchFigures } from './search.ts';
import { timeWorstCase, worstCases } from './worst.ts';

const json = process.argv.includes('--json');
const stepsArg = process.argv.find((a) => a.startsWith('--steps='));
const STEPS = stepsArg ? Number(stepsArg.slice(8)) : 100_000;
const gc = (globalThis as { gc?: () => void }).gc;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

/**
 * The figures of the 100,000-step scenario: parse, straight runs, a run keeping every event, and time
 * travel. A function, so that nothing of them (the scenario, its states, the timeline's snapshots) is
 * still alive when the attack search runs, for every garbage collection of it to mark.
 */
function scenarioFigures() {
  const text = benchScenario(STEPS);
  let t0 = performance.now();
  const parsed = parseScenario(text);
  const parseMs = performance.now() - t0;
  if (!parsed.ok) {
    console.error('benchmark scenario is invalid:', parsed.errors.slice(0, 5));
    process.exit(2);
  }
  const scenario = parsed.scenario;

  // A straight run producing the full trace, three times; the median counts. The events of each
  // step are handed on and dropped, as the worker streams them to the page; a fourth run keeps all
  // of them in memory, to show what holding a whole trace costs.
  const rates: number[] = [];
  let events = 0;
  // Run 0 warms the JIT up and is not counted. The last run's state stays alive through the forced
  // collection, as the worker always holds a state: collected with no state alive, V8 lets the hidden
  // classes of the engine's objects die after a few such collections, and with them every optimized
  // function that knew them (the third counted run then ran at about half speed).
  const held: SimState[] = [];
  for (let run = 0; run < 4; run++) {
    gc?.();
    const state = boot(scenario);
    let count = 0;
    t0 = performance.now();
    while (state.step < scenario.steps.length) {
      count += runStep(state).events.length;
      if ((state.step & 4095) === 0) sampleHeap();
    }
    const ms = performance.now() - t0;
    sampleHeap();
    held[0] = state;
    if (run > 0) rates.push(scenario.steps.length / (ms / 1000));
    events = count;
  }
  held.length = 0;
  gc?.();
  const heapBeforeKeep = process.memoryUsage().heapUsed;
  const kept: TraceEvent[][] = [];
  const keepState = boot(scenario);
  t0 = performance.now();
  while (keepState.step < scenario.steps.length) kept.push(runStep(keepState).events);
  const keepRate = scenario.steps.length / ((performance.now() - t0) / 1000);
  const keptTraceMB = (process.memoryUsage().heapUsed - heapBeforeKeep) / 2 ** 20;
  kept.length = 0;

  // Time travel: snapshots every K steps, 1,000 seeks to random steps.
  gc?.();
  const timeline = new Timeline(scenario);
  t0 = performance.now();
  timeline.advance(scenario.steps.length, false);
  const timelineMs = performance.now() - t0;
  sampleHeap();
  const pick = rng(7);
  const seeks: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const target = Math.floor(pick() * (scenario.steps.length + 1));
    const s0 = performance.now();
    timeline.seek(target);
    seeks.push(performance.now() - s0);
    if (i % 100 === 0) sampleHeap();
  }
  const steps = scenario.steps.length;
  return { steps, parseMs, rates, events, keepRate, keptTraceMB, timelineMs, every: timeline.every, seeks };
}

// A child process of worstCases: times one worst case and prints its figures.
const worstCase = process.argv.find((a) => a.startsWith('--worst-case='));
if (worstCase) {
  console.log(JSON.stringify(timeWorstCase(Number(worstCase.slice(13)))));
  process.exit(0);
}

const { steps, parseMs, rates, events, keepRate, keptTraceMB, timelineMs, every, seeks } = scenarioFigures();
gc?.();
const search = searchFigures(gc);
// The worst files within the limits (issue 19), each once, each in a process of its own (worst.ts);
// the slowest is the figure.
const worst = worstCases(process.argv[1]!);

const result = {
  steps,
  events,
  stepsPerSecond: Math.round(median(rates)),
  // Each counted run, so a reader sees the spread (JIT warm-up, a GC dropping optimized code).
  runsStepsPerSecond: rates.map(Math.round),
  seekMedianMs: +median(seeks).toFixed(3),
  seekP95Ms: +pct(seeks, 0.95).toFixed(3),
  peakHeapMB: +(peakHeap / 2 ** 20).toFixed(1),
  stepsPerSecondKeepingTrace: Math.round(keepRate),
  keptTraceMB: +keptTraceMB.toFixed(1),
  parseMs: Math.round(parseMs),
  timelineRunMs: Math.round(timelineMs),
  snapshotEvery: every,
  ...search,
  worstCaseSeconds: Math.max(...worst.map((c) => c.seconds)),
  worstCaseCpuSeconds: Math.max(...worst.map((c) => c.cpuSeconds)),
  worstCases: worst,
};

if (json) console.log(JSON.stringify(result));
else {
  console.log(`pagerlab engine benchmark: ${result.steps} steps, ${result.events} trace events per run`);
  console.log(
    `  straight run, full trace   ${result.stepsPerSecond.toLocaleString('en')} steps/s (median of 3 after a warm-up; target >= 500,000; runs ${result.runsStepsPerSecond.map((r) => r.toLocaleString('en')).join(', ')})`,
  );
  console.log(
    `  seek (1,000 random steps)  median ${result.seekMedianMs} ms, p95 ${result.seekP95Ms} ms (target p95 < 5 ms)`,
  );
  console.log(
    `  peak heap                  ${result.peakHeapMB} MB (target < 200 MB)${gc ? '' : ' (run with --expose-gc for steadier figures)'}`,
  );
  console.log(
    `  keeping every event in memory: ${result.stepsPerSecondKeepingTrace.toLocaleString('en')} steps/s, ${result.keptTraceMB} MB (not counted in peak heap)`,
  );
  console.log(
    `  parse ${result.parseMs} ms; timeline run with snapshots every ${result.snapshotEvery} steps: ${result.timelineRunMs} ms`,
  );
  console.log(
    `  attack search              ${result.searchStatesPerSecond.toLocaleString('en')} states/s over ${result.searchStates.toLocaleString('en')} states (target >= 200,000), heap +${result.searchHeapMB} MB (target < 500 MB); first attack on card-netbsd ${result.searchFirstAttackMs} ms (median of 5; target < 1,000 ms)`,
  );
  console.log(`  worst cases within the limits, parse and run, one run each (target <= 10 s each):`);
  for (const c of worst) {
    const what =
      c.errors > 0
        ? `${c.errors} errors listed`
        : `${c.steps.toLocaleString('en')} steps${c.stopped ? ', stopped at the work bound' : ''}`;
    console.log(
      `    ${c.seconds.toFixed(2).padStart(6)} s (CPU ${c.cpuSeconds.toFixed(2)} s)  ${c.name} (${(c.bytes / 1024).toFixed(0)} KB, ${what})`,
    );
  }
  console.log(`  worstCaseSeconds ${result.worstCaseSeconds} (CPU ${result.worstCaseCpuSeconds})`);
}
