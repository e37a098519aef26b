/**
 * The search worker's logic, without `self` so Node tests run it: the attack search of src/search on the
 * request's text, its progress through the gate of searchThrottle.ts, and its result as the page needs it
 * (the attack's file and the step that breaks the rule, ready to open as a walkthrough).
 */

import { parseScenario } from '../scenario/index.ts';
import { attackFile } from '../search/attack.ts';
import { DEFAULT_MAX_WORK, searchAttack } from '../search/search.ts';
import { figuresAt, progressGate } from './searchThrottle.ts';
import {
  PROGRESS_PER_SECOND,
  type SearchFigures,
  type SearchOutcome,
  type SearchRequest,
} from './searchProtocol.ts';

/** Runs the search; `now` is the clock in ms, `report` takes each progress report let through. */
export function runSearch(
  request: SearchRequest,
  now: () => number,
  report: (figures: SearchFigures) => void,
): SearchOutcome {
  const start = now();
  const gate = progressGate(start, 1000 / PROGRESS_PER_SECOND);
  const result = searchAttack(request.text, {
    depth: request.depth,
    rule: request.rule,
    kernel: request.kernel,
    maxStates: request.maxStates,
    progress: (p) => {
      const figures = gate.take(p, now());
      if (figures) report(figures);
      return true;
    },
  });
  const ms = now() - start;
  switch (result.kind) {
    case 'invalid':
      return { kind: 'invalid', errors: result.errors };
    case 'broken-already':
      return result;
    case 'found': {
      const attack = attackFile(request.text, result);
      const parsed = parseScenario(attack);
      // The attack file passes the checker (a property test of src/search): its last step breaks the rule.
      const violatingStep = parsed.ok ? parsed.scenario.steps.length : result.moves.length;
      const depth = result.moves.length;
      return {
        kind: 'found',
        rule: result.rule,
        kernel: result.kernel,
        attack,
        steps: result.moves.length,
        violatingStep,
        figures: figuresAt({ depth, explored: result.explored, distinct: result.distinct }, ms),
      };
    }
    case 'none':
    case 'stopped': {
      const figures = figuresAt(result, ms);
      return result.kind === 'none'
        ? { kind: 'none', kernel: result.kernel, figures }
        : {
            kind: 'stopped',
            bound: result.bound === 'work' ? 'work' : 'states',
            kernel: result.kernel,
            maxStates: request.maxStates,
            maxWork: DEFAULT_MAX_WORK,
            figures,
          };
    }
  }
}
