/**
 * How far playback may go in predict mode: up to the step before the first question not yet answered.
 * Every way of moving (step, play, scrub, the address, the keyboard) is clamped by it, so the page never
 * asks the worker for the frame of a step whose outcome the student has still to predict.
 */

import { MARK } from '../worker/protocol.ts';
import type { AppState } from './types.ts';

type Gated = Pick<AppState, 'mode' | 'marks' | 'stepCount' | 'answered'>;

/** The first step (1-based) that asks and has no grade yet, or null when every question is answered. */
export function nextQuestion(s: Pick<AppState, 'marks' | 'answered'>, from = 1): number | null {
  for (let k = Math.max(1, from); k <= s.marks.length; k++)
    if ((s.marks[k - 1]! & MARK.asks) !== 0 && s.answered[k] === undefined) return k;
  return null;
}

/** The last step playback may show: stepCount outside predict mode. */
export function stepLimit(s: Gated): number {
  if (s.mode !== 'predict') return s.stepCount;
  const k = nextQuestion(s);
  return k === null ? s.stepCount : Math.min(k - 1, s.stepCount);
}
