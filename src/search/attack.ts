/**
 * A found attack as a complete `.scn` file: the setup as its author wrote it (under the kernel searched),
 * then the attack's steps, each after a narration line saying what it does, and on the last one
 * `expect violation RULE`. The runner runs it like any file, and every expectation holds.
 */

import type { KernelName, Rule } from '../sim/spec.ts';
import type { Move } from './moves.ts';
import { withMoves } from './search.ts';

export interface Attack {
  rule: Rule;
  moves: readonly Move[];
  kernel: KernelName;
}

export function attackFile(setupText: string, attack: Attack): string {
  const lines = attack.moves.flatMap((m, i) => {
    const last = i === attack.moves.length - 1;
    const step = [`> Attack step ${i + 1}: ${m.says}.`, m.line];
    return last ? [...step, `expect violation ${attack.rule}`] : step;
  });
  // A setup that ends with narration would lend it to the attack's first step: an empty narration line
  // ends that paragraph, so the attack's sentence stands by itself.
  const lastLine = setupText.trimEnd().split('\n').at(-1) ?? '';
  const apart = /^\s*>/.test(lastLine) ? ['>'] : [];
  return withMoves(withKernel(setupText, attack.kernel), [...apart, ...lines]);
}

/** The setup with its `kernel` line saying `kernel`: changed, or added after the title. */
export function withKernel(text: string, kernel: KernelName): string {
  const line = /^([ \t]*kernel[ \t]+)([A-Za-z0-9_]+)/m;
  if (line.test(text)) return text.replace(line, (_all, head: string) => `${head}${kernel}`);
  const title = /^[ \t]*title[ \t].*$/m.exec(text);
  if (!title) return `kernel ${kernel}\n${text}`;
  const end = title.index + title[0].length;
  return `${text.slice(0, end)}\nkernel ${kernel}${text.slice(end)}`;
}
