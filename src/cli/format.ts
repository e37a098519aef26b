/** The runner's two outputs: a readable aligned table, and one JSON object per step per line. */

import { describeLands } from '../scenario/describe.ts';
import type { StepRow } from '../scenario/run.ts';
import type { KernelName } from '../sim/spec.ts';

// The JSON lines live with the language, where the app's worker formats the same trace.
export { jsonLine, jsonLines } from '../scenario/jsonLines.ts';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Scenario text goes to a terminal: control characters and bidirectional overrides in it are shown as
 * escapes, so a file cannot move the cursor, recolour the terminal or reorder what the reader sees.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface TableInfo {
  title: string | null;
  kernel: KernelName;
  /** The number of `expect` lines in the scenario. */
  expectations: number;
}

const HEADER = ['LINE', 'ACTOR', 'OPERATION', 'RESULT', 'FAULT', 'LANDS', 'VALUE', 'VIOLATIONS'] as const;
const GAP = '  ';

function cells(row: StepRow, text: string): string[] {
  return [
    String(row.line),
    row.actor ?? '-',
    printable(text),
    row.result === 'signal' ? (row.signal ?? 'signal') : row.result,
    row.fault ? 'fault' : '',
    describeLands(row.lands),
    row.value === null ? '' : printable(JSON.stringify(row.value)),
    row.violations.join(','),
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The closing line: how many steps ran and whether every expectation held. */
export function summaryLine(rows: readonly StepRow[], info: TableInfo): string {
  const ran = `${plural(rows.length, 'step')} on ${info.kernel}`;
  if (info.expectations === 0) return `${ran}, no expectations`;
  const failedSteps = rows.filter((r) => r.expectFailed.length > 0).length;
  if (failedSteps === 0) return `${ran}: ✓ all ${plural(info.expectations, 'expectation')} held`;
  const failed = rows.reduce((n, r) => n + r.expectFailed.length, 0);
  return `${ran}: ✗ ${failed} of ${plural(info.expectations, 'expectation')} failed, on ${plural(failedSteps, 'step')}`;
}

/**
 * The default output: the title, then one aligned row per step, with the reason of a failed step and each
 * failed expectation marked on lines under its row, then the summary. `texts[i]` is step i's operation as written.
 */
export function formatTable(rows: readonly StepRow[], texts: readonly string[], info: TableInfo): string {
  const table = rows.map((row, i) => cells(row, texts[i] ?? row.op));
  // A loop, not Math.max(...column): a scenario may have 150,000 steps, too many for spread arguments.
  const widths: number[] = HEADER.map((h) => h.length);
  for (const r of table) r.forEach((v, c) => (widths[c] = Math.max(widths[c] ?? 0, v.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, c) => (c === 0 ? v.padStart(widths[0] ?? 0) : v.padEnd(widths[c] ?? 0)))
      .join(GAP)
      .trimEnd();
  // Failed expectations sit under the OPERATION column, where the step's own text starts.
  const indent = ' '.repeat((widths[0] ?? 0) + GAP.length + (widths[1] ?? 0) + GAP.length);

  const out: string[] = [];
  const title = info.title === null ? 'untitled scenario' : printable(info.title);
  out.push(`${title} (kernel ${info.kernel})`, '', line(HEADER));
  rows.forEach((row, i) => {
    out.push(line(table[i] ?? []));
    if (row.why !== null) out.push(`${indent}why: ${printable(row.why)}`);
    for (const failed of row.expectFailed) out.push(`${indent}✗ ${printable(failed)}`);
  });
  out.push('', summaryLine(rows, info));
  return out.join('\n') + '\n';
}
