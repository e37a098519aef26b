import { describe, expect, it } from 'vitest';

import { aheadOf } from '../../src/store/slices/frameSlice.ts';
import { createAppStore } from '../../src/store/store.ts';
import { END } from '../../src/store/types.ts';
import { frameOf, loadedRun } from './fixtures.ts';

function racingAt(step: number) {
  const store = createAppStore();
  store.getState().openBuiltin('x');
  store.getState().loaded(loadedRun(100));
  store.getState().seek(step);
  store.getState().frameArrived(frameOf(step), 1);
  store.getState().setSpeed(Infinity);
  store.getState().play();
  return store;
}

const planned = (store: ReturnType<typeof racingAt>) =>
  aheadOf(store.getState()).map((a) => [a.step, a.arrived?.frame.step ?? null]);

describe('steps fetched ahead', () => {
  it('are planned in order and filled as their frames come, in any order; a frame not planned is dropped', () => {
    const store = racingAt(10);
    const s = () => store.getState();
    s().raceOn([12, 16]);
    s().aheadArrived(frameOf(16), 3);
    s().aheadArrived(frameOf(14), 3);
    expect(s().step).toBe(10);
    expect(planned(store)).toEqual([
      [12, null],
      [16, 16],
    ]);
  });

  it('show the first step only once its frame is here, with the frame, its time and all its events', () => {
    const store = racingAt(10);
    const s = () => store.getState();
    s().raceOn([12, 16]);
    s().aheadArrived(frameOf(16), 3);
    // Not here yet: the step stays, and the new step joins the plan.
    s().raceOn([20]);
    expect(s().step).toBe(10);
    expect(planned(store)).toEqual([
      [12, null],
      [16, 16],
      [20, null],
    ]);
    s().aheadArrived(frameOf(12), 7);
    s().raceOn([]);
    expect([s().step, s().frame?.step, s().frameMs, s().eventIndex]).toEqual([12, 12, 7, END]);
    s().raceOn([24]);
    expect([s().step, s().frame?.step, s().frameMs]).toEqual([16, 16, 3]);
    expect(planned(store)).toEqual([
      [20, null],
      [24, null],
    ]);
  });

  it('are forgotten when the step moves another way, a new run comes, playback pauses or the worker lost them', () => {
    const moves = {
      seek: (store: ReturnType<typeof racingAt>) => store.getState().seek(40),
      'a new run': (store: ReturnType<typeof racingAt>) => store.getState().loaded(loadedRun(100)),
      pause: (store: ReturnType<typeof racingAt>) => store.getState().pause(),
      'a lost worker': (store: ReturnType<typeof racingAt>) => store.getState().aheadLost(),
    };
    for (const [name, move] of Object.entries(moves)) {
      const store = racingAt(10);
      store.getState().raceOn([12]);
      store.getState().aheadArrived(frameOf(12), 1);
      move(store);
      expect(planned(store), name).toEqual([]);
      // Its frames count for nothing now, even if they come back to the same step.
      // A new plan starts from where playback is.
      store.getState().raceOn([50]);
      expect(store.getState().frame?.step, name).not.toBe(12);
      expect(store.getState().ahead.from, name).toBe(store.getState().step);
      expect(planned(store), name).toEqual([[50, null]]);
    }
  });
});
