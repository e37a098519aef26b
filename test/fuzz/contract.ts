/**
 * The runner's contract (scenario-language.md, "The runner"), held on one text in-process: exit 0, 1 or 2;
 * on 2, nothing on standard output and FILE:LINE:COLUMN on every line of standard error; with --json,
 * only JSON objects with the contract's keys on standard output; the same output twice; no exception.
 * Returns what broke it, or null.
 */

import { runText } from '../../src/cli/runText.ts';

const NAME = 'fuzz.scn';
const KEYS = [
  'line',
  'actor',
  'op',
  'result',
  'signal',
  'fault',
  'lands',
  'value',
  'violations',
  'expectFailed',
];

interface Run {
  status: number;
  out: string;
  err: string;
}

/** The runner's entry as the check calls it (the tests pass a broken one, to see it caught). */
export type Runner = typeof runText;

function run(runner: Runner, text: string): Run {
  let out = '';
  let err = '';
  const status = runner(text, NAME, true, null, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

export function contractBroken(text: string, runner: Runner = runText): string | null {
  let first: Run;
  let again: Run;
  try {
    first = run(runner, text);
    again = run(runner, text);
  } catch (e) {
    return `threw: ${String(e)}`;
  }
  if (![0, 1, 2].includes(first.status)) return `exit ${first.status}`;
  if (first.out !== again.out || first.err !== again.err || first.status !== again.status)
    return 'two runs differ';
  if (first.status === 2) {
    if (first.out !== '') return 'exit 2 with standard output';
    const lines = first.err.trimEnd().split('\n');
    if (first.err === '') return 'exit 2 with no message';
    const bad = lines.find((l) => !/^fuzz\.scn:\d+:\d+: \S/.test(l));
    if (bad !== undefined) return `an error line without FILE:LINE:COLUMN: ${bad.slice(0, 120)}`;
    if (/internal error/.test(first.err)) return `internal error: ${first.err.slice(0, 200)}`;
    return null;
  }
  if (first.err !== '') return `exit ${first.status} with standard error`;
  for (const line of first.out.trimEnd().split('\n')) {
    if (line === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      return `not JSON on standard output: ${line.slice(0, 120)}`;
    }
    const keys = Object.keys(row as object);
    if (KEYS.some((k) => !keys.includes(k)))
      return `a JSON line without the contract's keys: ${line.slice(0, 120)}`;
  }
  return null;
}
