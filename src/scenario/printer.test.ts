import { describe, expect, it } from 'vitest';
import type { Scenario } from '../sim/spec.ts';
import { parseScenario, printScenario, sameScenario } from './index.ts';

function parseOk(text: string): Scenario {
  const r = parseScenario(text);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`).join('\n'));
  return r.scenario;
}

describe('printScenario', () => {
  it('prints a file in canonical layout, keeping numbers, keys and options as written', () => {
    const source = [
      '   # a comment line',
      'process a nohandler',
      'machine   tlb=0x10 pagesize=8k',
      'device ps pseudo alias=b:a regions=a:1@0,b:2@0x4000 unmap=no  # bug',
      'title "say \\"hi\\" \\\\ bye"',
      '> first',
      '>',
      '>    second   ',
      'a: open /dev/ps wo -> f',
      'a: mmap f 0x2p at=f+1k shared off=4k -> m',
      'expect   EINVAL',
      'process b',
      'b: write 0x10000000 0xff',
      'b: read 0x10000000',
      'expect value 0xff',
      'unload ps',
      '> the end',
    ].join('\n');
    const valid = parseOk(source);
    expect(printScenario(valid)).toBe(
      [
        'title "say \\"hi\\" \\\\ bye"',
        'machine tlb=0x10 pagesize=8k',
        'device ps pseudo alias=b:a regions=a:1@0,b:2@0x4000 unmap=no',
        '',
        'process a nohandler',
        '',
        '> first',
        '>',
        '> second',
        'a: open /dev/ps wo -> f',
        'a: mmap f 0x2p at=f+1k shared off=4k -> m',
        'expect EINVAL',
        'process b',
        'b: write 0x10000000 0xFF',
        'b: read 0x10000000',
        'expect value 0xff',
        'unload ps',
        '',
        '> the end',
        '',
      ].join('\n'),
    );
  });

  it('prints the canonical expectation when its text says something else', () => {
    const s = parseOk('process p\np: read 0\nexpect value 1\n');
    const step = s.steps[0];
    const e = step?.expects[0];
    if (!e) throw new Error('no expectation');
    e.check = { kind: 'value', value: { kind: 'str', text: 'two' } };
    expect(printScenario(s)).toContain('expect value "two"');
  });

  it('prints keys that a hand-built scenario set without a keyOrder', () => {
    const s = parseOk('device k kbuf\n');
    Object.assign(s.devices[0] ?? {}, { pages: { value: 2, unit: '', hex: false }, noUnmap: true });
    expect(printScenario(s)).toBe('device k kbuf pages=2 unmap=no\n');
    expect(sameScenario(parseOk(printScenario(s)), s)).toBe(false); // keyOrder now says what was printed
  });

  it('prints an empty scenario as nothing', () => {
    expect(printScenario(parseOk(''))).toBe('');
  });
});
