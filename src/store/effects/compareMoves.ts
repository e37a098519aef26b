/**
 * What the side-by-side bridge does, as pure decisions: when the store changes (`compareMove`), and what
 * a start runs (`compareStart`). compareBridge.ts is the effect around them.
 */

import type { KernelName } from '../../sim/spec.ts';
import type { ScenarioSource } from '../../worker/protocol.ts';
import type { AppState } from '../types.ts';

/** What the compare bridge follows of the state (compared with `shallow`). */
export const compareWatch = (s: AppState) => ({
  compare: s.compare,
  runSeq: s.runSeq,
  mode: s.mode,
  step: s.step,
});
export type CompareWatch = ReturnType<typeof compareWatch>;

/** A new run or another compared kernel starts again; a new step asks the compared run for its frame. */
export function compareMove(now: CompareWatch, before: CompareWatch): 'start' | 'frame' | null {
  if (now.compare !== before.compare || now.runSeq !== before.runSeq || now.mode !== before.mode)
    return 'start';
  return now.step !== before.step ? 'frame' : null;
}

export type CompareStart =
  /** Nothing to compare: the worker goes. */
  | { kind: 'stop' }
  /** Until the main run is there, there is nothing to compare with: its arrival starts again. */
  | { kind: 'wait' }
  /** The scenario under kernel `b`, and both kernels' outcome tables. */
  | { kind: 'run'; source: ScenarioSource; a: KernelName; b: KernelName };

export function compareStart(s: AppState): CompareStart {
  // Predict mode compares nothing: the other kernel's outcomes would answer the questions.
  const compare = s.mode === 'predict' ? null : s.compare;
  if (compare === null) return { kind: 'stop' };
  if (s.runSeq === 0 || !s.wanted || s.kernel === null) return { kind: 'wait' };
  return { kind: 'run', source: s.wanted.source, a: s.kernel, b: compare };
}
