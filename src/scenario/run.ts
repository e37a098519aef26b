/** Runs a whole scenario and checks its expectations: what the runner, the tests and the app share. */

import { boot } from '../sim/boot.ts';
import { runStep } from '../sim/engine.ts';
import type { StepOutcome } from '../sim/outcome.ts';
import type { KernelName, Scenario } from '../sim/spec.ts';
import { failedExpectations } from './expect.ts';

export interface StepRow extends StepOutcome {
  /** The text of each expect line of the step that did not hold. */
  expectFailed: string[];
}

/** Every step's outcome and failed expectations, under the scenario's kernel or `kernel`. */
export function runScenario(s: Scenario, kernel?: KernelName): StepRow[] {
  const state = boot(s, kernel);
  const rows: StepRow[] = [];
  for (const step of s.steps) {
    const { outcome } = runStep(state);
    rows.push({ ...outcome, expectFailed: failedExpectations(step, outcome, s.machine.pageSize) });
  }
  return rows;
}

/** How many steps ran and how many had a failed expectation. */
export function summarize(rows: readonly StepRow[]): { steps: number; failed: number } {
  return { steps: rows.length, failed: rows.filter((r) => r.expectFailed.length > 0).length };
}
