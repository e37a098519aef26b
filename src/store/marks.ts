/**
 * The scrubber's marks: per-step bits (worker/protocol.ts MARK) folded into at most `bins` bins, so a
 * 100,000-step run draws a few hundred marks. A bin has a kind when any of its steps has it.
 */

import { MARK } from '../worker/protocol.ts';

/** The marks of steps 1..marks.length in `bins` bins (fewer when there are fewer steps). */
export function binMarks(marks: Uint8Array, bins: number): Uint8Array {
  const n = marks.length;
  const count = Math.max(0, Math.min(n, Math.floor(bins)));
  const out = new Uint8Array(count);
  if (count === 0) return out;
  for (let i = 0; i < n; i++) {
    const b = Math.min(count - 1, Math.floor((i * count) / n));
    out[b]! |= marks[i]!;
  }
  return out;
}

export const MARK_KINDS = [
  { bit: MARK.fault, name: 'fault', one: 'fault', many: 'faults' },
  { bit: MARK.signal, name: 'signal', one: 'signal', many: 'signals' },
  { bit: MARK.violation, name: 'violation', one: 'step with a violation', many: 'steps with a violation' },
  { bit: MARK.failed, name: 'failed', one: 'failed expectation', many: 'failed expectations' },
] as const;

/** "12 faults, 1 signal, ..." for the marks' text alternative. */
export function markSummary(marks: Uint8Array): string {
  const counts = MARK_KINDS.map(() => 0);
  for (const m of marks) MARK_KINDS.forEach((k, i) => (counts[i]! += m & k.bit ? 1 : 0));
  const parts = MARK_KINDS.flatMap((k, i) =>
    counts[i] ? [`${counts[i]} ${counts[i] === 1 ? k.one : k.many}`] : [],
  );
  return parts.length === 0 ? 'no marks' : parts.join(', ');
}
