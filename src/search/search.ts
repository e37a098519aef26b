/**
 * The attack search: from the machine a setup leaves, every sequence of the attacker's steps (moves.ts),
 * breadth first, states with the same key merged (stateKey.ts), until a step leaves an isolation rule
 * broken. Breadth first, so the attack found is one of the shortest. Pure and synchronous, with a
 * progress callback that may stop it: the runner calls it directly, the app from a worker.
 *
 * The setup and the menu are one scenario (the setup's text with the menu's lines after it), parsed and
 * checked once; a state runs menu step j by setting its step counter to that line's index.
 */

import { boot } from '../sim/boot.ts';
import { runStep } from '../sim/engine.ts';
import { cloneState } from '../sim/snapshot.ts';
import { overWorkLimit, WORK_LIMIT } from '../sim/work.ts';
import type { SimState } from '../sim/state.ts';
import { RULES, type KernelName, type Rule, type Scenario } from '../sim/spec.ts';
import { parseScenario, type Diagnostic } from '../scenario/index.ts';
import { attackMoves, type Move } from './moves.ts';
import { stateKey } from './stateKey.ts';

export interface SearchOptions {
  /** The most attacker steps an attack may take. */
  depth: number;
  /** The rule to break; null: any rule the setup did not already break. */
  rule: Rule | null;
  /** The kernel to search under; null: the setup's own. */
  kernel: KernelName | null;
  /** Stop after this many steps tried (bounds the time and the memory of a search). */
  maxStates: number;
  /**
   * Stop after this many page operations in all (the engine's own count, sim/work.ts): a setup whose
   * steps are each expensive (a huge eager mapping) would otherwise take hours within `maxStates`.
   */
  maxWork?: number;
  /** Told every `PROGRESS_EVERY` steps tried; returning false stops the search. */
  progress?: (p: SearchProgress) => boolean;
}

export interface SearchProgress {
  depth: number;
  /** Attacker steps tried so far (each from a distinct state). */
  explored: number;
  /** Distinct states met so far. */
  distinct: number;
}

export type SearchResult =
  | { kind: 'invalid'; errors: Diagnostic[] }
  /** The setup already breaks the rule asked for: no attack is needed. */
  | { kind: 'broken-already'; rule: Rule; kernel: KernelName }
  | { kind: 'found'; rule: Rule; moves: Move[]; kernel: KernelName; explored: number; distinct: number }
  | { kind: 'none'; depth: number; kernel: KernelName; explored: number; distinct: number }
  /** Stopped before the depth was searched: by `maxStates` (`states`), `maxWork` (`work`), or by `progress`. */
  | {
      kind: 'stopped';
      bound: 'states' | 'work' | 'asked';
      depth: number;
      kernel: KernelName;
      explored: number;
      distinct: number;
    };

export const DEFAULT_DEPTH = 6;
export const DEFAULT_MAX_STATES = 2_000_000;
/** Ten runs' worth of the engine's bound on one run (WORK_LIMIT). */
export const DEFAULT_MAX_WORK = 10 * WORK_LIMIT;
const PROGRESS_EVERY = 4096;

/** A path of menu steps, shared by its extensions. */
interface Path {
  prev: Path | null;
  move: number;
}

/** Searches for the shortest attack on the setup `text` (a `.scn` file). Never throws on user input. */
export function searchAttack(text: string, options: SearchOptions): SearchResult {
  const setup = parseScenario(text);
  if (!setup.ok) return { kind: 'invalid', errors: setup.errors };
  const kernel = options.kernel ?? setup.scenario.kernel ?? 'linux';
  const moves = attackMoves(setup.scenario);
  const joined = parseScenario(
    withMoves(
      text,
      moves.map((m) => m.line),
    ),
  );
  // The menu is made to pass the checker; if it does not, that is a bug of ours, said as such.
  if (!joined.ok)
    return {
      kind: 'invalid',
      errors: joined.errors.map((e) => ({
        ...e,
        message: `internal error in the attack menu: ${e.message}`,
      })),
    };
  return explore(joined.scenario, setup.scenario.steps.length, moves, kernel, options);
}

