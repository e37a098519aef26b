/**
 * What the presenter's audience hears, as plain data: the step on screen, its narration, what it did,
 * and (side by side) how the two kernels differ. The presenter view draws it large; the narration window
 * (a second window, same origin) gets it over a BroadcastChannel and follows the presenter's window step by
 * step, and sends the clicker's keys back when it has the focus.
 */

import { describeLands } from '../scenario/describe.ts';
import type { StepDetail } from '../worker/protocol.ts';
import { differenceSentence } from './differenceWords.ts';
import { differenceAt } from './differences.ts';
import type { AppStore } from './store.ts';
import type { AppState } from './types.ts';
import type { Theme } from './slices/viewSlice.ts';

export const NARRATION_CHANNEL = 'pagerlab-narration';

export interface NarrationSnapshot {
  title: string | null;
  /** Steps done, as on the presenter's screen (the frame shown, which may lag a fast click). */
  step: number;
  stepCount: number;
  narration: string | null;
  /** The step as written, with its process: `shell: read scr+16`. */
  text: string | null;
  /** What it did: `ok · page fault · lands device ttyv p0`. */
  outcome: string | null;
  /** The closing narration, once the last step is done. */
  epilogue: string | null;
  /** Side by side: the step's difference in words, or null. */
  difference: string | null;
  theme: Theme;
}

/** A move the narration window asks the presenter's window to make. */
export type NarrationMove = 'next' | 'previous' | 'first' | 'last';

export type NarrationMessage =
  | { type: 'hello' }
  | { type: 'step'; snapshot: NarrationSnapshot }
  | { type: 'move'; move: NarrationMove }
  | { type: 'bye' };

/** `ok · page fault · lands device ttyv p0 · read "hello" · ⚠ vt-foreground`. */
export function outcomeWords(row: StepDetail): string {
  const parts: string[] = [row.result === 'signal' ? (row.signal ?? 'signal') : row.result];
  if (row.fault) parts.push('page fault');
  const lands = describeLands(row.lands);
  if (lands) parts.push(`lands ${lands}`);
  if (row.value !== null) parts.push(`read ${JSON.stringify(row.value)}`);
  if (row.violations.length > 0) parts.push(`⚠ ${row.violations.join(', ')}`);
  return parts.join(' · ');
}

export function narrationSnapshot(s: AppState): NarrationSnapshot {
  const frame = s.frame;
  const step = frame?.step ?? s.step;
  const row = frame?.row ?? null;
  const k = s.comparedKernels;
  const d = k && s.comparison && step > 0 ? differenceAt(s.comparison, step) : undefined;
  return {
    title: s.title,
    step,
    stepCount: s.stepCount,
    narration: row?.story ?? null,
    text: row ? `${row.actor === null ? '' : `${row.actor}: `}${row.text}` : null,
    outcome: row ? outcomeWords(row) : null,
    epilogue: s.stepCount > 0 && step >= s.stepCount ? s.epilogue : null,
    difference: k && d ? differenceSentence(d, k.a, k.b) : null,
    theme: s.theme,
  };
}

/** Applies a narration window's move to the presenter's store. */
export function applyMove(s: AppState, move: NarrationMove): void {
  if (s.runSeq === 0) return;
  if (move === 'next') s.stepForward();
  else if (move === 'previous') s.stepBack();
  else if (move === 'first') s.jumpToStart();
  else if (move === 'last') s.jumpToEnd();
}

/** What the presenter's side needs of a BroadcastChannel (tests pass a fake). */
export interface NarrationPort {
  postMessage(message: NarrationMessage): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/**
 * The presenter's end of the link: posts a snapshot now, on every change of it, and to every narration
 * window that says hello; applies the moves they send. Returns the function that says bye and stops.
 */
export function connectNarration(store: AppStore, port: NarrationPort): () => void {
  let last = '';
  const post = (force: boolean) => {
    const snapshot = narrationSnapshot(store.getState());
    const key = JSON.stringify(snapshot);
    if (!force && key === last) return;
    last = key;
    port.postMessage({ type: 'step', snapshot });
  };
  port.onmessage = (event: MessageEvent) => {
    // Same origin only, but another tab of any version may be talking: read defensively.
    const message = event.data as Partial<NarrationMessage> | null;
    if (message?.type === 'hello') post(true);
    else if (message?.type === 'move' && message.move) applyMove(store.getState(), message.move);
  };
  const unsubscribe = store.subscribe(() => post(false));
  post(true);
  return () => {
    unsubscribe();
    port.onmessage = null;
    port.postMessage({ type: 'bye' });
  };
}
