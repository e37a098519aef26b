/** The runner's pieces that need no process: argument parsing, step texts and the table's layout. */

import { describe, expect, it } from 'vitest';

import { parseArgs } from '../src/cli/args.ts';
import { formatTable, jsonLine, printable } from '../src/cli/format.ts';
import { describeLands, stepTexts, stripComment } from '../src/scenario/describe.ts';
import type { StepRow } from '../src/scenario/run.ts';

const row = (over: Partial<StepRow>): StepRow => ({
  line: 1,
  actor: 'p',
  op: 'read',
  result: 'ok',
  signal: null,
  fault: false,
  lands: null,
  value: null,
  violations: [],
  users: {},
  why: null,
  expectFailed: [],
  ...over,
});

describe('parseArgs', () => {
  it('reads the three forms of the contract', () => {
    expect(parseArgs(['a.scn'])).toEqual({
      ok: true,
      command: { kind: 'file', file: 'a.scn', json: false, kernel: null },
    });
    expect(parseArgs(['--json', 'a.scn', '--kernel', 'netbsd'])).toEqual({
      ok: true,
      command: { kind: 'file', file: 'a.scn', json: true, kernel: 'netbsd' },
    });
    expect(parseArgs(['--list'])).toEqual({ ok: true, command: { kind: 'list' } });
    expect(parseArgs(['--example=first-touch', '--kernel=irix'])).toEqual({
      ok: true,
      command: { kind: 'example', id: 'first-touch', json: false, kernel: 'irix' },
    });
  });

  it('reads an attack search from a file or a shipped setup', () => {
    expect(parseArgs(['--search', 'a.scn'])).toEqual({
      ok: true,
      command: { kind: 'search', from: { file: 'a.scn' }, depth: 6, rule: null, kernel: null },
    });
    expect(parseArgs(['--search', '--setup', 'vt-irix', '--depth=3', '--rule', 'per-open'])).toMatchObject({
      ok: true,
      command: { from: { setup: 'vt-irix' }, depth: 3, rule: 'per-open' },
    });
  });

  it('takes every kernel name in --kernel, freebsd too', () => {
    expect(parseArgs(['--example', 'card-freebsd', '--kernel', 'freebsd'])).toEqual({
      ok: true,
      command: { kind: 'example', id: 'card-freebsd', json: false, kernel: 'freebsd' },
    });
  });

  it('takes a file that looks like a flag after --', () => {
    expect(parseArgs(['--', '--odd.scn'])).toMatchObject({ ok: true, command: { file: '--odd.scn' } });
  });

  it.each([
    [['--frob'], /unknown option/],
    [['a.scn', '--kernel', 'hurd'], /unknown kernel 'hurd'/],
    [['--list', '--json'], /--list takes no other arguments/],
    [['a.scn', '--example', 'x'], /not both/],
    [['--json=yes', 'a.scn'], /takes no value/],
    [['--kernel', 'linux', '--kernel', 'irix', 'a.scn'], /given twice/],
    [['--search', 'a.scn', '--depth', '0'], /--depth needs a number of steps from 1 to 12/],
    [['--search', 'a.scn', '--depth', '99'], /from 1 to 12/],
    [['--search', 'a.scn', '--rule', 'nice'], /--rule needs one of vt-foreground/],
    [['--search', 'a.scn', '--setup', 'vt-irix'], /either FILE or --setup ID/],
    [['--search'], /needs a setup/],
    [['a.scn', '--depth', '3'], /go with --search/],
  ])('refuses %j', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('step texts', () => {
  it('drops comments outside strings only', () => {
    expect(stripComment('  p: write scr "a#b" # note')).toBe('p: write scr "a#b"');
    expect(stripComment('p: write scr "say \\"#\\"" #x')).toBe('p: write scr "say \\"#\\""');
  });

  it('drops the actor of a process step, and keeps a device step whole', () => {
    const text = 'process p\np : read scr+16  # c\r\nswitch ttyv 1\n';
    expect(
      stepTexts(text, [
        { line: 2, actor: 'p' },
        { line: 3, actor: null },
      ]),
    ).toEqual(['read scr+16', 'switch ttyv 1']);
  });

  it('names where an access landed', () => {
    expect(describeLands({ kind: 'device', device: 'ttyv', page: 0 })).toBe('device ttyv p0');
    expect(describeLands({ kind: 'ram', frame: 12 })).toBe('ram f12');
    expect(describeLands(null)).toBe('');
  });
});

describe('output', () => {
  it('aligns the columns and marks failed expectations under their row', () => {
    const rows = [
      row({
        line: 9,
        result: 'signal',
        signal: 'SIGBUS',
        fault: true,
        expectFailed: ['expect ram'],
        why: 'a hole\u001b[2J',
      }),
      row({ line: 12, actor: null, op: 'switch', violations: ['stale-tlb', 'vt-foreground'] }),
    ];
    const out = formatTable(rows, ['read scr', 'switch ttyv 1'], {
      title: 'T',
      kernel: 'netbsd',
      expectations: 3,
    }).split('\n');
    expect(out[0]).toBe('T (kernel netbsd)');
    const header = out[2] ?? '';
    expect(header).toBe(`LINE  ACTOR  OPERATION${' '.repeat(6)}RESULT  FAULT  LANDS  VALUE  VIOLATIONS`);
    expect(out[3]).toBe('   9  p      read scr       SIGBUS  fault');
    expect(out[4]).toBe('             why: a hole\\u001b[2J');
    expect(out[5]).toBe('             ✗ expect ram');
    expect(out[6]).toBe(`  12  -      switch ttyv 1  ok${' '.repeat(27)}stale-tlb,vt-foreground`);
    expect(out.at(-2)).toBe('2 steps on netbsd: ✗ 1 of 3 expectations failed, on 1 step');
  });

  it('keeps terminal control characters out of the table', () => {
    expect(printable('a\u001b[2Jb\u202ec')).toBe('a\\u001b[2Jb\\u202ec');
  });

  it('writes the contract keys in order', () => {
    const line = jsonLine(row({ lands: { kind: 'device', device: 'ttyv', page: 1 } }));
    expect(line).toBe(
      '{"line":1,"actor":"p","op":"read","result":"ok","signal":null,"fault":false,' +
        '"lands":{"kind":"device","device":"ttyv","page":1},"value":null,"violations":[],"expectFailed":[],' +
        '"why":null}',
    );
  });
});
