/**
 * The steps whose outcomes differ between two runs of one scenario under two kernels: read from the two
 * runs' outcome tables (worker/protocol.ts OutcomeTable), step by step. A step differs in its result
 * (with its signal), whether it faulted, where it landed, the value it read, or the rules broken after it.
 */

import { RULES, SIGNALS, type Rule, type Signal } from '../sim/spec.ts';
import { RESULT_CODES, type OutcomeTable, type Place } from '../worker/protocol.ts';

/** One step's outcome, decoded from a table. */
export interface OutcomeView {
  result: (typeof RESULT_CODES)[number];
  signal: Signal | null;
  fault: boolean;
  place: Place | null;
  value: string | null;
  violations: Rule[];
}

/** What can differ, in the order the words say it. */
export const ASPECTS = ['fault', 'result', 'lands', 'value', 'violations'] as const;
export type Aspect = (typeof ASPECTS)[number];

export interface StepDifference {
  /** 1-based: the step whose outcome this is (the scrubber's position after it). */
  step: number;
  /** `shell's read`, `the switch`. */
  subject: string;
  aspects: Aspect[];
  a: OutcomeView;
  b: OutcomeView;
}

/** Step `i + 1`'s outcome in `t`. */
export function outcomeAt(t: OutcomeTable, i: number): OutcomeView {
  const signal = t.signal[i] ?? 0;
  const place = t.place[i] ?? 0;
  const value = t.value[i] ?? 0;
  const bits = t.violations[i] ?? 0;
  return {
    result: RESULT_CODES[t.result[i] ?? 0] ?? 'ok',
    signal: signal === 0 ? null : (SIGNALS[signal - 1] ?? null),
    fault: t.fault[i] === 1,
    place: place === 0 ? null : (t.places[place - 1] ?? null),
    value: value === 0 ? null : (t.values[value - 1] ?? null),
    violations: RULES.filter((_, r) => (bits & (1 << r)) !== 0),
  };
}

/**
 * The identity of a landing place for comparing two runs. RAM frame numbers depend on each kernel's
 * allocation order, so two frames holding the same thing (screen 0's backing store) are the same place; a
 * free frame or a page-table page is known only by its number. Device memory sits at fixed addresses.
 */
export function placeKey(p: Place | null): string {
  if (p === null) return '';
  const l = p.lands;
  if (l.kind === 'device') return `device ${l.device} ${l.page}: ${p.what}`;
  const named = p.what !== 'a free frame' && p.what !== 'a page-table page';
  return named ? `ram: ${p.what}` : `ram ${l.frame}: ${p.what}`;
}

/** Whether two accesses landed on the same memory (see placeKey). */
export function samePlace(a: Place | null, b: Place | null): boolean {
  return placeKey(a) === placeKey(b);
}

/** Bits of Comparison.bits, one per aspect. */
export const ASPECT_BIT: Record<Aspect, number> = { fault: 1, result: 2, lands: 4, value: 8, violations: 16 };

/** Two runs of one scenario, compared step by step. */
export interface Comparison {
  a: OutcomeTable;
  b: OutcomeTable;
  /** Per step (entry i: step i + 1): the ASPECT_BIT bits in which the two differ; 0 where they agree. */
  bits: Uint8Array;
  /** The steps that differ (1-based), in order. */
  steps: Uint32Array;
}

/**
 * Codes of both tables' interned entries in one numbering, so that equal things compare as equal
 * numbers (each table interned its own places and values in the order it met them).
 */
function sharedCodes<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const code = (list: readonly T[]) => {
    // Index 0 stands for "none" in the tables: it keeps code 0.
    const out = new Int32Array(list.length + 1);
    list.forEach((x, i) => {
      const k = key(x);
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size + 1));
      out[i + 1] = id;
    });
    return out;
  };
  return [code(a), code(b)];
}

/**
 * Compares two tables of the same scenario in one pass over their columns, allocating nothing per step:
 * a 100,000-step comparison takes milliseconds on the page. Words come later, for the steps shown.
 */
export function compareTables(a: OutcomeTable, b: OutcomeTable): Comparison {
  const n = Math.min(a.result.length, b.result.length);
  const [placeA, placeB] = sharedCodes(a.places, b.places, placeKey);
  const [valueA, valueB] = sharedCodes(a.values, b.values, (v) => v);
  const bits = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    let d = 0;
    if (a.fault[i] !== b.fault[i]) d |= ASPECT_BIT.fault;
    if (a.result[i] !== b.result[i] || a.signal[i] !== b.signal[i]) d |= ASPECT_BIT.result;
    if (placeA[a.place[i]!] !== placeB[b.place[i]!]) d |= ASPECT_BIT.lands;
    if (valueA[a.value[i]!] !== valueB[b.value[i]!]) d |= ASPECT_BIT.value;
    if (a.violations[i] !== b.violations[i]) d |= ASPECT_BIT.violations;
    bits[i] = d;
    if (d !== 0) count++;
  }
  const steps = new Uint32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (bits[i] !== 0) steps[k++] = i + 1;
  return { a, b, bits, steps };
}

/** The aspects in which two outcomes differ ([] when they agree). */
export function differingAspects(a: OutcomeView, b: OutcomeView): Aspect[] {
  const out: Aspect[] = [];
  if (a.fault !== b.fault) out.push('fault');
  if (a.result !== b.result || a.signal !== b.signal) out.push('result');
  if (!samePlace(a.place, b.place)) out.push('lands');
  if (a.value !== b.value) out.push('value');
  if (a.violations.join() !== b.violations.join()) out.push('violations');
  return out;
}

/** The difference at `step` (1-based), if that step differs. */
export function differenceAt(c: Comparison, step: number): StepDifference | undefined {
  const d = c.bits[step - 1] ?? 0;
  if (d === 0) return undefined;
  const i = step - 1;
  return {
    step,
    subject: c.a.subjects[(c.a.subject[i] ?? 0) - 1] ?? 'the step',
    aspects: ASPECTS.filter((x) => (d & ASPECT_BIT[x]) !== 0),
    a: outcomeAt(c.a, i),
    b: outcomeAt(c.b, i),
  };
}

/** The differences of the first `limit` differing steps, in step order. */
export function stepDifferences(c: Comparison, limit = Number.POSITIVE_INFINITY): StepDifference[] {
  const out: StepDifference[] = [];
  for (let k = 0; k < c.steps.length && out.length < limit; k++) {
    const d = differenceAt(c, c.steps[k]!);
    if (d) out.push(d);
  }
  return out;
}
