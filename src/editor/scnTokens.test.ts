import { describe, expect, it } from 'vitest';
import { StringStream } from '@codemirror/language';
import { ERRNOS, SIGNALS } from '../sim/spec.ts';
import { ERRNO_NAMES, KEYWORDS, SIGNAL_NAMES, scnStreamParser, type ScnToken } from './scnTokens.ts';

type Piece = [text: string, token: ScnToken | null];

/** Tokenizes lines as CodeMirror does (one state carried across lines); drops whitespace pieces. */
function tokenize(...lines: string[]): Piece[][] {
  const state = scnStreamParser.startState!(2);
  return lines.map((line) => {
    const stream = new StringStream(line, 2, 2);
    // StringStream matches a regex against a copy of the rest of the line: quadratic on a long line.
    const match = stream.match.bind(stream);
    stream.match = ((pattern: string | RegExp, consume?: boolean) => {
      if (typeof pattern !== 'string') throw new Error(`regex match ${String(pattern)}: quadratic`);
      return match(pattern, consume);
    }) as typeof stream.match;
    const pieces: Piece[] = [];
    while (!stream.eol()) {
      const before = stream.pos;
      stream.start = stream.pos;
      const token = scnStreamParser.token(stream, state) as ScnToken | null;
      if (stream.pos <= before) throw new Error(`no progress at ${before} in ${line.slice(0, 80)}`);
      const text = line.slice(stream.start, stream.pos);
      if (text.trim() !== '') pieces.push([text, token]);
    }
    return pieces;
  });
}
const line = (text: string): Piece[] => tokenize(text)[0]!;
const classOf = (text: string, piece: string) => line(text).find(([t]) => t === piece)?.[1];

