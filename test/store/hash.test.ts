import { describe, expect, it } from 'vitest';

import { formatHash, parseHash, type AppAddress } from '../../src/store/hash.ts';
import { KERNELS } from '../../src/sim/spec.ts';
import { binMarks, markSummary } from '../../src/store/marks.ts';
import { MARK } from '../../src/worker/protocol.ts';

describe('the address', () => {
  const none: AppAddress = {
    example: null,
    s: null,
    step: null,
    event: null,
    kernel: null,
    theme: null,
    mode: null,
    compare: null,
  };

  it('reads an example and a step', () => {
    expect(parseHash('#example=vt-switch-linux&step=5')).toEqual({
      ...none,
      example: 'vt-switch-linux',
      step: 5,
    });
    expect(parseHash('step=3&example=card-irix')).toEqual({ ...none, example: 'card-irix', step: 3 });
  });

  it('treats a missing or bad step as none, and an empty example as none', () => {
    expect(parseHash('')).toEqual(none);
    expect(parseHash('#example=&step=-1')).toEqual(none);
    expect(parseHash('#example=a&step=2x')).toEqual({ ...none, example: 'a' });
  });

  it('reads a mode and a kernel to compare, and drops unknown ones', () => {
    expect(parseHash('#example=a&mode=predict&compare=netbsd')).toEqual({
      ...none,
      example: 'a',
      mode: 'predict',
      compare: 'netbsd',
    });
    expect(parseHash('#mode=quiz&compare=hurd')).toEqual(none);
    expect(parseHash('#mode=explore')).toEqual(none);
  });

  it('writes what it reads, leaving the defaults out', () => {
    expect(formatHash({ ...none, example: 'first-touch', step: 7 })).toBe('example=first-touch&step=7');
    expect(formatHash({ ...none, example: 'first-touch', step: 0, mode: 'explore' })).toBe(
      'example=first-touch',
    );
    const a: AppAddress = { ...none, example: 'a b&c', step: 12, mode: 'present', compare: 'irix' };
    expect(parseHash(`#${formatHash(a)}`)).toEqual(a);
  });

  it('takes every kernel name in kernel= and compare=, freebsd too', () => {
    for (const k of KERNELS) {
      const a: AppAddress = { ...none, example: 'card-freebsd', step: 3, kernel: k, compare: k };
      expect(parseHash(`#${formatHash(a)}`)).toEqual(a);
    }
    expect(parseHash('#example=card-freebsd&compare=freebsd')).toMatchObject({ compare: 'freebsd' });
  });

  it('reads a scenario text, an event, a kernel override and a theme, and writes them back in order', () => {
    const hash =
      's=1.q1YqSc3NL8pPzEstVrJSUEpJLUrJTEssUqoFAA&step=4&event=2&kernel=irix&theme=dark&mode=walkthrough';
    const a = parseHash(`#${hash}`);
    expect(a).toEqual({
      ...none,
      s: '1.q1YqSc3NL8pPzEstVrJSUEpJLUrJTEssUqoFAA',
      step: 4,
      event: 2,
      kernel: 'irix',
      theme: 'dark',
      mode: 'walkthrough',
    });
    expect(formatHash(a)).toBe(hash);
  });

  it('lets a scenario text win over an example, and leaves out an event with no step', () => {
    const a = parseHash('#example=first-touch&s=1.AwA&event=3');
    expect(formatHash(a)).toBe('s=1.AwA');
  });

  it('ignores unknown parameters and bad values of the new ones', () => {
    expect(parseHash('#example=a&layers=7&zoom=2&event=x&kernel=hurd&theme=pink&s=')).toEqual({
      ...none,
      example: 'a',
    });
    expect(parseHash('#step=99999999999')).toEqual(none);
  });
});

describe('scrubber marks', () => {
  it('keeps one bin per step when there are few steps', () => {
    const marks = Uint8Array.from([0, MARK.fault, MARK.signal | MARK.violation]);
    expect([...binMarks(marks, 100)]).toEqual([0, MARK.fault, MARK.signal | MARK.violation]);
  });

  it('folds many steps into bins without losing a mark', () => {
    const marks = new Uint8Array(100_000);
    marks[0] = MARK.fault;
    marks[50_000] = MARK.failed;
    marks[99_999] = MARK.violation;
    const bins = binMarks(marks, 400);
    expect(bins.length).toBe(400);
    expect(bins[0]).toBe(MARK.fault);
    expect(bins[200]).toBe(MARK.failed);
    expect(bins[399]).toBe(MARK.violation);
    expect(bins.reduce((n, b) => n + (b ? 1 : 0), 0)).toBe(3);
  });

  it('says what the marks are in words', () => {
    const marks = Uint8Array.from([MARK.fault, MARK.fault | MARK.signal, 0, MARK.failed]);
    expect(markSummary(marks)).toBe('2 faults, 1 signal, 1 failed expectation');
    expect(markSummary(new Uint8Array(2))).toBe('no marks');
  });
});
