/** Comparing scenarios as the language sees them: positions (`pos`) and unset keys do not count. */

import type { Scenario } from '../sim/spec.ts';

/** A deep copy of `x` without `pos` fields and without keys whose value is undefined. */
export function stripPositions<T>(x: T): T {
  return strip(x) as T;
}

function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(strip);
  if (x === null || typeof x !== 'object') return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    if (k !== 'pos' && v !== undefined) out[k] = strip(v);
  }
  return out;
}

/** Deep equality of plain data, ignoring `pos` fields, unset keys and key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const keys = (o: object) =>
    Object.entries(o)
      .filter(([k, v]) => k !== 'pos' && v !== undefined)
      .map(([k]) => k)
      .sort();
  const ka = keys(a);
  const kb = keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => sameValue(ra[k], rb[k]));
}

/** Do two scenarios say the same thing (positions aside)? parse(print(s)) must give one that does. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return sameValue(a, b);
}
