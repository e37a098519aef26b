/**
 * `npm run -s sim -- --search FILE` (or `--setup ID`): the attack search from the runner. The attack goes to standard
 * output as a complete `.scn` file; progress and the figures go to standard error, so the output can be
 * saved and run as it is. Exit status: 1 an attack was found, 0 none within the depth, 2 an invalid file
 * (or a search stopped by its bound before the depth was covered, which proves nothing).
 */

import { attackFile } from '../search/attack.ts';
import { DEFAULT_MAX_STATES, DEFAULT_MAX_WORK, searchAttack } from '../search/search.ts';
import type { KernelName, Rule } from '../sim/spec.ts';
import { printable } from './format.ts';
import type { Io } from './runText.ts';

interface SearchCommand {
  depth: number;
  rule: Rule | null;
  kernel: KernelName | null;
}

const EXIT_NONE = 0;
const EXIT_FOUND = 1;
const EXIT_INVALID = 2;

/** Searches from the setup `text`, named `name` in messages; returns the exit status. */
export function searchText(text: string, name: string, command: SearchCommand, io: Io): number {
  const started = Date.now();
  const result = searchAttack(text, {
    depth: command.depth,
    rule: command.rule,
    kernel: command.kernel,
    maxStates: DEFAULT_MAX_STATES,
  });
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const figures = (explored: number, distinct: number) =>
    `${explored} states explored, ${distinct} distinct, ${Math.round(explored / seconds)} a second`;
  switch (result.kind) {
    case 'invalid':
      for (const e of result.errors) io.err(`${name}:${e.line}:${e.col}: ${printable(e.message)}\n`);
      return EXIT_INVALID;
    case 'broken-already':
      io.err(`the setup already breaks ${result.rule} under ${result.kernel}: no attack is needed\n`);
      return EXIT_FOUND;
    case 'found':
      io.out(attackFile(text, result));
      io.err(
        `attack in ${result.moves.length} steps breaks ${result.rule} under ${result.kernel} ` +
          `(${figures(result.explored, result.distinct)})\n`,
      );
      return EXIT_FOUND;
    case 'none':
      io.out(`no attack within depth ${result.depth} (${result.explored} states explored)\n`);
      io.err(`under ${result.kernel}: ${figures(result.explored, result.distinct)}\n`);
      return EXIT_NONE;
    case 'stopped':
      io.err(
        `the search stopped at depth ${result.depth} after ${result.explored} states` +
          (result.bound === 'work' ? ` and ${DEFAULT_MAX_WORK.toLocaleString('en')} page operations` : '') +
          `, before it could rule out an attack: try a smaller --depth (${figures(result.explored, result.distinct)})\n`,
      );
      return EXIT_INVALID;
  }
}
