/** Test helpers: run scenario text and look at rows, events and state. */

import { parseScenario } from '../src/scenario/index.ts';
import { runScenario, type StepRow } from '../src/scenario/run.ts';
import { boot } from '../src/sim/boot.ts';
import { runStep } from '../src/sim/engine.ts';
import type { TraceEvent } from '../src/sim/events.ts';
import { KERNELS as ALL_KERNELS, type KernelName, type Scenario } from '../src/sim/spec.ts';
import type { SimState } from '../src/sim/state.ts';

/** Every kernel model: tests that hold on each run over all of them. */
export const KERNELS: KernelName[] = [...ALL_KERNELS];

/** Parses scenario text, failing the test with the parser's messages if it is invalid. */
export function parse(text: string): Scenario {
  const r = parseScenario(text);
  if (!r.ok)
    throw new Error(
      'invalid scenario:\n' + r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`).join('\n'),
    );
  return r.scenario;
}

/** Runs the text under `kernel`; returns each step's row. */
export function rows(text: string, kernel?: KernelName): StepRow[] {
  return runScenario(parse(text), kernel);
}

/** The failed expectations of a run, as "line N: expect ..." strings (empty when all held). */
export function failures(text: string, kernel?: KernelName): string[] {
  return rows(text, kernel).flatMap((r) =>
    r.expectFailed.map((e) => `line ${r.line}: ${e} (got ${describe(r)})`),
  );
}

function describe(r: StepRow): string {
  return JSON.stringify({
    result: r.result,
    signal: r.signal,
    fault: r.fault,
    lands: r.lands,
    value: r.value,
    violations: r.violations,
  });
}

/** Runs every step, keeping each step's events, and returns the final state too. */
export function trace(text: string, kernel?: KernelName): { state: SimState; events: TraceEvent[][] } {
  const state = boot(parse(text), kernel);
  const events: TraceEvent[][] = [];
  while (state.step < state.scenario.steps.length) events.push(runStep(state).events);
  return { state, events };
}

/** The kernel API names called during a step's events. */
export function calls(events: TraceEvent[]): string[] {
  return events.flatMap((e) => (e.t === 'call' ? [e.api] : []));
}

/** A scenario with a header for `kernel` and the given body lines. */
export function scn(kernel: KernelName, header: string, body: string): string {
  return `kernel ${kernel}\n${header.trim()}\n${body.trim()}\n`;
}
