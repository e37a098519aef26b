/**
 * Time for playback. `nextMove` is pure: given the state and the milliseconds since the last move, it
 * says what comes next (tests drive it with made-up times). `startTicker` runs it on animation frames
 * while something moves, and sizes max-speed strides so the worker's share of a frame stays near 4 ms,
 * the page gets no more than CHANGE_BUDGET changed values a frame, and the page's drawing keeps to its
 * frames: a stride's steps are skipped (only the frame after the last is fetched and drawn), and the
 * more steps a stride skips, the more of the drawing changes at once. Strides are fetched AHEAD steps
 * ahead of the one on screen, so each animation frame has one in hand.
 */

import { shallow } from 'zustand/shallow';

import { stepLimit } from '../predictGate.ts';
import { aheadOf, nextAhead } from '../slices/frameSlice.ts';
import { noMotion } from '../slices/playbackSlice.ts';
import type { AppStore } from '../store.ts';
import type { AppState } from '../types.ts';
import type { Frame } from '../../worker/protocol.ts';

/** One event's movement at speed 1 (the design's 150 to 400 ms). */
export const EVENT_MS = 250;
/** Without motion, how long each step stays on screen while playing at speed 1. */
export const STEP_HOLD_MS = 500;
/**
 * The worker's time budget per animation frame at max speed. Not more: on a machine of two cores the
 * worker's time is taken from the page's (the main thread drawing each stride, its raster and compositor
 * threads), and a longer stride changes more of the drawing at once. On the shared 2-core VM, 4 ms gave
 * late frames less often than 8 (bench:ui mean frame 18-22 vs 22-27 ms) before the drawing's own work
 * per frame shrank; since then the two are within the noise, and 4 ms keeps each frame's change small.
 */
export const FRAME_BUDGET_MS = 4;
/**
 * The page's budget of changed values per animation frame at max speed (Frame.changes: what a frame's
 * pictures changed, as the worker sent them). What a frame costs the page grows with it: unpacking the
 * worker's message, patching the picture, the React render, layout and paint of what changed, and the
 * garbage, whose collections were in most of the slowest twentieth of frames. On the 100,000-step
 * benchmark a stride of 256 steps changes about 2,100 values, one of 1,024 about 3,900. bench:ui on
 * the 2-core VM, p95 of the page's work per frame: 8-11 ms at 140-160k steps a second before this
 * budget; with it, 7.5-8 ms at 4,000 (56k). At 3,000 (about 30k steps a second) 6.4-7.5 ms one day
 * and 7.3-9.8 the next (the same build: the VM's speed varies); at 2,000 (12-14k), 7.0-7.9 on that
 * slower day. Past 8 ms a frame the page has little left of a display frame on two cores.
 */
export const CHANGE_BUDGET = 2000;
/** Animation frames further apart than this missed a display frame (60 Hz: 16.7 ms): the draw was late. */
export const LATE_FRAME_MS = 25;

/**
 * What a frame shown at max speed cost: the worker's time for it and the values it changed, over the
 * `steps` it moved on (the stride it was asked for; the last one, when not given).
 */
export type StrideCost = Pick<AppState, 'frameMs'> & Pick<Frame, 'changes'> & { steps?: number };

export type Move = 'advance' | 'settle' | 'next' | 'stride' | 'stop' | null;

type Clocked = Pick<
  AppState,
  'frame' | 'step' | 'eventIndex' | 'stepCount' | 'playing' | 'animating' | 'speed' | 'reducedMotion'
>;

/** What playback does now, `elapsed` ms after the last move. */
export function nextMove(s: Clocked, elapsed: number): Move {
  // Nothing moves until the step's frame is here: its events set the pace.
  if (s.frame?.step !== s.step) return null;
  const events = s.frame.events.length;
  if (s.animating) {
    if (s.eventIndex === 0 && events > 0) return 'advance';
    if (elapsed < EVENT_MS / s.speed) return null;
    return s.eventIndex < events ? 'advance' : 'settle';
  }
  if (!s.playing) return null;
  if (s.step >= s.stepCount) return 'stop';
  if (s.speed === Number.POSITIVE_INFINITY) return 'stride';
  if (noMotion(s) && elapsed < STEP_HOLD_MS / s.speed) return null;
  return 'next';
}

/**
 * The next stride at max speed: grows or shrinks in proportion to the worker's time for the last one
 * and to the values it changed, each against its budget, and halves when drawing it made the page miss
 * a frame (`gapMs`: the time between the animation frames around it).
 * Growth doubles until the first missed frame; from then on it creeps up by an eighth a frame, and only
 * up to `ceiling` (three quarters of the stride that missed). The more steps a stride skips, the more of
 * the drawing changes at once: doubling straight back to a stride that missed a frame missed every few
 * frames (TCP's slow start and congestion avoidance, for the same reason).
 */
