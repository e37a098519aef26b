/**
 * The messages between the page and the attack-search worker (search.worker.ts). One request per worker:
 * the page starts a fresh worker for each search and terminates it to cancel, so no id is needed. The
 * worker answers with progress replies (at most PROGRESS_PER_SECOND a second) and one final result.
 */

import type { KernelName, Rule } from '../sim/spec.ts';
import type { ParseError } from './protocol.ts';

export interface SearchRequest {
  /** The setup: the editor's text as it is. */
  text: string;
  /** The kernel in use (the override); null: the text's own. */
  kernel: KernelName | null;
  depth: number;
  /** null: any rule the setup did not already break. */
  rule: Rule | null;
  /** The bound on steps tried: a search on a phone must end, and its keys must fit in memory. */
  maxStates: number;
}

/** How far a search has come. */
export interface SearchFigures {
  depth: number;
  /** Attacker steps tried. */
  explored: number;
  /** Distinct states met. */
  distinct: number;
  /** Steps tried per second since the search began (0 before the first second's figures). */
  perSecond: number;
  ms: number;
}

export type SearchOutcome =
  | { kind: 'invalid'; errors: ParseError[] }
  | { kind: 'broken-already'; rule: Rule; kernel: KernelName }
  | {
      kind: 'found';
      rule: Rule;
      kernel: KernelName;
      /** The attack as a complete `.scn` file (attack.ts). */
      attack: string;
      /** Attacker steps. */
      steps: number;
      /** The step (1-based) that breaks the rule: the attack file's last step. */
      violatingStep: number;
      figures: SearchFigures;
    }
  | { kind: 'none'; kernel: KernelName; figures: SearchFigures }
  /** Stopped at its bound (`maxStates`) before the depth was covered: it proves nothing. */
  /** `bound`: what stopped it, the states tried (`maxStates`) or the engine's page operations. */
  | {
      kind: 'stopped';
      bound: 'states' | 'work';
      kernel: KernelName;
      maxStates: number;
      maxWork: number;
      figures: SearchFigures;
    }
  /** The worker failed (a bug of ours, said as one). */
  | { kind: 'failed'; message: string };

export type SearchReply =
  { type: 'progress'; figures: SearchFigures } | { type: 'result'; outcome: SearchOutcome };

/** The most progress replies a second: enough for a bar that moves, few enough not to flood the page. */
export const PROGRESS_PER_SECOND = 10;

/** The depth a search starts with: search.ts's DEFAULT_DEPTH (a test keeps them equal; the page may not import the search). */
export const SEARCH_DEFAULT_DEPTH = 6;
/** The deepest search the page offers: past it, any setup reaches the page's bound on states first. */
export const SEARCH_MAX_DEPTH = 8;
