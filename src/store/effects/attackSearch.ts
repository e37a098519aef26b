/**
 * Runs the attack search for the page: the editor's text under the kernel in use, in the search worker
 * (searchClient.ts), reporting to the search slice. One search at a time, cancelled through an
 * AbortSignal (which terminates its worker). A found attack opens as a new draft in walkthrough mode at
 * the step that breaks the rule.
 */

import type { Rule } from '../../sim/spec.ts';
import { searchInWorker, type SearchCall } from '../../worker/searchClient.ts';
import type { SearchOutcome } from '../../worker/searchProtocol.ts';
import type { AppStore } from '../store.ts';

/**
 * The most steps a search in the page tries. The seen states are kept as 53-bit hashes and the frontier
 * as shared paths: a million steps tried on vt-switch-linux at depth 8 held 56 MB (375,000 distinct
 * states), which a phone can hold, and took 4.5 s in Node on this 2-core machine.
 */
export const APP_MAX_STATES = 1_000_000;

let running: AbortController | null = null;

/** Starts a search of the store's text, cancelling one still running. */
export async function startAttackSearch(
  store: AppStore,
  choice: { depth: number; rule: Rule | null },
  createWorker?: SearchCall['createWorker'],
): Promise<void> {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const s = store.getState();
  s.searchStarted(choice.depth);
  const request = { text: s.text, kernel: s.kernelOverride, ...choice, maxStates: APP_MAX_STATES };
  try {
    const outcome = await searchInWorker(request, {
      signal: controller.signal,
      onProgress: (figures) => store.getState().searchProgress(figures),
      createWorker,
    });
    store.getState().searchFinished(outcome);
  } catch {
    // Aborted: by Cancel (said as cancelled), or by a newer search, which owns the slice now.
    if (running === controller) store.getState().searchCancelled();
  } finally {
    if (running === controller) running = null;
  }
}

/** Cancels the search running, if any: its worker is terminated at once. */
export function cancelAttackSearch(): void {
  running?.abort();
}

/** Opens a found attack as a draft of the user's own, in walkthrough mode, at its violating step. */
export function openAttack(store: AppStore, found: Extract<SearchOutcome, { kind: 'found' }>): void {
  const s = store.getState();
  s.setAttackOpen(false);
  s.setMode('walkthrough');
  s.openFileText(found.attack, `attack on ${found.rule}.scn`, { step: found.violatingStep, kernel: null });
}
