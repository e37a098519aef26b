import { describe, expect, it } from 'vitest';
import type { Scenario } from '../sim/spec.ts';
import { parseScenario, stripPositions } from './index.ts';

/** The example at the top of scenario-language.md. */
const EXAMPLE = `title "Two terminals, one framebuffer"
kernel linux
machine ram=32
device ttyv vt screens=2 fb=1p

process shell
process editor

> The shell maps screen 0, which is in front.
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p prot=rw shared -> scr
shell: write scr+16 "hello"
expect fault
expect device ttyv
editor: open /dev/ttyv1 -> fd
editor: mmap fd 1p -> scr
editor: write scr "vi"
expect ram
> Screen 1 comes to the front: the driver swaps the framebuffer and zaps both mappings.
switch ttyv 1
shell: read scr+16
expect fault
expect ram
expect value "hello"
expect clean
`;

function parseOk(text: string): Scenario {
  const r = parseScenario(text);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`).join('\n'));
  return r.scenario;
}

const n = (value: number, unit: '' | 'k' | 'm' | 'p' = '', hex = false) => ({ value, unit, hex });
const none = { narration: null, starts: [], expects: [] };

describe('the example of scenario-language.md', () => {
  const s = parseOk(EXAMPLE);

  it('has its header', () => {
    expect(s.title).toBe('Two terminals, one framebuffer');
    expect(s.kernel).toBe('linux');
    expect(s.machine).toEqual({
      pageSize: 4096,
      ram: 32,
      levels: 2,
      tlb: 8,
      written: { order: ['ram'], ram: n(32) },
    });
    expect(stripPositions(s.devices)).toEqual([
      { name: 'ttyv', type: 'vt', noUnmap: false, keyOrder: ['screens', 'fb'], screens: n(2), fb: n(1, 'p') },
    ]);
    expect(s.processes).toEqual([
      { name: 'shell', nohandler: false, pos: { line: 6, col: 1 } },
      { name: 'editor', nohandler: false, pos: { line: 7, col: 1 } },
    ]);
  });

  it('has its steps, with narration and expectations attached', () => {
    const steps = stripPositions(s.steps);
    expect(steps).toHaveLength(8);
    expect(steps[0]).toEqual({
      ...none,
      narration: 'The shell maps screen 0, which is in front.',
      kind: 'proc',
      proc: 'shell',
      action: { op: 'open', path: '/dev/ttyv0', mode: null },
      into: 'fd',
    });
    expect(steps[1]).toEqual({
      ...none,
      kind: 'proc',
      proc: 'shell',
      action: {
        op: 'mmap',
        fd: { kind: 'var', name: 'fd' },
        len: n(1, 'p'),
        off: null,
        prot: 'rw',
        share: 'shared',
        at: null,
        order: ['prot', 'share'],
      },
      into: 'scr',
    });
    expect(steps[2]).toEqual({
      ...none,
      kind: 'proc',
      proc: 'shell',
      action: {
        op: 'write',
        addr: { kind: 'var', name: 'scr', sign: 1, offset: n(16) },
        value: { kind: 'str', text: 'hello' },
      },
      into: null,
      expects: [
        { check: { kind: 'fault' }, text: 'expect fault' },
        { check: { kind: 'device', device: 'ttyv', page: null }, text: 'expect device ttyv' },
      ],
    });
    expect(steps[6]).toEqual({
      ...none,
      narration: 'Screen 1 comes to the front: the driver swaps the framebuffer and zaps both mappings.',
      kind: 'device',
      action: { op: 'switch', device: 'ttyv', screen: n(1) },
    });
    expect(steps[7]?.expects.map((e) => e.text)).toEqual([
      'expect fault',
      'expect ram',
      'expect value "hello"',
      'expect clean',
    ]);
    expect(s.trailingProcesses).toEqual([]);
    expect(s.epilogue).toBeNull();
  });

  it('keeps where each statement starts', () => {
    expect(s.steps.map((st) => st.pos.line)).toEqual([10, 11, 12, 15, 16, 17, 20, 21]);
    expect(s.steps[2]?.expects[1]?.pos).toEqual({ line: 14, col: 1 });
    expect(s.devices[0]?.pos).toEqual({ line: 4, col: 1 });
  });
});

describe('structure', () => {
  it('gives process lines between steps to the next step, and after the last to trailingProcesses', () => {
    const s = parseOk('process a\na: exit\nprocess b nohandler\nb: exit\nprocess c\n> the end\n> really\n');
    expect(s.processes.map((p) => p.name)).toEqual(['a']);
    expect(s.steps[1]?.starts).toEqual([{ name: 'b', nohandler: true, pos: { line: 3, col: 1 } }]);
    expect(s.trailingProcesses.map((p) => p.name)).toEqual(['c']);
    expect(s.epilogue).toBe('the end\nreally');
  });

  it('joins narration lines, keeps # in them, and gives a file without steps an epilogue', () => {
    const s = parseOk('  > one # not a comment\n>\n>   two  \n');
    expect(s.steps).toEqual([]);
    expect(s.epilogue).toBe('one # not a comment\n\ntwo');
  });

  it('attaches expect lines to the step before them, across narration and process lines', () => {
    const s = parseOk('process a\na: exit\n> next\nprocess b\nexpect ok\nb: exit\n');
    expect(s.steps[0]?.expects.map((e) => e.text)).toEqual(['expect ok']);
    expect(s.steps[1]?.narration).toBe('next');
    expect(s.steps[1]?.starts.map((p) => p.name)).toEqual(['b']);
  });

  it('quotes an expectation without its comment, with runs of spaces made one', () => {
    const s = parseOk('process a\na: read 0x10\nexpect   EINVAL    # why\n\t expect  value  "a  # b"\n');
    expect(s.steps[0]?.expects.map((e) => e.text)).toEqual(['expect EINVAL', 'expect value "a  # b"']);
  });

  it('resolves p with the machine line wherever it stands', () => {
    const s = parseOk('device t vt fb=2p\nmachine pagesize=8k ram=64\n');
    expect(s.machine.pageSize).toBe(8192);
    const bad = parseScenario('device t vt fb=8k\nmachine pagesize=16k\n');
    expect(bad.ok ? [] : bad.errors).toEqual([
      { line: 1, col: 16, message: expect.stringContaining('whole number of pages') },
    ]);
  });

  it('reads every operand form', () => {
    const s = parseOk(
      [
        'machine pagesize=16k levels=4 tlb=0x10 ram=4096',
        'device r kbuf pages=8 holes=1,0x2 alloc=vmalloc unmap=no',
        'device ps pseudo regions=a:1@0,b:2@0x10000 alias=b:a',
        'device io regs at=0xC0000010 size=0x10',
        'device c card card=none pages=3',
        'device k clone',
        'process p nohandler',
        'p: open /dev/r ro -> r',
        'p: mmap r 0 off=1 prot=none private at=r-0x4 -> rw',
        'p: mmap 3 2p at=0x10000000',
        'p: munmap rw+1k 1m',
        'p: mprotect 0x20000000 16 rx',
        'p: write rw 0x2A',
        'p: write rw',
        'p: read rw+2p',
        'expect device r page 0x1',
        'expect violation device-bounds',
        'expect violation',
        'expect SIGKILL',
        'expect value 42',
        'p: close r',
        'p: fork -> q',
        'q: read rw',
        'insert c B',
        'eject c',
        'unload k',
        'p: exit',
      ].join('\n'),
    );
    expect(s.devices.map((d) => d.noUnmap)).toEqual([true, false, false, false, false]);
    const mmap = s.steps[1];
    expect(stripPositions(mmap)).toMatchObject({
      action: {
        op: 'mmap',
        fd: { kind: 'var', name: 'r' },
        len: n(0),
        off: n(1),
        prot: 'none',
        share: 'private',
        at: { kind: 'var', name: 'r', sign: -1, offset: n(4, '', true) },
        order: ['off', 'prot', 'share', 'at'],
      },
      into: 'rw',
    });
    expect(s.steps[5]?.action).toEqual({
      op: 'write',
      addr: { kind: 'var', name: 'rw', sign: 1, offset: null },
      value: { kind: 'num', num: n(42, '', true) },
    });
    expect(s.steps[7]?.expects.map((e) => e.check)).toEqual([
      { kind: 'device', device: 'r', page: n(1, '', true) },
      { kind: 'violation', rule: 'device-bounds' },
      { kind: 'violation', rule: null },
      { kind: 'signal', signal: 'SIGKILL' },
      { kind: 'value', value: { kind: 'num', num: n(42) } },
    ]);
  });

  it('lets a variable set by any step of a process be used later, and a fork child inherit it', () => {
    parseOk(
      'device d clone\nprocess a\na: mmap 7 0 -> m\na: fork -> b\nb: read m\nb: fork -> c\nc: munmap m 1p\n',
    );
  });

  it('accepts words that are not keywords as names', () => {
    parseOk(
      'device r card card=shared\nprocess rw\nrw: open /dev/r rw -> shared\nrw: mmap shared 1p shared -> p\nrw: read p+1p\n',
    );
  });

  it('accepts CRLF line ends and a file without a final newline', () => {
    expect(parseOk('process a\r\na: exit\r\nexpect ok').steps[0]?.expects).toHaveLength(1);
  });
});
