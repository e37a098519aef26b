/**
 * Words for one step, for a reader or a listener who did not write the scenario: the line a screen reader
 * hears when the page lands on a step (`stepAnnouncement`), and the pieces the story (stepStory.ts) shares.
 * Pure: from the step's row, its trace events and the picture after it; a worker frame fits `StepSeen`.
 */

import type { TraceEvent } from '../sim/events.ts';
import type { StepOutcome } from '../sim/outcome.ts';
import type { MachinePicture } from '../sim/picture.ts';
import { hexAddress, landsWords } from '../sim/sentence.ts';

/** The step as the page holds it (protocol.ts Frame, once its row is there). */
export interface StepSeen {
  /** The step's number, from 1 (steps done once it has run). */
  step: number;
  row: Pick<StepOutcome, 'actor' | 'result' | 'signal' | 'why' | 'fault' | 'lands' | 'value'> & {
    /** The operation as written, with its arguments (`read win`, `switch ttyv 1`). */
    text: string;
  };
  events: readonly TraceEvent[];
  /** The machine after the step: its kernel, and the violations live then. */
  after: Pick<MachinePicture, 'kernel' | 'violations'>;
}

type Of<T extends TraceEvent['t']> = Extract<TraceEvent, { t: T }>;

/** The events of one kind. */
export function eventsOf<T extends TraceEvent['t']>(events: readonly TraceEvent[], t: T): Array<Of<T>> {
  return events.filter((e): e is Of<T> => e.t === t);
}

/** `0x1000_0000-0x1000_2000`. */
export function rangeWords(r: { start: number; end: number }): string {
  return `${hexAddress(r.start)}-${hexAddress(r.end)}`;
}

/** Capitalises the first letter: a sentence may begin with a lower-case process name. */
export function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Said for step 0, where nothing has run. */
export const BOOT_ANNOUNCEMENT = 'Step 0: the machine has booted; nothing has run yet';

/** `1 PTE`, `2 PTEs`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The driver as a reader says it: `slot (card driver)` becomes `slot card driver`. */
export function driverWords(who: string): string {
  return who.replace(/^(\S+) \((.+)\)$/, '$1 $2');
}

/** `vm_ops->fault (slot card driver)`; the kernel's own calls need no owner. */
export function apiWho(e: { api: string; who: string }, kernel: string): string {
  return e.who === kernel ? e.api : `${e.api} (${driverWords(e.who)})`;
}

/** The processes whose PTEs the events zap, each once, in order. */
export function zappedProcs(events: readonly TraceEvent[]): { count: number; procs: string[] } {
  let count = 0;
  const procs: string[] = [];
  for (const e of events) {
    if (e.t !== 'pte-zap') continue;
    count++;
    if (!procs.includes(e.proc)) procs.push(e.proc);
  }
  return { count, procs };
}

/** `EINVAL: <why>`, `SIGBUS, page fault: <why>`, `ok, page fault, lands device ttyv page 0, read "x"`. */
export function outcomeClause(row: StepSeen['row']): string {
  const parts = [row.result === 'signal' ? (row.signal ?? 'signal') : row.result];
  if (row.fault) parts.push('page fault');
  if (row.lands) parts.push(`lands ${landsWords(row.lands)}`);
  if (row.value !== null) parts.push(`read ${JSON.stringify(row.value)}`);
  return parts.join(', ') + (row.why === null ? '' : `: ${row.why}`);
}

/** The live violations, each rule and sentence once: the first two said, the rest counted. */
function violationClauses(violations: MachinePicture['violations']): string[] {
  const all = [...new Set(violations.map((v) => `violation ${v.rule}: ${v.sentence}`))];
  return all.length > 2 ? [...all.slice(0, 2), `and ${all.length - 2} more`] : all;
}

/**
 * What a screen reader hears when the page lands on the step: `Step 8: cam: read win → SIGBUS, page
 * fault: <why>; violation card-present: <sentence>`. A device step has no actor and says how many PTEs
 * it zapped. A sentence or two: past two violations the rest are counted.
 */
export function stepAnnouncement(seen: StepSeen): string {
  const { row } = seen;
  const actor = row.actor === null ? '' : `${row.actor}: `;
  const clauses = [`Step ${seen.step}: ${actor}${row.text} → ${outcomeClause(row)}`];
  const zapped = row.actor === null ? zappedProcs(seen.events).count : 0;
  if (zapped > 0) clauses.push(`zapped ${plural(zapped, 'PTE')}`);
  clauses.push(...violationClauses(seen.after.violations));
  return clauses.join('; ');
}
