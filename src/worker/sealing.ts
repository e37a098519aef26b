/**
 * Predict mode's sealed load: what the page receives must not give away the outcomes it is about to ask
 * for. The `expect` lines leave the text (blank lines keep every other line's number), and the marks of
 * a step that asks say only that it asks: the scrubber shows no fault, signal or violation ahead of it.
 */

import { splitLines } from '../scenario/lexer.ts';
import type { Scenario } from '../sim/spec.ts';
import { MARK } from './protocol.ts';

/** The text with each `expect` line (by the parsed positions) replaced by an empty line. */
export function withoutExpectations(text: string, scenario: Scenario): string {
  const expectLines = new Set(scenario.steps.flatMap((s) => s.expects.map((e) => e.pos.line)));
  const lines = splitLines(text);
  const out = lines.map((l, i) => (expectLines.has(i + 1) ? '' : l)).join('\n');
  return /[\r\n]$/.test(text) ? `${out}\n` : out;
}

/** Marks with MARK.asks on every step that has `expect` lines; sealed, such a step keeps no other bit. */
export function marksWithAsks(marks: Uint8Array, scenario: Scenario, sealed: boolean): Uint8Array {
  scenario.steps.forEach((s, i) => {
    if (s.expects.length > 0) marks[i] = sealed ? MARK.asks : marks[i]! | MARK.asks;
  });
  return marks;
}
