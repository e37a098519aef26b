/**
 * The runner's work on one scenario text: parse, run, and print the table or the JSON lines (or the
 * errors). A module of its own, so the fuzz tests hold the runner's contract in-process.
 */

import { stepTexts } from '../scenario/describe.ts';
import { parseScenario } from '../scenario/index.ts';
import { runBounded, summarize } from '../scenario/run.ts';
import { WORK_LIMIT_MESSAGE } from '../sim/work.ts';
import type { KernelName } from '../sim/spec.ts';
import { formatTable, jsonLines, printable } from './format.ts';

const EXIT_HELD = 0;
const EXIT_FAILED = 1;
const EXIT_INVALID = 2;

/** Where the runner writes: standard output and standard error (the tests pass their own). */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs a scenario's text as the runner does; returns the exit status. Never throws on user input. */
export function runText(
  text: string,
  file: string,
  json: boolean,
  kernel: KernelName | null,
  io: Io,
): number {
  // The file's name is the user's too: a name with control characters must not reach the terminal raw.
  const name = printable(file);
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    // One write: the errors are at most MAX_ERRORS lines and a count of the rest.
    io.err(parsed.errors.map((e) => `${name}:${e.line}:${e.col}: ${printable(e.message)}\n`).join(''));
    return EXIT_INVALID;
  }
  const scenario = parsed.scenario;
  const chosen = kernel ?? scenario.kernel ?? 'linux';
  const { rows, stoppedAt } = runBounded(scenario, chosen);
  if (stoppedAt) {
    io.err(`${name}:${stoppedAt.pos.line}:${stoppedAt.pos.col}: ${WORK_LIMIT_MESSAGE}\n`);
    return EXIT_INVALID;
  }
  if (json) {
    io.out(jsonLines(rows));
  } else {
    const expectations = scenario.steps.reduce((n, step) => n + step.expects.length, 0);
    io.out(formatTable(rows, stepTexts(text, rows), { title: scenario.title, kernel: chosen, expectations }));
  }
  return summarize(rows).failed > 0 ? EXIT_FAILED : EXIT_HELD;
}
