/** Predict mode's score: the verdicts the worker gave, counted. */

import type { Answered } from '../../store/slices/lessonSlice.ts';

export interface Score {
  right: number;
  asked: number;
}

export function scoreOf(answered: Readonly<Record<number, Answered>>): Score {
  let right = 0;
  let asked = 0;
  for (const a of Object.values(answered))
    for (const v of a.grade.verdicts) {
      asked++;
      if (v.correct) right++;
    }
  return { right, asked };
}

/** "3 of 5 right (60%)", or "no answers yet". */
export function scoreWords(s: Score): string {
  if (s.asked === 0) return 'no answers yet';
  return `${s.right} of ${s.asked} right (${Math.round((100 * s.right) / s.asked)}%)`;
}
