/**
 * Mutations of scenario texts for the fuzz suite: what a hand, an editor or a mangled link does to a
 * file. Tokens deleted, duplicated or swapped; lines deleted, duplicated or swapped; numbers pushed to a
 * limit of the language and one past it; CRLF line ends, a byte-order mark, NUL, a very long line, and
 * deep unicode (astral characters, combining marks, bidirectional controls, invisible ones). Pure and
 * seeded: the same seed gives the same text, so a failure names its seed and can be run again.
 */

import { rng } from '../../bench/generate.ts';

/** Numbers at the language's limits and one past them (limits.ts, scenario-language.md). */
const EDGE_NUMBERS = [
  '0',
  '1',
  '12',
  '13',
  '64',
  '65',
  '1024',
  '1025',
  '4096',
  '4097',
  '65536',
  '65537',
  '150000',
  '150001',
  '0xFFFFFFFF',
  '4294967296',
  '281474976710655',
  '281474976710656',
  '99999999999999999999',
  '0x',
  '4p',
  '4k',
  '4m',
  '-1',
];

const STRANGE = [
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\u2028',
  '\u202E',
  '\u0301',
  '😀',
  '𝔸',
  '\uD800',
  '\t',
  '\r',
  '"',
  '\\',
  '#',
  '>',
  ':',
  '->',
];

type Mutation = (text: string, pick: Pick) => string;

interface Pick {
  int(n: number): number;
  of<T>(list: readonly T[]): T;
}

const tokens = (text: string) => text.split(/(\s+)/);

const MUTATIONS: Mutation[] = [
  // A token deleted, duplicated, swapped with the next, or replaced by a number at a limit.
  (t, p) => editToken(t, p, (ts, i) => ts.splice(i, 1)),
  (t, p) => editToken(t, p, (ts, i) => ts.splice(i, 0, ts[i]!, ' ')),
  (t, p) =>
    editToken(t, p, (ts, i) => {
      if (i + 2 < ts.length) [ts[i], ts[i + 2]] = [ts[i + 2]!, ts[i]!];
    }),
  (t, p) =>
    editToken(t, p, (ts, i) => {
      ts[i] = /\d/.test(ts[i]!)
        ? ts[i]!.replace(/0x[0-9a-fA-F]+|\d+/, p.of(EDGE_NUMBERS))
        : p.of(EDGE_NUMBERS);
    }),
  // A line deleted, duplicated, or swapped with another.
  (t, p) => editLine(t, p, (ls, i) => ls.splice(i, 1)),
  (t, p) => editLine(t, p, (ls, i) => ls.splice(i, 0, ls[i]!)),
  (t, p) =>
    editLine(t, p, (ls, i) => {
      const j = p.int(ls.length);
      [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    }),
  // Line ends, a byte-order mark, NUL, strange characters anywhere.
  (t) => t.replace(/\n/g, '\r\n'),
  (t) => `\uFEFF${t}`,
  (t, p) => {
    const at = p.int(t.length + 1);
    return t.slice(0, at) + p.of(STRANGE) + t.slice(at);
  },
  // A long line: a token repeated, or one line many times.
  (t, p) => editToken(t, p, (ts, i) => (ts[i] = ts[i]!.repeat(1 + p.int(2000)))),
  (t, p) => editLine(t, p, (ls, i) => ls.splice(i, 0, ...Array<string>(1 + p.int(300)).fill(ls[i]!))),
  // The text cut short, as a damaged link would leave it.
  (t, p) => t.slice(0, p.int(t.length + 1)),
];

function editToken(text: string, p: Pick, edit: (ts: string[], i: number) => void): string {
  const ts = tokens(text);
  const words = ts.map((x, i) => (/\S/.test(x) ? i : -1)).filter((i) => i >= 0);
  if (words.length === 0) return text;
  edit(ts, p.of(words));
  return ts.join('');
}

function editLine(text: string, p: Pick, edit: (ls: string[], i: number) => void): string {
  const ls = text.split('\n');
  edit(ls, p.int(ls.length));
  return ls.join('\n');
}

/** `text` with one to four mutations, chosen by `seed`. */
export function mutate(text: string, seed: number): string {
  const random = rng(seed);
  const pick: Pick = {
    int: (n) => Math.floor(random() * n),
    of: (list) => list[Math.floor(random() * list.length)]!,
  };
  let out = text;
  const count = 1 + pick.int(4);
  for (let i = 0; i < count; i++) out = pick.of(MUTATIONS)(out, pick);
  return out;
}
