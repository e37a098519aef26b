/**
 * The runner: `npm run -s sim -- FILE [--json] [--kernel K]`, `--list`, `--example ID`. The same parser and
 * engine as the app. Exit status: 0 every expectation held, 1 one failed, 2 nothing could be run.
 */

import process from 'node:process';

import { stepTexts } from '../scenario/describe.ts';
import { parseScenario } from '../scenario/index.ts';
import { findBuiltin, LIBRARY } from '../scenario/library/index.ts';
import { runScenario, summarize } from '../scenario/run.ts';
import type { KernelName } from '../sim/spec.ts';
import { parseArgs, USAGE } from './args.ts';
import { searchText } from './search.ts';
import { findSetup, SETUPS } from '../search/setups.ts';
import { formatTable, jsonLines, printable } from './format.ts';
import { readScenarioFile } from './read.ts';

const EXIT_HELD = 0;
const EXIT_FAILED = 1;
const EXIT_INVALID = 2;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

function runText(text: string, name: string, json: boolean, kernel: KernelName | null, io: Io): number {
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.err(`${name}:${e.line}:${e.col}: ${printable(e.message)}\n`);
    return EXIT_INVALID;
  }
  const scenario = parsed.scenario;
  const chosen = kernel ?? scenario.kernel ?? 'linux';
  const rows = runScenario(scenario, chosen);
  if (json) {
    io.out(jsonLines(rows));
  } else {
    const expectations = scenario.steps.reduce((n, step) => n + step.expects.length, 0);
    io.out(formatTable(rows, stepTexts(text, rows), { title: scenario.title, kernel: chosen, expectations }));
  }
  return summarize(rows).failed > 0 ? EXIT_FAILED : EXIT_HELD;
}

/**
 * The directory the command was run from, which FILE is relative to. `npm run` starts scripts in the
 * package root and records the caller's directory in INIT_CWD.
 */
function callerDir(): string {
  const { INIT_CWD, npm_lifecycle_event } = process.env;
  return npm_lifecycle_event === 'sim' && INIT_CWD ? INIT_CWD : process.cwd();
}

/** Runs one command line; returns the exit status. */
function main(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv);
  if (!args.ok) {
    io.err(`sim: ${printable(args.message)}\n${USAGE}\n`);
    return EXIT_INVALID;
  }
  const command = args.command;
  switch (command.kind) {
    case 'help':
      io.out(`${USAGE}\n`);
      return EXIT_HELD;
    case 'list':
      io.out(LIBRARY.map((b) => `${b.id}\n`).join(''));
      return EXIT_HELD;
    case 'example': {
      const builtin = findBuiltin(command.id);
      if (!builtin) {
        io.err(
          `sim: no built-in scenario '${printable(command.id)}' (npm run -s sim -- --list shows them)\n`,
        );
        return EXIT_INVALID;
      }
      return runText(builtin.text, `example:${builtin.id}`, command.json, command.kernel, io);
    }
    case 'search': {
      if ('setup' in command.from) {
        const setup = findSetup(command.from.setup);
        if (!setup) {
          const ids = SETUPS.map((x) => x.id).join(', ');
          io.err(`sim: no shipped setup '${printable(command.from.setup)}' (the setups: ${ids})\n`);
          return EXIT_INVALID;
        }
        return searchText(setup.text, `setup:${setup.id}`, command, io);
      }
      const read = readScenarioFile(command.from.file, callerDir());
      if (!read.ok) {
        io.err(`sim: ${printable(read.message)}\n`);
        return EXIT_INVALID;
      }
      return searchText(read.text, command.from.file, command, io);
    }
    case 'file': {
      const read = readScenarioFile(command.file, callerDir());
      if (!read.ok) {
        io.err(`sim: ${printable(read.message)}\n`);
        return EXIT_INVALID;
      }
      return runText(read.text, command.file, command.json, command.kernel, io);
    }
  }
}

// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// exitCode, not exit(): a large output to a pipe must drain before the process ends.
process.exitCode = main(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
});
