/**
 * Selectors, at module scope so each component's subscription stays the same function across renders.
 * Picks that build an object are wrapped in useShallow where they are used.
 */

import { replay } from '../sim/replay.ts';
import type { MachinePicture } from '../sim/picture.ts';
import type { Frame } from '../worker/protocol.ts';
import type { AppState } from './types.ts';

/** The events of the frame on screen that have happened (all of them when the frame lags `step`). */
export function shownEventIndex(s: Pick<AppState, 'frame' | 'step' | 'eventIndex'>): number {
  const f = s.frame;
  if (!f) return 0;
  return f.step === s.step ? Math.min(s.eventIndex, f.events.length) : f.events.length;
}

export const selectFrame = (s: AppState) => s.frame;
export const selectShownEventIndex = (s: AppState) => shownEventIndex(s);

// The buttons need only whether we are at an end: with the step itself the bar (and its speed menu)
// would render again on every step of a max-speed run.
export const selectPlaybackBar = (s: AppState) => ({
  atStart: s.step === 0,
  atEnd: s.step >= s.stepCount,
  stepCount: s.stepCount,
  playing: s.playing,
  speed: s.speed,
  ready: s.runSeq > 0,
});

export const selectPosition = (s: AppState) => ({
  step: s.frame?.step ?? s.step,
  stepCount: s.stepCount,
  event: shownEventIndex(s),
  events: s.frame?.events.length ?? 0,
});

export const selectMotion = (s: AppState) => ({ reducedMotion: s.reducedMotion, speed: s.speed });

export const selectScenarioBar = (s: AppState) => ({
  builtinId: s.builtinId,
  edited: s.edited,
  kernel: s.kernel,
  scenarioKernel: s.scenarioKernel,
  kernelOverride: s.kernelOverride,
  theme: s.theme,
  reducedMotion: s.reducedMotion,
});

export const selectEditor = (s: AppState) => ({ text: s.text, errors: s.errors, opened: s.opened });

/** Playing at max speed: the step changes on every animation frame. */
export const racing = (s: Pick<AppState, 'playing' | 'speed'>) =>
  s.playing && s.speed === Number.POSITIVE_INFINITY;

/** The first load has come to something: a machine drawn, or a failure to show. */
export const selectFirstSettled = (s: AppState) => s.frame !== null || s.status === 'error';

export const selectLoad = (s: AppState) => ({ status: s.status, alert: s.alert, progress: s.progress });

/** "step 7 of 23, event 3 of 9" (no event part before the first step, where there are none). */
export function positionText(p: { step: number; stepCount: number; event: number; events: number }): string {
  const step = `step ${p.step} of ${p.stepCount}`;
  return p.events === 0 ? step : `${step}, event ${p.event} of ${p.events}`;
}

let memo: { frame: Frame; count: number; picture: MachinePicture } | null = null;

/** The machine after `count` of the frame's events; the last answer is kept (one frame animates at a time). */
export function shownPicture(frame: Frame, count: number): MachinePicture {
  if (count >= frame.events.length) return frame.after;
  if (count <= 0) return frame.before;
  if (memo && memo.frame === frame && memo.count === count) return memo.picture;
  memo = { frame, count, picture: replay(frame.before, frame.events, count) };
  return memo.picture;
}
