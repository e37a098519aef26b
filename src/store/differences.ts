/**
 * The steps whose outcomes differ between two runs of one scenario under two kernels: read from the two
 * runs' outcome tables (worker/protocol.ts OutcomeTable), step by step. A step differs in its result
 * (with its signal), whether it faulted, where it landed, the value it read, or the rules broken after it.
 */

import type { Lands } from '../sim/outcome.ts';
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

function landsKey(l: Lands): string {
  return l.kind === 'ram' ? `ram ${l.frame}` : `device ${l.device} ${l.page}`;
}

/**
 * Whether two accesses landed on the same memory. RAM frame numbers depend on each kernel's allocation
 * order, so two frames holding the same thing (screen 0's backing store) are the same place; a free frame
 * or a page-table page is named only by its number. Device memory sits at fixed addresses.
 */
export function samePlace(a: Place | null, b: Place | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.what !== b.what || a.lands.kind !== b.lands.kind) return false;
  const named = a.lands.kind === 'ram' && a.what !== 'a free frame' && a.what !== 'a page-table page';
  return named || landsKey(a.lands) === landsKey(b.lands);
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

/** Every step whose outcomes differ, in step order. The tables must be of the same scenario. */
export function stepDifferences(a: OutcomeTable, b: OutcomeTable): StepDifference[] {
  const n = Math.min(a.result.length, b.result.length);
  const out: StepDifference[] = [];
  for (let i = 0; i < n; i++) {
    const oa = outcomeAt(a, i);
    const ob = outcomeAt(b, i);
    const aspects = differingAspects(oa, ob);
    if (aspects.length === 0) continue;
    const subject = a.subjects[(a.subject[i] ?? 0) - 1] ?? 'the step';
    out.push({ step: i + 1, subject, aspects, a: oa, b: ob });
  }
  return out;
}

/** One byte per step, 1 where the step differs: the scrubber's lane. */
export function differenceMarks(stepCount: number, differences: readonly StepDifference[]): Uint8Array {
  const marks = new Uint8Array(stepCount);
  for (const d of differences) if (d.step >= 1 && d.step <= stepCount) marks[d.step - 1] = 1;
  return marks;
}

/** The difference at `step`, if that step differs (the list is in step order). */
export function differenceAt(
  differences: readonly StepDifference[],
  step: number,
): StepDifference | undefined {
  let lo = 0;
  let hi = differences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = differences[mid]!;
    if (d.step === step) return d;
    if (d.step < step) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
