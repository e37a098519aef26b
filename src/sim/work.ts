/**
 * The bound on a run's work (scenario-language.md, "What makes a file invalid"): the engine counts page
 * operations in `SimState.work`, and whoever runs steps stops after the step that passes the bound.
 */

import type { SimState } from './state.ts';

/** The most page operations a run may do. */
export const WORK_LIMIT = 20_000_000;

/** Whether the run has done more page operations than the bound (`limit`: tests pass a small one). */
export function overWorkLimit(s: SimState, limit = WORK_LIMIT): boolean {
  return s.work > limit;
}

/** The message at the step that crossed the bound, for the runner and the app alike. */
export const WORK_LIMIT_MESSAGE =
  'this scenario does more than 20,000,000 page operations (stopped at this step)';
