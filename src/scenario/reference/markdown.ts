/**
 * docs/scenario-language.md, written from the reference's sections: `npm run docs` writes it, and a test
 * fails when the file and this text differ, so the doc says what the parser accepts.
 */

import { MAX_DEVICES, MAX_NAME, MAX_PROCESSES, MAX_STEPS, MAX_STRING } from '../limits.ts';
import { type LanguageTables, referenceSections } from './entries.ts';
import type { Entry, Section } from './types.ts';

/** The doc's example blocks are fenced with this language tag; the tests run every one. */
export const EXAMPLE_FENCE = 'scn';

const HEAD = `# The scenario language (\`.scn\`)

<!-- Written by \`npm run docs\` from the parser's tables (src/scenario/device-line.ts, header.ts,
keywords.ts, expect-parse.ts, src/sim/spec.ts) and the notes in src/scenario/reference/. Do not edit by
hand: test/reference.test.ts fails when this file and the parser disagree. -->

A scenario is a plain-text file: a machine, its devices, its processes, and a script of steps, with
narration and expectations. The app's editor, a shared link and the runner (\`npm run -s sim -- FILE\`) all
read the same text. Every example below is a whole scenario that runs: paste it into the app, or use
"Try it" in the app's Language dialog.

A first scenario, made of this page's examples:

\`\`\`${EXAMPLE_FENCE}
title "Two terminals, one framebuffer"
kernel linux
device ttyv vt screens=2
process shell
> The shell maps screen 0, which is in front.
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: write scr+16 "hello"
expect fault
expect device ttyv page 0
> Screen 1 comes to the front: linux zaps the mapping, and the next access finds the backing store.
switch ttyv 1
shell: read scr+16
expect ram
expect value "hello"
expect clean
\`\`\`

## Words, numbers and addresses

- One statement per line; \`#\` starts a comment; blank lines are ignored. Keywords are lowercase.
- Names (processes, devices, variables, card labels, regions): \`[A-Za-z_][A-Za-z0-9_]*\`, at most
  ${MAX_NAME} characters, not a keyword.
- Numbers: decimal (\`4096\`) or hex (\`0x1000\`). A size or offset may carry a unit: \`k\` (1024), \`m\`
  (1024*1024) or \`p\` (the machine's page size): \`4k\`, \`2p\`. Counts take no unit.
- Strings: double-quoted, at most ${MAX_STRING} characters, with \`\\"\` and \`\\\\\` as the only escapes.
- An address is a number, a variable, or a variable plus or minus a number, with no spaces: \`scr\`,
  \`scr+16\`, \`buf+0x1000\`, \`a+2p\`.
- Limits: ${MAX_PROCESSES} processes, ${MAX_DEVICES} devices, ${MAX_STEPS.toLocaleString('en-US')} steps.
- When a step with \`-> VAR\` fails, VAR holds -1, as a C program that does not check would have it.
`;

/** `**default** \`2\`` and the like, for a key's line. */
function defaultText(e: Entry): string {
  return e.default === null ? '' : ` Default: \`${e.default}\`.`;
}

function example(e: Entry): string {
  return e.example === null ? '' : `\n\`\`\`${EXAMPLE_FENCE}\n${e.example}\n\`\`\`\n`;
}

function heading(e: Entry): string {
  return `### \`${e.name}\``;
}

function plainEntry(e: Entry): string {
  const form = e.form === e.name ? '' : `\`${e.form}\`\n\n`;
  return `${heading(e)}\n\n${form}${e.text}${defaultText(e)}\n${example(e)}`;
}

/** A device type, then its keys as a table (key, default, what it is). */
function devices(s: Section): string {
  const out: string[] = [];
  const types = s.entries.filter((e) => e.id.startsWith('device:'));
  for (const t of types) {
    const keys = s.entries.filter((e) => e.owner === t.name);
    const table = keys.length
      ? `\n| key | default | what it is |\n|---|---|---|\n${keys.map((k) => `| \`${k.form}\` | \`${k.default ?? 'none'}\` | ${k.text} |`).join('\n')}\n`
      : '';
    out.push(`${heading(t)}\n\n\`${t.form}\`\n\n${t.text}\n${table}${example(t)}`);
  }
  const common = s.entries.filter((e) => e.id.startsWith('key:') && e.owner === null);
  if (common.length) {
    out.push(
      `### Keys of every device\n\n| key | default | what it is |\n|---|---|---|\n${common.map((k) => `| \`${k.form}\` | \`${k.default ?? 'none'}\` | ${k.text} |`).join('\n')}\n`,
    );
  }
  return out.join('\n');
}

function section(s: Section): string {
  const body = s.id === 'devices' ? devices(s) : s.entries.map(plainEntry).join('\n');
  return `## ${s.title}\n\n${s.intro}\n\n${body}`;
}

/** The whole doc. */
export function referenceMarkdown(t?: LanguageTables): string {
  const sections = referenceSections(t);
  const contents = sections.map((s) => `- [${s.title}](#${s.id})`).join('\n');
  return `${HEAD}\n## Contents\n\n${contents}\n\n${sections.map(section).join('\n')}`;
}

/** The fenced examples of a markdown text, each with the line its fence opens on. */
export function markdownExamples(md: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== `\`\`\`${EXAMPLE_FENCE}`) continue;
    const start = i + 1;
    let j = start;
    while (j < lines.length && lines[j] !== '```') j++;
    out.push({ line: start + 1, text: `${lines.slice(start, j).join('\n')}\n` });
    i = j;
  }
  return out;
}
