/**
 * Stand-ins for step lines that did not parse. They keep the step's place (expect lines after it attach
 * to it) and what it declares (`-> VAR`, a fork child), so that later lines are not reported for names
 * that only the broken line would have made; the checker judges nothing else of them.
 */

import type { Pos, Step } from '../sim/spec.ts';
import type { Token } from './lexer.ts';

/** A process step that did not parse: its process, and `-> NAME` if the line ends so. */
export function standInProcStep(tokens: readonly Token[], pos: Pos): Step {
  const n = tokens.length;
  const arrow = tokens[n - 2];
  const target = tokens[n - 1];
  const into = arrow?.kind === 'punct' && arrow.text === '->' && target?.kind === 'word' ? target.text : null;
  const isFork = tokens[2]?.kind === 'word' && tokens[2].text === 'fork';
  return {
    pos,
    narration: null,
    starts: [],
    expects: [],
    kind: 'proc',
    proc: tokens[0]?.text ?? '',
    action: isFork ? { op: 'fork' } : { op: 'exit' },
    into,
  };
}

/** A device step that did not parse. */
export function standInDeviceStep(pos: Pos): Step {
  return {
    pos,
    narration: null,
    starts: [],
    expects: [],
    kind: 'device',
    action: { op: 'unload', device: '' },
  };
}
