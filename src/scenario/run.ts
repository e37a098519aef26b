/** Runs a whole scenario and checks its expectations: what the runner, the tests and the app share. */

import { boot } from '../sim/boot.ts';
import { runStep } from '../sim/engine.ts';
import type { StepOutcome } from '../sim/outcome.ts';
import type { KernelName, Scenario, Step } from '../sim/spec.ts';
import { overWorkLimit } from '../sim/work.ts';
import { failedExpectations } from './expect.ts';

export interface StepRow extends StepOutcome {
  /** The text of each expect line of the step that did not hold. */
  expectFailed: string[];
}

export interface RunResult {
  rows: StepRow[];
  /** The step after which the run passed the work bound (its last row), or null. */
  stoppedAt: Step | null;
}

/** Every step's outcome and failed expectations, up to the step that passes the work bound if one does. */
export function runBounded(s: Scenario, kernel?: KernelName, workLimit?: number): RunResult {
  const state = boot(s, kernel);
  const rows: StepRow[] = [];
  for (const step of s.steps) {
    const { outcome } = runStep(state);
    rows.push({ ...outcome, expectFailed: failedExpectations(step, outcome, s.machine.pageSize) });
    if (overWorkLimit(state, workLimit)) return { rows, stoppedAt: step };
  }
  return { rows, stoppedAt: null };
}

/** Every step's outcome and failed expectations, under the scenario's kernel or `kernel` (see runBounded). */
export function runScenario(s: Scenario, kernel?: KernelName): StepRow[] {
  return runBounded(s, kernel).rows;
}

/** How many steps ran and how many had a failed expectation. */
export function summarize(rows: readonly StepRow[]): { steps: number; failed: number } {
  return { steps: rows.length, failed: rows.filter((r) => r.expectFailed.length > 0).length };
}
