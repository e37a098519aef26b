import { describe, expect, it } from 'vitest';

import { CALM_MS } from '../store/useCalmApp.ts';
import { Calm, TallestHeight } from './calm.ts';

function clocked() {
  let time = 0;
  const calm = new Calm<string>(() => time);
  return { calm, advance: (ms: number) => (time += ms) };
}

describe('Calm', () => {
  it('follows every change when not racing', () => {
    const { calm } = clocked();
    for (const v of ['a', 'b', 'c']) expect(calm.next(v, false)).toBe(v);
  });

  it('while racing takes a new value at most once per CALM_MS', () => {
    const { calm, advance } = clocked();
    expect(calm.next('a', true)).toBe('a');
    advance(CALM_MS / 2);
    expect(calm.next('b', true)).toBe('a');
    advance(CALM_MS / 2);
    expect(calm.next('c', true)).toBe('c');
    expect(calm.next('d', true)).toBe('c');
  });

  it('takes its turn at its phase of the beat: values of different phases change in different frames', () => {
    let time = 1000;
    const phases = [0, 1 / 3, 2 / 3];
    const calms = phases.map((phase) => new Calm<number>(() => time, phase));
    calms.forEach((c) => c.next(-1, true));
    const changedAt = phases.map(() => [] as number[]);
    // Two seconds of frames at 60 Hz, each with a new value for every calm value.
    for (let frame = 0; frame < 120; frame++) {
      time += 1000 / 60;
      calms.forEach((c, i) => {
        if (c.next(frame, true) === frame) changedAt[i]!.push(frame);
      });
    }
    // Once a beat each (a beat of two seconds' sixteen may fall outside them).
    for (const frames of changedAt) expect(Math.abs(frames.length - 2000 / CALM_MS)).toBeLessThanOrEqual(1);
    const all = changedAt.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('shows the latest value as soon as racing stops, with no new value', () => {
    const { calm } = clocked();
    calm.next('a', true);
    expect(calm.next('b', true)).toBe('a');
    expect(calm.next('b', false)).toBe('b');
  });
});

describe('TallestHeight', () => {
  it('while racing only grows, in steps; stopped, it is the height itself', () => {
    const h = new TallestHeight();
    expect(h.next(700, false)).toBe(700);
    const first = h.next(700, true);
    expect(first).toBeGreaterThanOrEqual(700);
    expect(h.next(650, true)).toBe(first);
    expect(h.next(first + 1, true)).toBeGreaterThan(first + 1);
    expect(h.next(650, false)).toBe(650);
  });
});
