/** Names for generated scenarios: fresh, valid, never a keyword. */

import { KEYWORDS } from '../src/scenario/limits.ts';
import type { Pos, ProcessDecl } from '../src/sim/spec.ts';
import type { Rand } from './arb-rand.ts';

/** Every AST position: the language's equality ignores them. */
export const NOWHERE: Pos = { line: 0, col: 0 };

const PROCESS_NAMES = [
  'shell',
  'editor',
  'init',
  'x',
  'r',
  'rw',
  'Xorg',
  '_daemon',
  'vi2',
  'page',
  'none',
  'shared',
];

/** A process line with a name that no process of the file has. */
export function freshProcess(r: Rand, taken: Set<string>): ProcessDecl {
  return { name: freshName(r, taken, PROCESS_NAMES), nohandler: r.chance(0.1), pos: NOWHERE };
}

/** A valid name not in `taken` (and then in it), from `pool` or made up. */
export function freshName(r: Rand, taken: Set<string>, pool: readonly string[], lettersOnly = false): string {
  const free = pool.filter((n) => !taken.has(n));
  const base = free.length > 0 && r.chance(0.7) ? r.pick(free) : r.name(lettersOnly);
  let name = base;
  for (let i = 0; taken.has(name) || KEYWORDS.has(name); i++) name = base.slice(0, 24) + letters(i);
  taken.add(name);
  return name;
}

/** 0 -> a, 25 -> z, 26 -> ba, ...: a suffix that keeps a letters-only name letters-only. */
function letters(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}
