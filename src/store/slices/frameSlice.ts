/**
 * The frame slice: the step on screen, as the worker computed it (pictures before and after, its events,
 * its row). It may lag `step` while the next frame is on its way; the drawing shows it meanwhile.
 *
 * At max speed it also holds the frames fetched ahead: the steps the ticker will show next, asked for
 * before their turn so that a reply held up for a frame or so (on two cores the worker and the page
 * take turns) is in hand when the display wants it. A plan is the run's and starts at the step it was
 * made from: once either changes (a new run, a seek, a restart from step 0) it is forgotten, whatever
 * of it is still on its way. A pause forgets it too: the next play starts again from a stride of one.
 */

import type { Frame } from '../../worker/protocol.ts';
import { stepLimit } from '../predictGate.ts';
import { END, type AppState, type SliceCreator } from '../types.ts';

/** A step fetched ahead: its frame and the worker's time for it once here. */
export interface AheadStep {
  step: number;
  arrived: { frame: Frame; ms: number } | null;
}

/** The steps fetched ahead, in order, for run `run` from step `from` (the step on screen). */
export interface AheadPlan {
  run: number;
  from: number;
  steps: readonly AheadStep[];
}

export interface FrameSlice {
  frame: Frame | null;
  /** The worker's time for the last frame (ms): max-speed playback sizes its strides by it. */
  frameMs: number;
  ahead: AheadPlan;
  frameArrived(frame: Frame, ms: number): void;
  /** Asks for `step`'s frame after the steps already fetched ahead (the bridge sends it). */
  planAhead(step: number): void;
  /** A frame fetched ahead is here; one no longer planned is dropped. */
  aheadArrived(frame: Frame, ms: number): void;
  /** Moves on to the first step fetched ahead, with its frame, if it is here (and the gate lets it). */
  showAhead(): void;
}

/** No step fetched ahead. */
export const NO_PLAN: AheadPlan = { run: 0, from: -1, steps: [] };

/** The steps fetched ahead of the step on screen in this run: none once the plan is stale. */
export function aheadOf(s: Pick<AppState, 'ahead' | 'runSeq' | 'step'>): readonly AheadStep[] {
  return s.ahead.run === s.runSeq && s.ahead.from === s.step ? s.ahead.steps : [];
}

export const createFrameSlice: SliceCreator<FrameSlice> = (set) => ({
  frame: null,
  frameMs: 0,
  ahead: NO_PLAN,
  frameArrived: (frame, ms) =>
    set((s) =>
      // Now that the step's event count is known, an index past it means "after the step".
      frame.step === s.step && s.eventIndex > frame.events.length
        ? { frame, frameMs: ms, eventIndex: Number.POSITIVE_INFINITY }
        : { frame, frameMs: ms },
    ),
  planAhead: (step) =>
    set((s) => ({
      ahead: { run: s.runSeq, from: s.step, steps: [...aheadOf(s), { step, arrived: null }] },
    })),
  aheadArrived: (frame, ms) =>
    set((s) => {
      const steps = aheadOf(s);
      const at = steps.findIndex((a) => a.step === frame.step && !a.arrived);
      if (at < 0) return {};
      const filled = steps.map((a, i) => (i === at ? { step: a.step, arrived: { frame, ms } } : a));
      return { ahead: { ...s.ahead, steps: filled } };
    }),
  showAhead: () =>
    set((s) => {
      const [next, ...rest] = aheadOf(s);
      // Predict mode's gate holds for steps fetched ahead too.
      if (!next?.arrived || next.step > stepLimit(s)) return {};
      const { frame, ms } = next.arrived;
      return {
        step: next.step,
        eventIndex: END,
        animating: false,
        frame,
        frameMs: ms,
        ahead: { run: s.runSeq, from: next.step, steps: rest },
      };
    }),
});
