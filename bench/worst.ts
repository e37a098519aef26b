/**
 * The worst cases of bench/worstCases.ts, timed: parse and run as the runner does (to the end, or to the
 * work bound), and the worker's timeline for the VMA-heavy ones. One run each (the heaviest take
 * seconds), each in a process of its own; `worstCaseSeconds` is the slowest.
 */

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

import { parseScenario } from '../src/scenario/index.ts';
import { runBounded } from '../src/scenario/run.ts';
import { Timeline } from '../src/sim/timeline.ts';
import * as w from './worstCases.ts';

export interface WorstCase {
  name: string;
  bytes: number;
  steps: number;
  errors: number;
  stopped: boolean;
  seconds: number;
  /** CPU time of this process over the case: on a shared machine, wall time counts the neighbours too. */
  cpuSeconds: number;
}

const CASES: Array<{ name: string; text: () => string; timeline?: boolean }> = [
  { name: '150,000 one-page mmaps in one process', text: () => w.manyVmas(150_000) },
  {
    name: 'the same in the worker timeline, then fork and exit',
    text: () => w.manyVmas(149_990) + 'p: fork -> c\nc: exit\np: exit\n',
    timeline: true,
  },
  { name: '75,000 maps unmapped from the bottom', text: () => w.unmapFromBottom(150_000) },
  { name: "irix's eager 65,536-page card loop (to the work bound)", text: () => w.eagerCardLoop(74_000) },
  { name: '150,000 open files', text: () => w.manyFiles(150_000) },
  { name: 'every limit at once, 150,000 steps', text: () => w.everyLimit() },
  { name: 'machine x=1 80,000 times', text: () => w.repeatedMachineKeys(80_000, 'x=1') },
  { name: 'a 320 KB line of repeated machine keys', text: () => w.repeatedMachineKeys(53_333) },
  { name: '200,000 bad lines', text: () => w.badLines(200_000) },
  { name: 'a title of 2 million bad escapes', text: () => w.badEscapes(2_000_000) },
];

function timeOne(c: (typeof CASES)[number]): WorstCase {
  const text = c.text();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const parsed = parseScenario(text);
  let steps = 0;
  let stopped = false;
  if (parsed.ok) {
    if (c.timeline) {
      const t = new Timeline(parsed.scenario);
      t.advance(t.length, false);
      steps = t.done;
      stopped = t.stoppedAt !== null;
    } else {
      const r = runBounded(parsed.scenario);
      steps = r.rows.length;
      stopped = r.stoppedAt !== null;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = +((cpu.user + cpu.system) / 1e6).toFixed(2);
  const errors = parsed.ok ? 0 : parsed.errors.length;
  return {
    name: c.name,
    bytes: text.length,
    steps,
    errors,
    stopped,
    seconds: +seconds.toFixed(2),
    cpuSeconds,
  };
}

/** Times worst case `i` once, in this process. */
export function timeWorstCase(i: number): WorstCase {
  return timeOne(CASES[i]!);
}

/**
 * Times every worst case once, each in a fresh Node process that runs `script` (the benchmark's bundle)
 * with `--worst-case=I` and prints its figures. A worst case is a file as the runner meets it, one per
 * process, or as the worker does, holding one run. Timed in the benchmark's own process, after the
 * 100,000-step scenario and the attack search, the eager card loop took 10.7 to 11.8 s instead of 8.5:
 * the garbage collector marked their leftovers and the JIT's code had been tuned to their objects.
 */
export function worstCases(script: string): WorstCase[] {
  return CASES.map((c, i) => {
    const run = spawnSync(process.execPath, [...process.execArgv, script, `--worst-case=${i}`], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`worst case "${c.name}" failed: ${run.stderr.trim()}`);
    return JSON.parse(run.stdout) as WorstCase;
  });
}
