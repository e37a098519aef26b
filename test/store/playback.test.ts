import { describe, expect, it } from 'vitest';

import { createAppStore, type AppStore } from '../../src/store/store.ts';
import { END } from '../../src/store/types.ts';
import { frameOf, loadedRun } from './fixtures.ts';

/** A store with a 5-step run whose steps have 3 events each, standing at `step` with its frame there. */
function at(step: number, options: { reducedMotion?: boolean } = {}): AppStore {
  const store = createAppStore(options);
  store.getState().openBuiltin('x', step);
  store.getState().loaded(loadedRun(5));
  store.getState().frameArrived(frameOf(step), 1);
  return store;
}

/** Plays the worker's part: the frame of the current step arrives. */
function arrive(store: AppStore): void {
  store.getState().frameArrived(frameOf(store.getState().step), 1);
}

const where = (store: AppStore) => [store.getState().step, store.getState().eventIndex];

describe('stepping', () => {
  it('steps forward into the next step, animating from its first event', () => {
    const store = at(2);
    store.getState().stepForward();
    expect(where(store)).toEqual([3, 0]);
    expect(store.getState().animating).toBe(true);
  });

  it('with reduced motion or at max speed, a step forward shows its end at once', () => {
    const reduced = at(2, { reducedMotion: true });
    reduced.getState().stepForward();
    expect(where(reduced)).toEqual([3, END]);
    expect(reduced.getState().animating).toBe(false);
    const max = at(2);
    max.getState().setSpeed(Infinity);
    max.getState().stepForward();
    expect(where(max)).toEqual([3, END]);
  });

  it('steps back to the end of the step before, never past 0 or the last step', () => {
    const store = at(1);
    store.getState().stepBack();
    expect(where(store)).toEqual([0, END]);
    store.getState().stepBack();
    expect(where(store)).toEqual([0, END]);
    store.getState().jumpToEnd();
    store.getState().stepForward();
    expect(where(store)).toEqual([5, END]);
  });

  it('seek clamps to the run and jumps show the end of their step', () => {
    const store = at(0);
    store.getState().seek(99);
    expect(where(store)).toEqual([5, END]);
    store.getState().seek(-3);
    expect(where(store)).toEqual([0, END]);
    store.getState().seek(3.7);
    expect(where(store)).toEqual([3, END]);
  });
});

describe('moving by event', () => {
  it('crosses into the next step at its first event, and back to the end of the one before', () => {
    const store = at(2);
    store.getState().eventForward();
    expect(where(store)).toEqual([3, 1]);
    arrive(store);
    store.getState().eventForward();
    store.getState().eventForward();
    expect(where(store)).toEqual([3, 3]);
    store.getState().eventForward();
    expect(where(store)).toEqual([4, 1]);
    arrive(store);
    store.getState().eventBack();
    expect(where(store)).toEqual([3, END]);
    arrive(store);
    store.getState().eventBack();
    expect(where(store)).toEqual([3, 2]);
  });

  it('moves by event even before the step frame has arrived, and clamps once it does', () => {
    const store = at(2);
    store.getState().eventForward();
    store.getState().eventForward();
    store.getState().eventForward();
    store.getState().eventForward();
    expect(where(store)).toEqual([3, 4]);
    arrive(store);
    expect(where(store)).toEqual([3, END]);
  });

  it('jumping to a logged event shows the step up to that event and stops playback', () => {
    const store = at(3);
    store.getState().play();
    store.getState().jumpToEvent(1);
    expect(where(store)).toEqual([3, 2]);
    expect(store.getState().playing).toBe(false);
  });

  it('does nothing before the first step', () => {
    const store = at(0);
    store.getState().eventBack();
    expect(where(store)).toEqual([0, END]);
  });
});

describe('playing', () => {
  it('play at the end starts again from the beginning', () => {
    const store = at(5);
    store.getState().play();
    expect(store.getState().step).toBe(0);
    expect(store.getState().playing).toBe(true);
  });

  it('togglePlay pauses and plays; a manual step pauses', () => {
    const store = at(1);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(true);
    store.getState().stepForward();
    expect(store.getState().playing).toBe(false);
  });

  it('turning reduced motion on mid-animation shows the end of the step', () => {
    const store = at(1);
    store.getState().stepForward();
    arrive(store);
    store.getState().advanceEvent();
    store.getState().setReducedMotion(true);
    expect(where(store)).toEqual([2, END]);
    expect(store.getState().animating).toBe(false);
  });
});

describe('loads', () => {
  it('a new run clamps the step; an invalid edit keeps the last good run', () => {
    const store = at(4);
    store.getState().editText('broken');
    expect(store.getState().wanted?.delay).toBeGreaterThan(0);
    store.getState().loadInvalid([{ line: 2, col: 3, message: 'bad' }]);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().stepCount).toBe(5);
    expect(store.getState().alert).toEqual({
      kind: 'invalid',
      errors: [{ line: 2, col: 3, message: 'bad' }],
    });
    store.getState().loaded(loadedRun(2));
    expect(where(store)).toEqual([2, END]);
    expect(store.getState().alert).toBeNull();
    expect(store.getState().text).toBe('broken');
  });

  it('without a good run, a failure is an error', () => {
    const store = createAppStore();
    store.getState().openBuiltin('nope');
    store.getState().loadNotFound('nope');
    expect(store.getState().status).toBe('error');
    expect(store.getState().alert).toEqual({ kind: 'not-found', id: 'nope' });
  });

  it('a kernel override asks for the same source again', () => {
    const store = at(1);
    const before = store.getState().wanted;
    store.getState().setKernelOverride('netbsd');
    expect(store.getState().wanted).toMatchObject({ source: before?.source, kernel: 'netbsd', delay: 0 });
    expect(store.getState().wanted?.seq).toBe((before?.seq ?? 0) + 1);
  });
});
