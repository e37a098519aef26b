/**
 * What the page's one polite live region says, and when: the step the page has settled on, said once
 * (app/StepAnnouncer.tsx). Moving (a step, a seek, a scrubber drag, playback) is quiet; settling speaks.
 */

import { BOOT_ANNOUNCEMENT, sentenceCase, stepAnnouncement } from '../scenario/stepWords.ts';
import { differenceSentence } from './differenceWords.ts';
import { differenceAt } from './differences.ts';
import type { AppState } from './types.ts';

/**
 * How long the page must stay on a step before it is said: a held arrow key or a scrubber drag passes
 * many steps, and a listener wants the one it stops at, not a queue of the ones it passed.
 */
export const SETTLE_MS = 250;

/**
 * The step the page shows and stays on: its frame is here and playback is stopped (a step moved by hand
 * may still animate: its outcome is known). null while playing or while the frame is on its way.
 */
export const selectSettledStep = (s: AppState): number | null =>
  !s.playing && s.runSeq > 0 && s.frame?.step === s.step ? s.step : null;

export const selectRun = (s: AppState) => s.runSeq;

/** The words for the step on screen, with the kernels' difference when two run side by side. */
export function announcementOf(s: AppState): string | null {
  const f = s.frame;
  if (!f) return null;
  if (f.step === 0 || f.row === null) return BOOT_ANNOUNCEMENT;
  const said = stepAnnouncement({ step: f.step, row: f.row, events: f.events, after: f.after });
  const k = s.comparedKernels;
  const d = k && s.comparison ? differenceAt(s.comparison, f.step) : undefined;
  // The difference's own "step N:" is already said at the start.
  return k && d
    ? `${said}. ${sentenceCase(differenceSentence(d, k.a, k.b).replace(/^step \d+: /, ''))}`
    : said;
}
