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
