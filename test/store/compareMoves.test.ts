import { describe, expect, it } from 'vitest';

import { compareMove, compareStart, type CompareWatch } from '../../src/store/effects/compareMoves.ts';
import { createAppStore } from '../../src/store/store.ts';
import { loadedRun } from './fixtures.ts';

const on: CompareWatch = { compare: 'netbsd', runSeq: 1, mode: 'explore', step: 3 };

describe('compareMove', () => {
  it('starts again on a new run, another compared kernel or another mode; asks a frame on a new step', () => {
    expect(compareMove({ ...on, runSeq: 2 }, on)).toBe('start');
    expect(compareMove({ ...on, compare: 'irix', step: 4 }, on)).toBe('start');
    expect(compareMove({ ...on, mode: 'predict' }, on)).toBe('start');
    expect(compareMove({ ...on, step: 4 }, on)).toBe('frame');
    expect(compareMove(on, on)).toBeNull();
  });
});

describe('compareStart', () => {
  function running() {
    const store = createAppStore();
    store.getState().openBuiltin('vt');
    store.getState().loaded(loadedRun(4));
    return store.getState();
  }

  it('runs the wanted scenario under the compared kernel against the main run kernel', () => {
    expect(compareStart({ ...running(), compare: 'irix' })).toEqual({
      kind: 'run',
      source: { kind: 'builtin', id: 'vt' },
      a: 'linux',
      b: 'irix',
    });
  });

  it('stops with no compared kernel and in predict mode, whose questions the other kernel would answer', () => {
    expect(compareStart({ ...running(), compare: null })).toEqual({ kind: 'stop' });
    expect(compareStart({ ...running(), compare: 'irix', mode: 'predict' })).toEqual({ kind: 'stop' });
  });

  it('waits for the main run', () => {
    expect(compareStart({ ...createAppStore().getState(), compare: 'irix' })).toEqual({ kind: 'wait' });
  });
});