/** The setup's text with `lines` appended as steps. */
export function withMoves(text: string, lines: readonly string[]): string {
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  return body + lines.map((l) => `${l}\n`).join('');
}

function explore(
  scenario: Scenario,
  setupSteps: number,
  moves: Move[],
  kernel: KernelName,
  options: SearchOptions,
): SearchResult {
  const root = boot(scenario, kernel);
  for (let i = 0; i < setupSteps; i++) runStep(root);
  const before = new Set(root.rules);
  if (overWorkLimit(root))
    return { kind: 'stopped', bound: 'work', depth: 0, kernel, explored: 0, distinct: 1 };
  if (options.rule && before.has(options.rule)) return { kind: 'broken-already', rule: options.rule, kernel };
  const broken = (rules: readonly Rule[]): Rule | null => {
    if (options.rule) return rules.includes(options.rule) ? options.rule : null;
    return RULES.find((r) => rules.includes(r) && !before.has(r)) ?? null;
  };

  const seen = new Set<number>([stateKey(root)]);
  // The frontier holds paths, not states: a state is made again from the root when its turn comes (a
  // few steps), so the memory of a search is its keys, and the states it tries die young.
  let frontier: Array<Path | null> = [null];
  let explored = 0;
  // Page operations the search has made the engine do, beyond the setup's.
  let spent = 0;
  const maxWork = options.maxWork ?? DEFAULT_MAX_WORK;
  const stopped = (depth: number, bound: 'states' | 'work' | 'asked'): SearchResult => ({
    kind: 'stopped',
    bound,
    depth,
    kernel,
    explored,
    distinct: seen.size,
  });
  const replay = (path: Path | null): SimState => {
    const state = cloneState(root);
    for (const j of pathIndexes(path)) {
      state.step = setupSteps + j;
      runStep(state);
    }
    spent += state.work - root.work;
    return state;
  };
  for (let depth = 1; depth <= options.depth; depth++) {
    const next: Array<Path | null> = [];
    for (const path of frontier) {
      const from = replay(path);
      for (let j = 0; j < moves.length; j++) {
        if (!ready(from, moves[j]!)) continue;
        const state = cloneState(from);
        state.step = setupSteps + j;
        const { outcome } = runStep(state);
        explored++;
        spent += state.work - from.work;
        const rule = broken(outcome.violations);
        if (rule) {
          const found = pathIndexes({ prev: path, move: j }).map((i) => moves[i]!);
          return { kind: 'found', rule, moves: found, kernel, explored, distinct: seen.size };
        }
        if (spent > maxWork) return stopped(depth, 'work');
        if (explored % PROGRESS_EVERY === 0) {
          const go = options.progress?.({ depth, explored, distinct: seen.size }) ?? true;
          if (!go) return stopped(depth, 'asked');
          if (explored >= options.maxStates) return stopped(depth, 'states');
        }
        const key = stateKey(state);
        if (seen.has(key)) continue;
        seen.add(key);
        if (depth < options.depth) next.push({ prev: path, move: j });
      }
    }
    frontier = next;
    if (frontier.length === 0) break;
  }
  return { kind: 'none', depth: options.depth, kernel, explored, distinct: seen.size };
}

/** The menu indexes of a path, first step first. */
function pathIndexes(path: Path | null): number[] {
  const out: number[] = [];
  for (let p = path; p; p = p.prev) out.push(p.move);
  return out.reverse();
}

/**
 * Whether a move can do anything in this state: its process is alive and the variables it reads are set
 * (a failed step leaves -1 in its variable, as unset). A move that is not ready could only fail with
 * ESRCH or EBADF or fault on an unmapped address: no attack needs it, and skipping it keeps the search
 * to the moves that matter.
 */
function ready(s: SimState, move: Move): boolean {
  if (move.actor === null) return true;
  const pid = s.procByName.get(move.actor);
  const proc = pid === undefined ? undefined : s.procs[pid];
  if (!proc?.alive) return false;
  for (const name of move.needs) {
    const v = proc.vars.get(name);
    if (v === undefined || v === -1) return false;
  }
  return true;
}
