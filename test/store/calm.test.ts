import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAppStore } from '../../src/store/store.ts';
import { CALM_MS, calmSubscribe } from '../../src/store/useCalmApp.ts';
import { loadedRun } from './fixtures.ts';

function playing(speed: number) {
  const store = createAppStore();
  store.getState().openBuiltin('x');
  store.getState().loaded(loadedRun(1000));
  store.getState().setSpeed(speed);
  store.getState().play();
  return store;
}

/** Moves playback on `n` steps, as max-speed playback does, with no frame (calmSubscribe hears any change). */
const moveOn = (store: ReturnType<typeof playing>, n: number) =>
  store.setState((s) => ({ step: s.step + n }));

describe('calmSubscribe', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hears of every change at once when playback is not racing', () => {
    const store = playing(1);
    const heard = vi.fn();
    calmSubscribe(store, heard);
    for (let i = 0; i < 5; i++) moveOn(store, 1);
    expect(heard).toHaveBeenCalledTimes(5);
  });

  it('hears of a max-speed run at most once per CALM_MS, and of its last change', () => {
    const store = playing(Number.POSITIVE_INFINITY);
    const steps: number[] = [];
    calmSubscribe(store, () => steps.push(store.getState().step));
    for (let i = 0; i < 10; i++) moveOn(store, 10);
    expect(steps).toEqual([]);
    vi.advanceTimersByTime(CALM_MS);
    expect(steps).toEqual([100]);
    moveOn(store, 10);
    vi.advanceTimersByTime(CALM_MS);
    expect(steps).toEqual([100, 110]);
  });

  it('hears of the pause that ends a max-speed run at once, and of nothing after unsubscribing', () => {
    const store = playing(Number.POSITIVE_INFINITY);
    const heard = vi.fn();
    const unsubscribe = calmSubscribe(store, heard);
    moveOn(store, 10);
    store.getState().pause();
    expect(heard).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(CALM_MS);
    expect(heard).toHaveBeenCalledTimes(1);
    unsubscribe();
    moveOn(store, 1);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
