/**
 * The scenario language front end: text to a checked Scenario (or every error in it), and back.
 * scenario-language.md is the contract.
 */

import type { Scenario } from '../sim/spec.ts';
import { checkScenario } from './check/checker.ts';
import type { Diagnostic } from './diagnostic.ts';
import { parseFile } from './parser.ts';

export type { Diagnostic } from './diagnostic.ts';
export { printScenario } from './printer.ts';
export { failedExpectations } from './expect.ts';
export { sameScenario, stripPositions } from './equal.ts';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: Diagnostic[] };

/** Parses and checks a `.scn` text. Never throws: any input gives a scenario or a sorted list of errors. */
export function parseScenario(text: string): ParseResult {
  try {
    const parsed = parseFile(text);
    if (parsed.scenario) checkScenario(parsed.scenario, parsed.spots, parsed.broken, parsed.diags);
    const errors = parsed.diags.list;
    if (errors.length > 0 || !parsed.scenario) return { ok: false, errors: parsed.diags.sorted() };
    return { ok: true, scenario: parsed.scenario };
  } catch (e) {
    // A bug of ours must not take down the app or the runner; the fuzz tests look for this message.
    return {
      ok: false,
      errors: [{ line: 1, col: 1, message: `internal error in the scenario parser: ${String(e)}` }],
    };
  }
}
