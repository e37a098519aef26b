/**
 * The trace as JSON lines: one object per step, one per line, the runner's `--json` contract
 * (scenario-language.md, "The runner"). Here rather than in src/cli because the app's worker exports the
 * same text: one formatter means a downloaded trace and the runner's output cannot drift apart.
 */

import type { Lands } from '../sim/outcome.ts';
import type { StepRow } from './run.ts';

function landsJson(lands: Lands | null): Lands | null {
  if (lands === null) return null;
  // Rebuilt, not passed through: the contract fixes the keys and their order, whatever else Lands carries.
  return lands.kind === 'ram'
    ? { kind: 'ram', frame: lands.frame }
    : { kind: 'device', device: lands.device, page: lands.page };
}

/**
 * One step in the contract's `--json` shape: exactly these keys, in this order. `why` came after the
 * first contract ("more keys may be added"), so it is last: readers of the older keys see them unmoved.
 */
export function jsonLine(row: StepRow): string {
  return JSON.stringify({
    line: row.line,
    actor: row.actor,
    op: row.op,
    result: row.result,
    signal: row.signal,
    fault: row.fault,
    lands: landsJson(row.lands),
    value: row.value,
    violations: row.violations,
    expectFailed: row.expectFailed,
    why: row.why,
  });
}

/** The whole `--json` output: every step's line, each ended by a newline; nothing for no steps. */
export function jsonLines(rows: readonly StepRow[]): string {
  // A loop into an array, then one join: a 150,000-step trace stays one allocation of the result.
  const lines: string[] = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = jsonLine(rows[i]!);
  return rows.length === 0 ? '' : lines.join('\n') + '\n';
}