describe('scenario tokenizer', () => {
  it('marks every keyword of the language, and only those', () => {
    expect(KEYWORDS.size).toBe(19);
    for (const k of KEYWORDS) expect(classOf(`${k} x`, k), k).toBe('keyword');
    // Words the spec says are not keywords (`r` may name a device).
    for (const w of ['r', 'rw', 'shared', 'linux', 'p']) expect(classOf(`x ${w}`, w), w).toBeNull();
    expect(classOf('Title x', 'Title')).toBeNull();
  });

  it('marks `driver` at the start of a line only, and hooks as keys', () => {
    expect(line('driver mine card eject=none')).toEqual([
      ['driver', 'keyword'],
      ['mine', null],
      ['card', null],
      ['eject', 'key'],
      ['=', 'punctuation'],
      ['none', null],
    ]);
    expect(classOf('driver: exit', 'driver:')).toBe('actor');
    expect(classOf('device d card driver=x', 'driver')).toBe('key');
    expect(classOf('  switch=both', 'switch')).toBe('key');
  });

  it('marks the actor prefix of a process step, colon included, with or without spaces before it', () => {
    expect(line('shell: write scr+16 "hello"')).toEqual([
      ['shell:', 'actor'],
      ['write', 'keyword'],
      ['scr', null],
      ['+', 'punctuation'],
      ['16', 'number'],
      ['"hello"', 'string'],
    ]);
    expect(line('  ed : exit')).toEqual([
      ['ed :', 'actor'],
      ['exit', 'keyword'],
    ]);
    // A colon later in the line is not an actor (`regions=a:1@0`).
    expect(classOf('device d pseudo regions=a:1@0', 'a')).toBeNull();
  });

  it('takes a narration line whole, with # and quotes in it, even after leading spaces', () => {
    expect(line('> The shell maps "screen" 0 # in front')).toEqual([
      ['> The shell maps "screen" 0 # in front', 'narration'],
    ]);
    expect(line('   > indented')).toEqual([['> indented', 'narration']]);
    // `>` after the first word is not narration.
    expect(classOf('x > y', '>')).toBe('punctuation');
  });

  it('runs a # comment to the end of the line, but not from inside a string', () => {
    expect(line('switch ttyv 1 # front "now"')).toEqual([
      ['switch', 'keyword'],
      ['ttyv', null],
      ['1', 'number'],
      ['# front "now"', 'comment'],
    ]);
    expect(line('title "a # b" # c')).toEqual([
      ['title', 'keyword'],
      ['"a # b"', 'string'],
      ['# c', 'comment'],
    ]);
  });

  it('reads strings with \\" and \\\\ escapes to their real closing quote', () => {
    expect(line('p: write x "say \\"hi\\" \\\\" 5')).toEqual([
      ['p:', 'actor'],
      ['write', 'keyword'],
      ['x', null],
      ['"say \\"hi\\" \\\\"', 'string'],
      ['5', 'number'],
    ]);
    // `\\` then the closing quote: the quote closes the string.
    expect(line('title "a\\\\" # c').map(([, t]) => t)).toEqual(['keyword', 'string', 'comment']);
    // Unterminated: the rest of the line is the string (the parser reports it).
    expect(line('title "open # not a comment')).toEqual([
      ['title', 'keyword'],
      ['"open # not a comment', 'string'],
    ]);
  });

  it('reads decimal and hex numbers with a unit suffix, and rejects glued letters', () => {
    for (const n of ['4096', '0x1000', '0xFFee', '4k', '2p', '16m', '0x10p'])
      expect(line(`p: munmap a ${n}`)[3], n).toEqual([n, 'number']);
    expect(line('p: munmap a 4kb')[3]).toEqual(['4kb', null]);
    expect(line('p: munmap a 0xzz')[3]).toEqual(['0xzz', null]);
    expect(line('p: read end-8').slice(2)).toEqual([
      ['end', null],
      ['-', 'punctuation'],
      ['8', 'number'],
    ]);
  });

  it('marks the key of key=value, not the value', () => {
    expect(line('device ttyv vt screens=2 fb=1p')).toEqual([
      ['device', 'keyword'],
      ['ttyv', null],
      ['vt', null],
      ['screens', 'key'],
      ['=', 'punctuation'],
      ['2', 'number'],
      ['fb', 'key'],
      ['=', 'punctuation'],
      ['1p', 'number'],
    ]);
    expect(classOf('p: mmap fd 1p prot=rw shared', 'rw')).toBeNull();
  });

  it('marks the arrow and the variable it sets, and a path as a path', () => {
    expect(line('shell: open /dev/ttyv0 -> fd')).toEqual([
      ['shell:', 'actor'],
      ['open', 'keyword'],
      ['/dev/ttyv0', 'path'],
      ['->', 'arrow'],
      ['fd', 'definition'],
    ]);
    // A path may hold `-` but stops before an arrow glued to it.
    expect(line('p: open /dev/a-b->fd').slice(2)).toEqual([
      ['/dev/a-b', 'path'],
      ['->', 'arrow'],
      ['fd', 'definition'],
    ]);
    expect(classOf('p: fork -> child', 'child')).toBe('definition');
  });

  it('marks errno and signal names after expect, and not elsewhere', () => {
    expect(line('expect EWOULDBLOCK')).toEqual([
      ['expect', 'keyword'],
      ['EWOULDBLOCK', 'errno'],
    ]);
    expect(line('expect SIGBUS # card gone').map(([, t]) => t)).toEqual(['keyword', 'signal', 'comment']);
    expect(classOf('expect EWHATEVER', 'EWHATEVER')).toBeNull();
    expect(classOf('process EINVAL', 'EINVAL')).toBeNull();
    expect(classOf('expect ok', 'ok')).toBeNull();
  });

  it('knows the same errno and signal names as the engine', () => {
    expect([...ERRNO_NAMES].sort()).toEqual([...ERRNOS].sort());
    expect([...SIGNAL_NAMES].sort()).toEqual([...SIGNALS].sort());
  });

  it('starts every line afresh: nothing carries over from the line before', () => {
    const [first, second, third] = tokenize('expect EINVAL -> ', 'p: read EINVAL', '"unterminated');
    expect(first?.at(-1)).toEqual(['->', 'arrow']);
    expect(second).toEqual([
      ['p:', 'actor'],
      ['read', 'keyword'],
      ['EINVAL', null],
    ]);
    expect(third).toEqual([['"unterminated', 'string']]);
  });

  it('always makes progress, whatever the characters', () => {
    const pieces = line('@@ ¤ \t 😀 :=, +-/ \\ "\\');
    expect(pieces.map(([t]) => t).join('')).toBe('@@¤😀:=,+-/\\"\\');
    // An astral character is one token: a highlight span never splits a surrogate pair.
    expect(pieces).toContainEqual(['😀', 'punctuation']);
  });

  it('is linear in the length of a line', () => {
    const long = 'p: write x "' + 'a\\"'.repeat(200_000) + '" ' + '1 '.repeat(200_000);
    const t0 = performance.now();
    const pieces = line(long);
    const ms = performance.now() - t0;
    expect(pieces.length).toBe(4 + 200_000);
    expect(ms).toBeLessThan(2_000);
  });
});