export function nextStride(stride: number, cost: StrideCost, gapMs = 0, ceiling = Infinity): number {
  if (gapMs > LATE_FRAME_MS) return Math.max(1, Math.floor(stride / 2));
  const steps = cost.steps ?? stride;
  const byWorker = Math.round((steps * FRAME_BUDGET_MS) / Math.max(cost.frameMs, 0.5));
  const byPage = Math.round((steps * CHANGE_BUDGET) / Math.max(cost.changes ?? 0, 1));
  const grown =
    ceiling === Infinity ? stride * 2 : Math.max(stride, Math.min(Math.ceil(stride * 1.125), ceiling));
  return Math.max(1, Math.min(byWorker, byPage, grown, 4096));
}

/** The ceiling after a stride of `stride` steps missed a frame. */
export const ceilingAfter = (stride: number) => Math.max(1, Math.floor((stride * 3) / 4));

/**
 * The ceiling for the next stride, after the stride `stride` drew with `gapMs` between frames: set
 * below a stride that missed a frame; lifted a little (a thirty-second) by one on time, so a busy spell
 * that has passed does not hold max speed back for the rest of the run. Infinity until a frame is missed.
 */
export function nextCeiling(ceiling: number, stride: number, gapMs: number): number {
  if (gapMs > LATE_FRAME_MS) return ceilingAfter(stride);
  return ceiling === Infinity ? ceiling : ceiling + Math.ceil(ceiling / 32);
}

/** What the clock wakes on: what moves playback (the place, and its frame), and playing or animating. */
const clocked = ({ step, eventIndex, frame, playing, animating }: AppState) => ({
  step,
  eventIndex,
  frame,
  playing,
  animating,
});

/**
 * How many steps max-speed playback keeps fetched ahead: the next step to show, and one more on its way,
 * so a reply held up past one display frame still comes in time for the next (bench:ui on the 2-core VM:
 * round trips of 13-20 ms for 2-9 ms of the worker's time, when each reply was shown as it came).
 */
export const AHEAD = 2;

/**
 * Max-speed playback, one animation frame at a time: shows the next step fetched ahead if it is here,
 * sizing the stride by what that step cost, and plans ahead up to AHEAD steps, each a stride on from the
 * last, in one change of state (each change runs every subscriber's selector: about 0.25 ms a frame on
 * bench:ui). `reset` starts the next play again from a stride of one.
 */
function racer(store: AppStore) {
  let stride = 1;
  /** Below the last stride that missed a frame since playback started (nextCeiling). */
  let ceiling = Infinity;
  return {
    frame(gap: number) {
      const s = store.getState();
      const ahead = aheadOf(s);
      const next = nextAhead(s);
      if (next) {
        const { frame, ms } = next.arrived;
        const steps = next.step - s.step;
        ceiling = nextCeiling(ceiling, steps, gap);
        stride = nextStride(stride, { frameMs: ms, changes: frame.changes, steps }, gap, ceiling);
      }
      const kept = ahead.length - (next ? 1 : 0);
      const limit = stepLimit(s);
      const plan: number[] = [];
      let last = ahead.at(-1)?.step ?? s.step;
      while (kept + plan.length < AHEAD && last < limit) {
        last = Math.min(limit, last + stride);
        plan.push(last);
      }
      if (next || plan.length > 0) s.raceOn(plan);
      // At predict mode's gate, with nothing left to show, playback stops, as a step at a time does.
      else if (ahead.length === 0 && s.step >= limit) s.pause();
    },
    reset() {
      [stride, ceiling] = [1, Infinity];
    },
  };
}

/** Runs playback on animation frames while it is playing or animating; returns a stop function. */
export function startTicker(
  store: AppStore,
  clock: { now(): number; frame(cb: () => void): number; cancel(id: number): void },
): () => void {
  let movedAt = clock.now();
  let handle: number | null = null;
  let tickedAt = clock.now();
  const race = racer(store);

  const tick = () => {
    handle = null;
    // The gap since the last animation frame: what the last draw cost the page, if anything.
    const gap = clock.now() - tickedAt;
    tickedAt = clock.now();
    const s = store.getState();
    const move = nextMove(s, clock.now() - movedAt);
    if (move === 'advance') s.advanceEvent();
    else if (move === 'settle') s.settle();
    else if (move === 'next') s.playNext();
    else if (move === 'stop') s.pause();
    else if (move === 'stride') race.frame(gap);
    schedule(true);
  };
  const schedule = (fromTick = false) => {
    const s = store.getState();
    if (handle !== null || !(s.playing || s.animating)) return;
    // After a rest the first gap would count the rest: start measuring from now.
    if (!fromTick) tickedAt = clock.now();
    handle = clock.frame(tick);
  };
  const unsubscribe = store.subscribe(
    clocked,
    (now, before) => {
      if (now.step !== before.step || now.eventIndex !== before.eventIndex || now.frame !== before.frame)
        movedAt = clock.now();
      if (!now.playing && before.playing) race.reset();
      schedule();
    },
    { equalityFn: shallow },
  );
  schedule();
  return () => {
    unsubscribe();
    if (handle !== null) clock.cancel(handle);
  };
}
