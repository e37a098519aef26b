import { describe, expect, it } from 'vitest';
import type { StepOutcome } from '../sim/outcome.ts';
import type { Step } from '../sim/spec.ts';
import { failedExpectations, parseScenario } from './index.ts';

const base: StepOutcome = {
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
};

/** The last step of a small file whose last step is `step` followed by `expects`. */
function stepWith(step: string, expects: string[]): Step {
  const r = parseScenario(
    ['device tty vt', 'device other clone', 'process p', 'p: mmap 3 1p -> m', step, ...expects].join('\n'),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const last = r.scenario.steps[r.scenario.steps.length - 1];
  if (!last) throw new Error('no step');
  return last;
}

const failed = (step: string, expects: string[], o: Partial<StepOutcome>) =>
  failedExpectations(stepWith(step, expects), { ...base, ...o }, 4096);

describe('failedExpectations', () => {
  it('ok holds only with no errno and no signal', () => {
    expect(failed('p: read m', ['expect ok'], {})).toEqual([]);
    expect(failed('p: read m', ['expect ok'], { result: 'signal', signal: 'SIGSEGV' })).toEqual([
      'expect ok',
    ]);
    expect(failed('p: read m', ['expect ok'], { result: 'EINVAL' })).toEqual(['expect ok']);
  });

  it('an errno holds when the result is that errno', () => {
    expect(failed('p: read m', ['expect EINVAL', 'expect EBADF'], { result: 'EINVAL' })).toEqual([
      'expect EBADF',
    ]);
  });

  it('signals, fault and nofault', () => {
    const o = { result: 'signal' as const, signal: 'SIGBUS' as const, fault: true };
    expect(
      failed('p: read m', ['expect SIGBUS', 'expect SIGSEGV', 'expect fault', 'expect nofault'], o),
    ).toEqual(['expect SIGSEGV', 'expect nofault']);
  });

  it('device [page N] and ram look at where the access landed', () => {
    const lands = { kind: 'device' as const, device: 'tty', page: 0 };
    const expects = [
      'expect device tty',
      'expect device tty page 0',
      'expect device tty page 1',
      'expect ram',
      'expect device other',
    ];
    expect(failed('p: read m', expects, { lands })).toEqual([
      'expect device tty page 1',
      'expect ram',
      'expect device other',
    ]);
    expect(
      failed('p: read m', ['expect ram', 'expect device tty'], { lands: { kind: 'ram', frame: 3 } }),
    ).toEqual(['expect device tty']);
    expect(failed('p: read m', ['expect ram'], { lands: null })).toEqual(['expect ram']);
  });

  it('values compare as text, numbers in decimal', () => {
    const expects = [
      'expect value 16',
      'expect value "16"',
      'expect value 0x10',
      'expect value "0x10"',
      'expect value 17',
    ];
    expect(failed('p: read m', expects, { value: '16' })).toEqual(['expect value "0x10"', 'expect value 17']);
    expect(failed('p: read m', ['expect value "hello"', 'expect value 0'], { value: null })).toEqual([
      'expect value "hello"',
      'expect value 0',
    ]);
  });

  it('violation [RULE] and clean', () => {
    const expects = [
      'expect violation',
      'expect violation vt-foreground',
      'expect violation prot',
      'expect clean',
    ];
    expect(failed('p: read m', expects, { violations: ['vt-foreground'] })).toEqual([
      'expect violation prot',
      'expect clean',
    ]);
    expect(failed('p: read m', expects, {})).toEqual([
      'expect violation',
      'expect violation vt-foreground',
      'expect violation prot',
    ]);
  });

  it('reports each failed line as written, without comment', () => {
    expect(failed('p: read m', ['  expect   value "a  b"   # note'], { value: 'x' })).toEqual([
      'expect value "a  b"',
    ]);
  });
});
