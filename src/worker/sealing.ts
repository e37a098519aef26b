/**
 * Predict mode's sealed load: what the page receives must not give away the outcomes it is about to ask
 * for. The `expect` lines leave the text (blank lines keep every other line's number), and the marks say
 * only which steps ask: a fault, signal or violation marked on any step would hint at the answers around
 * it (a violation marked after a step without questions is still live at the next one, which asks).
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

/** Marks with MARK.asks on every step that has `expect` lines; sealed, no step keeps any other bit. */
export function marksWithAsks(marks: Uint8Array, scenario: Scenario, sealed: boolean): Uint8Array {
  scenario.steps.forEach((s, i) => {
    const asks = s.expects.length > 0 ? MARK.asks : 0;
    marks[i] = sealed ? asks : marks[i]! | asks;
  });
  return marks;
}
