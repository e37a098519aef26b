/**
 * The frame slice: the step on screen, as the worker computed it (pictures before and after, its events,
 * its row). It may lag `step` while the next frame is on its way; the drawing shows it meanwhile.
 *
 * At max speed it also holds the frames fetched ahead: the steps the ticker will show next, asked for
 * before their turn so that a reply held up for a frame or so (on two cores the worker and the page
 * take turns) is in hand when the display wants it. A plan is the run's and starts at the step it was
 * made from: once either changes (a new run, a seek, a restart from step 0) it is forgotten, whatever
 * of it is still on its way. A pause forgets it too (the next play starts again from a stride of one),
 * and so does a worker that restarted under it, its requests lost with the old worker.
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
  /** A frame fetched ahead is here; one no longer planned is dropped. */
  aheadArrived(frame: Frame, ms: number): void;
  /** Frames fetched ahead will not come (the worker restarted): the plan is made again. */
  aheadLost(): void;
  /**
   * Max-speed playback's move, in one change of state: on to the first step fetched ahead if its frame
   * is here (nextAhead), then `plan`'s steps fetched after the rest (the bridge sends them).
   */
  raceOn(plan: readonly number[]): void;
}

/** No step fetched ahead. */
export const NO_PLAN: AheadPlan = { run: 0, from: -1, steps: [] };

/** The steps fetched ahead of the step on screen in this run: none once the plan is stale. */
export function aheadOf(s: Pick<AppState, 'ahead' | 'runSeq' | 'step'>): readonly AheadStep[] {
  return s.ahead.run === s.runSeq && s.ahead.from === s.step ? s.ahead.steps : [];
}

/** The first step fetched ahead, if its frame is here and predict mode's gate lets it be shown. */
export function nextAhead(
  s: Pick<AppState, 'ahead' | 'runSeq' | 'step'> & Parameters<typeof stepLimit>[0],
): (AheadStep & { arrived: NonNullable<AheadStep['arrived']> }) | null {
  const next = aheadOf(s)[0];
  return next?.arrived && next.step <= stepLimit(s) ? { step: next.step, arrived: next.arrived } : null;
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
  aheadArrived: (frame, ms) =>
    set((s) => {
      const steps = aheadOf(s);
      const at = steps.findIndex((a) => a.step === frame.step && !a.arrived);
      if (at < 0) return {};
      const filled = steps.map((a, i) => (i === at ? { step: a.step, arrived: { frame, ms } } : a));
      return { ahead: { ...s.ahead, steps: filled } };
    }),
  aheadLost: () => set({ ahead: NO_PLAN }),
  raceOn: (plan) =>
    set((s) => {
      const next = nextAhead(s);
      const kept = next ? aheadOf(s).slice(1) : aheadOf(s);
      const steps = [...kept, ...plan.map((step) => ({ step, arrived: null }))];
      if (!next) return { ahead: { run: s.runSeq, from: s.step, steps } };
      return {
        step: next.step,
        eventIndex: END,
        animating: false,
        frame: next.arrived.frame,
        frameMs: next.arrived.ms,
        ahead: { run: s.runSeq, from: next.step, steps },
      };
    }),
});
