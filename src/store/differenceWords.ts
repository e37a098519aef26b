/**
 * A difference between two kernels' runs, said in words: "step 8: on linux, shell's read faults and lands
 * in RAM frame 0 (ttyv screen 0's backing store); on netbsd it does not fault, lands on ttyv page 0 (the
 * framebuffer, showing screen 1) and leaves rule vt-foreground broken." Only what differs is said, for both
 * kernels, in the same order, so the two halves read against each other.
 */

import type { KernelName } from '../sim/spec.ts';
import type { Place } from '../worker/protocol.ts';
import type { Aspect, OutcomeView, StepDifference } from './differences.ts';

function resultClause(o: OutcomeView): string {
  if (o.result === 'ok') return 'succeeds';
  if (o.result === 'signal') return `gets ${o.signal ?? 'a signal'}`;
  return `fails with ${o.result}`;
}

/** `lands on ttyv page 0 (the framebuffer, showing screen 1)`, `lands in RAM frame 3 (a free frame)`. */
export function landsClause(place: Place | null): string {
  if (place === null) return 'reaches no memory';
  const l = place.lands;
  const where = l.kind === 'ram' ? `in RAM frame ${l.frame}` : `on ${l.device} page ${l.page}`;
  return `lands ${where} (${place.what})`;
}

function rulesClause(rules: readonly string[]): string {
  if (rules.length === 0) return 'leaves no rule broken';
  return `leaves ${rules.length === 1 ? 'rule' : 'rules'} ${joinAnd(rules)} broken`;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function clause(aspect: Aspect, o: OutcomeView): string {
  switch (aspect) {
    case 'result':
      return resultClause(o);
    case 'fault':
      return o.fault ? 'faults' : 'does not fault';
    case 'lands':
      return landsClause(o.place);
    case 'value':
      return o.value === null ? 'reads nothing' : `reads ${JSON.stringify(o.value)}`;
    case 'violations':
      return rulesClause(o.violations);
  }
}

/** What one kernel's run did, in the aspects that differ. */
export function sideWords(aspects: readonly Aspect[], o: OutcomeView): string {
  return joinAnd(aspects.map((a) => clause(a, o)));
}

/** The whole difference of a step, as one sentence. */
export function differenceSentence(d: StepDifference, a: KernelName, b: KernelName): string {
  return `step ${d.step}: on ${a}, ${d.subject} ${sideWords(d.aspects, d.a)}; on ${b} it ${sideWords(d.aspects, d.b)}.`;
}
