/**
 * The attack search as the page shows it: whether its dialog is open, and where the search is (running
 * with its latest figures, done with its outcome, cancelled). attackSearch.ts runs it and reports here.
 */

import type { SearchFigures, SearchOutcome } from '../../worker/searchProtocol.ts';
import type { SliceCreator } from '../types.ts';

export type AttackSearch =
  | { phase: 'idle' }
  | { phase: 'running'; depth: number; figures: SearchFigures | null }
  | { phase: 'done'; depth: number; outcome: SearchOutcome }
  | { phase: 'cancelled'; depth: number; figures: SearchFigures | null };

export interface SearchSlice {
  attackOpen: boolean;
  attackSearch: AttackSearch;
  /** Opens or closes the dialog; closing forgets the last search (attackSearch.ts cancels one running). */
  setAttackOpen(open: boolean): void;
  searchStarted(depth: number): void;
  searchProgress(figures: SearchFigures): void;
  searchFinished(outcome: SearchOutcome): void;
  searchCancelled(): void;
}

export const createSearchSlice: SliceCreator<SearchSlice> = (set, get) => ({
  attackOpen: false,
  attackSearch: { phase: 'idle' },

  // A result belongs to the text it searched: the dialog opens afresh, with no result from before.
  setAttackOpen: (attackOpen) =>
    set(attackOpen ? { attackOpen } : { attackOpen, attackSearch: { phase: 'idle' } }),
  searchStarted: (depth) => set({ attackSearch: { phase: 'running', depth, figures: null } }),
  searchProgress: (figures) => {
    const now = get().attackSearch;
    if (now.phase === 'running') set({ attackSearch: { ...now, figures } });
  },
  searchFinished: (outcome) => {
    const now = get().attackSearch;
    if (now.phase === 'running') set({ attackSearch: { phase: 'done', depth: now.depth, outcome } });
  },
  searchCancelled: () => {
    const now = get().attackSearch;
    if (now.phase === 'running')
      set({ attackSearch: { phase: 'cancelled', depth: now.depth, figures: now.figures } });
  },
});
