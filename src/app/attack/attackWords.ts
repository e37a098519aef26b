/**
 * The attack search in words: its progress line, what the live region says (only when the depth
 * changes, not every report), and each outcome as a sentence. Pure, tested without React.
 */

import type { AttackSearch } from '../../store/slices/searchSlice.ts';
import type { SearchFigures, SearchOutcome } from '../../worker/searchProtocol.ts';

/** A count grouped for reading: 12,345. */
export const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const plural = (n: number, one: string, many = `${one}s`) => `${grouped(n)} ${n === 1 ? one : many}`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** The line under the progress bar. */
export function progressLine(depth: number, figures: SearchFigures | null): string {
  if (!figures) return `Depth 1 of ${depth}: starting…`;
  const rate = figures.perSecond > 0 ? `, ${grouped(figures.perSecond)} states/s` : '';
  return `Depth ${figures.depth} of ${depth}, ${plural(figures.explored, 'state')} explored${rate}`;
}

/** What the polite live region says while a search runs: the depth, which changes a few times a search. */
export function progressAnnouncement(depth: number, figures: SearchFigures | null): string {
  return `Searching depth ${figures?.depth ?? 1} of ${depth}…`;
}

/** The outcome of a search as one or two sentences. */
export function outcomeWords(outcome: SearchOutcome): string {
  switch (outcome.kind) {
    case 'found':
      return (
        `Attack found in ${plural(outcome.steps, 'step')}: breaks ${outcome.rule} at step ` +
        `${outcome.violatingStep} under ${outcome.kernel}.`
      );
    case 'none': {
      const f = outcome.figures;
      return (
        `No attack within depth ${f.depth} under ${outcome.kernel} ` +
        `(${plural(f.explored, 'state')} explored in ${seconds(f.ms)}).`
      );
    }
    case 'stopped': {
      const f = outcome.figures;
      return (
        `The search stopped at its bound of ${
          outcome.bound === 'work'
            ? `${grouped(outcome.maxWork)} page operations (this setup's steps are costly)`
            : `${grouped(outcome.maxStates)} states`
        }, in depth ${f.depth}, ` +
        `before it could rule out an attack (${seconds(f.ms)}). A smaller depth searches fewer states.`
      );
    }
    case 'invalid': {
      const first = outcome.errors[0];
      const where = first
        ? ` The first, at line ${first.line}, column ${first.col}: ${first.message.replace(/\.$/, '')}.`
        : '';
      return (
        `The editor's text has ${plural(outcome.errors.length, 'error')}, marked in the editor: ` +
        `fix them, then search again.${where}`
      );
    }
    case 'broken-already':
      return `The setup already breaks ${outcome.rule} under ${outcome.kernel}: no attack is needed.`;
    case 'failed':
      return `The search failed: ${outcome.message}`;
  }
}

/** The result region's words for a search that is over (null while none is). */
export function searchOverWords(search: AttackSearch): string | null {
  if (search.phase === 'done') return outcomeWords(search.outcome);
  if (search.phase === 'cancelled') {
    const at = search.figures;
    return at
      ? `Search cancelled in depth ${at.depth} of ${search.depth}, after ${plural(at.explored, 'state')}.`
      : 'Search cancelled.';
  }
  return null;
}
