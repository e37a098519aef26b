/**
 * What the engine bridge does when the store changes, as a pure decision over what it follows: a new
 * load, a reload (predict mode seals or unseals the run), or a frame. bridge.ts is the effect around it.
 */

import { racing } from '../selectors.ts';
import type { WantedLoad } from '../slices/scenarioSlice.ts';
import type { AppState } from '../types.ts';

/** Predict mode loads the run sealed: the page gets no answers with it (protocol.ts, LoadRequest). */
export const sealedFor = (mode: string) => mode === 'predict';

/** What the bridge follows of the state (compared with `shallow`). */
export interface EngineWatch {
  wanted: WantedLoad | null;
  sealed: boolean;
  step: number;
  /** The frame on screen is the step's already (it came with the step, fetched ahead). */
  framed: boolean;
  /** A good run is there to ask frames of. */
  running: boolean;
  /** Playing at max speed animates no events: the frame needs only the picture after its step. */
  afterOnly: boolean;
}

export const engineWatch = (s: AppState): EngineWatch => ({
  wanted: s.wanted,
  sealed: sealedFor(s.mode),
  step: s.step,
  framed: s.frame?.step === s.step,
  running: s.runSeq > 0,
  afterOnly: racing(s),
});

export type EngineMove =
  | { kind: 'want'; wanted: WantedLoad | null }
  | { kind: 'reload' }
  | { kind: 'frame'; step: number; afterOnly: boolean }
  | null;

/** What the bridge does after the state went from `before` to `now`. */
export function engineMove(now: EngineWatch, before: EngineWatch): EngineMove {
  if (now.wanted !== before.wanted) return { kind: 'want', wanted: now.wanted };
  if (now.sealed !== before.sealed && now.wanted) return { kind: 'reload' };
  if (!now.running) return null;
  if (now.step !== before.step && !now.framed)
    return { kind: 'frame', step: now.step, afterOnly: now.afterOnly };
  // Paused (or slowed) from max speed: fetch the step whole, so its events can be stepped through.
  if (before.afterOnly && !now.afterOnly) return { kind: 'frame', step: now.step, afterOnly: false };
  return null;
}
