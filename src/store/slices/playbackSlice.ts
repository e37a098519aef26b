/**
 * The playback slice: where we are (step and event) and how we move. `step` is steps done (0 before the
 * first, as `data-step`); `eventIndex` is how many of that step's events have happened (END: all). Moving
 * only changes these numbers: the bridge fetches the frame, the ticker animates. (Max speed moves by the
 * frames it fetched ahead, step and frame together: frameSlice.ts.)
 */

import { stepLimit } from '../predictGate.ts';
import { NO_PLAN } from './frameSlice.ts';
import { END, type AppState, type SliceCreator } from '../types.ts';

export const SPEEDS = [0.25, 0.5, 1, 2, 4, Number.POSITIVE_INFINITY] as const;

export interface PlaybackSlice {
  step: number;
  eventIndex: number;
  playing: boolean;
  /** 1 is normal; Infinity plays with no animation, as fast as the worker goes. */
  speed: number;
  /** The ticker is moving eventIndex through the step's events. */
  animating: boolean;

  stepForward(): void;
  stepBack(): void;
  eventForward(): void;
  eventBack(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  jumpToStart(): void;
  jumpToEnd(): void;
  /** Shows the state after `step` steps, or `events` of the step's events (the scrubber, the address). */
  seek(step: number, events?: number): void;
  /** Shows the current step up to and including its event `index` (0-based; the event log). */
  jumpToEvent(index: number): void;
  /** The ticker's moves: the next step while playing, */
  playNext(): void;
  /** the next event of the step being animated, */
  advanceEvent(): void;
  /** the end of the step's animation. */
  settle(): void;
}

/** Whether steps change state without movement. */
export function noMotion(s: Pick<AppState, 'reducedMotion' | 'speed'>): boolean {
  return s.reducedMotion || s.speed === Number.POSITIVE_INFINITY;
}

/** The current step's event count, or END while its frame is on its way. */
export function eventCount(s: Pick<AppState, 'frame' | 'step'>): number {
  return s.frame?.step === s.step ? s.frame.events.length : END;
}

const still = { animating: false, playing: false } as const;

/** The next step, moving or not; null at the last step it may show. */
function forward(s: AppState): Partial<AppState> | null {
  if (s.step >= stepLimit(s)) return null;
  return noMotion(s)
    ? { step: s.step + 1, eventIndex: END, animating: false }
    : { step: s.step + 1, eventIndex: 0, animating: true };
}

type Set = Parameters<SliceCreator<PlaybackSlice>>[0];
type Get = Parameters<SliceCreator<PlaybackSlice>>[1];

/** The reader's moves: a step or an event at a time, or straight to a place. Each one stops playback. */
function movesBy(set: Set, get: Get) {
  return {
    stepForward: () => {
      const patch = forward(get());
      if (patch) set({ ...patch, playing: false });
    },
    stepBack: () => set((s) => ({ step: Math.max(0, s.step - 1), eventIndex: END, ...still })),
    eventForward: () =>
      set((s) => {
        const shown = Math.min(s.eventIndex, eventCount(s));
        if (shown < eventCount(s)) return { eventIndex: shown + 1, ...still };
        return s.step < stepLimit(s) ? { step: s.step + 1, eventIndex: 1, ...still } : still;
      }),
    eventBack: () =>
      set((s) => {
        const shown = Math.min(s.eventIndex, eventCount(s));
        // Event 0 of a step shows what the end of the step before shows: skip it.
        if (shown > 1 && shown !== END) return { eventIndex: shown - 1, ...still };
        return s.step > 0 ? { step: s.step - 1, eventIndex: END, ...still } : { eventIndex: END, ...still };
      }),
    jumpToStart: () => set({ step: 0, eventIndex: END, ...still }),
    jumpToEnd: () => set((s) => ({ step: stepLimit(s), eventIndex: END, ...still })),
    seek: (step: number, events = END) => {
      // Predict mode stops every move before an unanswered question (predictGate.ts): a step the gate
      // holds back shows whole, as the step it stops at.
      const to = Math.max(0, Math.min(Math.trunc(step), stepLimit(get())));
      set({ step: to, eventIndex: to === step ? events : END, ...still });
    },
    jumpToEvent: (index: number) => set({ eventIndex: Math.max(1, Math.trunc(index) + 1), ...still }),
  };
}

/** Playback: playing, its speed, and the clock's moves (ticker.ts). */
function playbackBy(set: Set, get: Get) {
  return {
    play: () => {
      const s = get();
      // Play at the end starts again from the beginning, as a media player does.
      if (s.stepCount === 0) return;
      if (s.step >= s.stepCount && !s.animating) set({ step: 0, eventIndex: END, playing: true });
      else set({ playing: true });
    },
    pause: () => set({ playing: false, ahead: NO_PLAN }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    setSpeed: (speed: number) =>
      set((s) =>
        noMotion({ reducedMotion: s.reducedMotion, speed })
          ? { speed, eventIndex: END, animating: false }
          : { speed },
      ),
    playNext: () => {
      const patch = forward(get());
      set(patch ?? { playing: false });
    },
    advanceEvent: () => set((s) => ({ eventIndex: Math.min(s.eventIndex + 1, eventCount(s)) })),
    settle: () => set({ animating: false }),
  };
}

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get) => ({
  step: 0,
  eventIndex: END,
  playing: false,
  speed: 1,
  animating: false,
  ...movesBy(set, get),
  ...playbackBy(set, get),
});
