import { describe, expect, it } from 'vitest';

import { createAppStore, type AppStore } from '../../src/store/store.ts';
import { aheadOf } from '../../src/store/slices/frameSlice.ts';
import {
  AHEAD,
  CHANGE_BUDGET,
  ceilingAfter,
  EVENT_MS,
  nextCeiling,
  nextMove,
  nextStride,
  startTicker,
  STEP_HOLD_MS,
} from '../../src/store/effects/ticker.ts';
import { END } from '../../src/store/types.ts';
import { MARK } from '../../src/worker/protocol.ts';
import { frameOf, loadedRun } from './fixtures.ts';

/**
 * The worker's part, at once: a step change with no frame of its own brings its frame, and a step
 * planned ahead arrives as soon as it is planned (`frame` makes each frame).
 */
function answering(store: AppStore, frame = (step: number, _from: number) => frameOf(step), ms = 2) {
  store.subscribe((s, prev) => {
    if (s.step !== prev.step && s.frame?.step !== s.step) s.frameArrived(frame(s.step, prev.step), ms);
    s.ahead.steps.forEach((a, i) => {
      if (a.arrived || prev.ahead.steps.includes(a)) return;
      store.getState().aheadArrived(frame(a.step, s.ahead.steps[i - 1]?.step ?? s.ahead.from), ms);
    });
  });
}

/** A store with a run of `stepCount` steps, whose worker takes `ms` for each frame. */
function ready(stepCount: number, options: { reducedMotion?: boolean; ms?: number } = {}): AppStore {
  const store = createAppStore(options);
  store.getState().openBuiltin('x');
  store.getState().loaded(loadedRun(stepCount));
  store.getState().frameArrived(frameOf(0), 1);
  answering(store, undefined, options.ms);
  return store;
}

/** A clock the test moves by hand; frames run when it moves. */
function fakeClock() {
  let time = 0;
  let queue: Array<() => void> = [];
  return {
    now: () => time,
    frame: (cb: () => void) => queue.push(cb),
    cancel: () => {},
    advance(ms: number) {
      time += ms;
      const run = queue;
      queue = [];
      run.forEach((cb) => cb());
    },
  };
}

/** Starts playback at max speed on a clock the test moves. */
function race(store: AppStore) {
  const clock = fakeClock();
  startTicker(store, clock);
  store.getState().setSpeed(Infinity);
  store.getState().play();
  return clock;
}

/** How many steps each of `frames` animation frames, `ms` apart, moved playback by. */
function stridesOf(store: AppStore, clock: ReturnType<typeof fakeClock>, frames: number, ms: number) {
  const strides: number[] = [];
  for (let i = 0; i < frames; i++) {
    const before = store.getState().step;
    clock.advance(ms);
    strides.push(store.getState().step - before);
  }
  return strides;
}

describe('nextMove', () => {
  const base = { stepCount: 5, playing: false, animating: true, speed: 1, reducedMotion: false };
  const frame = frameOf(2);

  it('waits for the step frame before anything moves', () => {
    expect(nextMove({ ...base, frame: frameOf(1), step: 2, eventIndex: 0 }, 1000)).toBeNull();
  });

  it('starts the first event at once, then one event per EVENT_MS / speed', () => {
    expect(nextMove({ ...base, frame, step: 2, eventIndex: 0 }, 0)).toBe('advance');
    expect(nextMove({ ...base, frame, step: 2, eventIndex: 1 }, EVENT_MS - 1)).toBeNull();
    expect(nextMove({ ...base, frame, step: 2, eventIndex: 1 }, EVENT_MS)).toBe('advance');
    expect(nextMove({ ...base, frame, step: 2, eventIndex: 1, speed: 4 }, EVENT_MS / 4)).toBe('advance');
    expect(nextMove({ ...base, frame, step: 2, eventIndex: 3 }, EVENT_MS)).toBe('settle');
  });

  it('while playing: the next step once settled, a stop at the end, strides at max speed', () => {
    const still = { ...base, animating: false, playing: true, frame, step: 2, eventIndex: END };
    expect(nextMove(still, 0)).toBe('next');
    expect(nextMove({ ...still, speed: Infinity }, 0)).toBe('stride');
    expect(nextMove({ ...still, reducedMotion: true }, STEP_HOLD_MS - 1)).toBeNull();
    expect(nextMove({ ...still, reducedMotion: true }, STEP_HOLD_MS)).toBe('next');
    expect(nextMove({ ...still, frame: frameOf(5), step: 5 }, 0)).toBe('stop');
    expect(nextMove({ ...still, playing: false }, 1e9)).toBeNull();
  });
});

describe('nextStride', () => {
  it('grows at most twofold when the worker is fast, shrinks when it is slow, never below 1', () => {
    expect(nextStride(10, { frameMs: 1 })).toBe(20);
    expect(nextStride(10, { frameMs: 8 })).toBe(5);
    expect(nextStride(1, { frameMs: 100 })).toBe(1);
    expect(nextStride(4096, { frameMs: 0 })).toBe(4096);
  });

  it('shrinks in proportion when the last stride changed more values than CHANGE_BUDGET, grows when fewer', () => {
    expect(nextStride(1000, { frameMs: 1, changes: CHANGE_BUDGET * 2 })).toBe(500);
    expect(nextStride(1000, { frameMs: 1, changes: CHANGE_BUDGET })).toBe(1000);
    expect(nextStride(100, { frameMs: 1, changes: CHANGE_BUDGET / 4 })).toBe(200);
    expect(nextStride(1, { frameMs: 1, changes: CHANGE_BUDGET * 10 })).toBe(1);
    // Whichever budget is tighter decides.
    expect(nextStride(1000, { frameMs: 8, changes: CHANGE_BUDGET })).toBe(500);
    expect(nextStride(1000, { frameMs: 2, changes: CHANGE_BUDGET * 4 })).toBe(250);
  });
});

describe('startTicker', () => {
  it('animates a step event by event, then rests', () => {
    const store = ready(3);
    const clock = fakeClock();
    const stop = startTicker(store, clock);
    store.getState().stepForward();
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) {
      clock.advance(EVENT_MS);
      seen.push(store.getState().eventIndex);
    }
    expect(seen.slice(0, 3)).toEqual([1, 2, 3]);
    expect(store.getState().animating).toBe(false);
    expect(store.getState().step).toBe(1);
    stop();
  });

  it('plays every step to the end and stops there', () => {
    const store = ready(3);
    const clock = fakeClock();
    startTicker(store, clock);
    store.getState().play();
    const steps = new Set<number>();
    for (let i = 0; i < 40 && store.getState().playing; i++) {
      clock.advance(EVENT_MS);
      steps.add(store.getState().step);
    }
    expect([...steps]).toEqual([1, 2, 3]);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().eventIndex).toBe(3);
  });

  it('at max speed strides through a long run in few frames', () => {
    const store = ready(10_000);
    const clock = race(store);
    let frames = 0;
    while (store.getState().playing && frames < 100) {
      clock.advance(16);
      frames++;
    }
    expect(store.getState().step).toBe(10_000);
    expect(frames).toBeLessThan(30);
  });
});

describe('max-speed strides and the page', () => {
  it('settle where a frame changes about CHANGE_BUDGET values, however fast the worker is', () => {
    const store = createAppStore();
    store.getState().openBuiltin('x');
    store.getState().loaded(loadedRun(10_000_000));
    store.getState().frameArrived(frameOf(0), 1);
    // Each step changes 10 values: a stride of n steps changes 10n.
    answering(store, (step, from) => ({ ...frameOf(step), changes: 10 * (step - from) }), 0.1);
    const strides = stridesOf(store, race(store), 60, 16.7);
    expect(new Set(strides.slice(20))).toEqual(new Set([CHANGE_BUDGET / 10]));
  });

  it('are fetched AHEAD steps ahead, so a reply that comes a frame late still shows a new step every frame', () => {
    const store = createAppStore();
    store.getState().openBuiltin('x');
    store.getState().loaded(loadedRun(100_000));
    store.getState().frameArrived(frameOf(0), 1);
    // A worker whose every reply misses the next animation frame: it comes just after it.
    let asked: number[] = [];
    store.subscribe(
      (s) => s.ahead.steps,
      (now, before) => asked.push(...now.filter((a) => !a.arrived && !before.includes(a)).map((a) => a.step)),
    );
    const clock = race(store);
    const shown: number[] = [];
    let late: number[] = [];
    for (let i = 0; i < 30; i++) {
      const before = store.getState().step;
      clock.advance(16);
      for (const step of late) store.getState().aheadArrived(frameOf(step), 1);
      [late, asked] = [asked, []];
      expect(aheadOf(store.getState()).length).toBe(AHEAD);
      shown.push(store.getState().step - before);
    }
    // The first frame asks, the second misses the replies; from the third on every frame moves on.
    expect(shown.slice(0, 2)).toEqual([0, 0]);
    expect(shown.slice(2).every((n) => n > 0)).toBe(true);
    expect(store.getState().frame?.step).toBe(store.getState().step);
  });

  it('are asked for again when the worker lost them, and playback goes on', () => {
    const store = createAppStore();
    store.getState().openBuiltin('x');
    store.getState().loaded(loadedRun(1000));
    store.getState().frameArrived(frameOf(0), 1);
    const clock = race(store);
    // The first plan goes to a worker that is then replaced: its steps never come.
    for (let i = 0; i < 5; i++) clock.advance(16);
    expect(store.getState().step).toBe(0);
    expect(aheadOf(store.getState()).length).toBe(AHEAD);
    store.getState().aheadLost();
    answering(store);
    for (let i = 0; i < 5; i++) clock.advance(16);
    expect(store.getState().step).toBeGreaterThan(0);
    expect(store.getState().frame?.step).toBe(store.getState().step);
  });

  it('stop at the step before the first question not yet answered in predict mode', () => {
    const store = createAppStore();
    store.getState().setMode('predict');
    store.getState().openBuiltin('x');
    store.getState().loaded(loadedRun(600, [0, 0, 0, 0, 0, 0, 0, 0, 0, MARK.asks]));
    store.getState().frameArrived(frameOf(0), 1);
    answering(store);
    const clock = race(store);
    for (let i = 0; i < 30 && store.getState().playing; i++) clock.advance(16);
    expect([store.getState().step, store.getState().frame?.step, store.getState().playing]).toEqual([
      9,
      9,
      false,
    ]);
  });

  it('halve when drawing the last one made the page miss a frame, whatever the worker says', () => {
    expect(nextStride(64, { frameMs: 0.1 }, 40)).toBe(32);
    expect(nextStride(1, { frameMs: 0.1 }, 200)).toBe(1);
    // On time: the worker's budget alone decides, as before.
    expect(nextStride(64, { frameMs: 0.1 }, 16.7)).toBe(128);
  });

  it('keep small while the page draws slowly, and grow again when it keeps up', () => {
    const store = ready(100_000);
    const clock = race(store);
    // Each frame takes 50 ms: strides never grow.
    const slow = stridesOf(store, clock, 20, 50);
    expect(Math.max(...slow)).toBeLessThanOrEqual(2);
    const fast = stridesOf(store, clock, 100, 16);
    expect(Math.max(...fast)).toBeGreaterThan(64);
    // After a missed frame they creep up (an eighth a frame), not double back to the stride that missed.
    for (let i = 1; i < fast.length; i++)
      expect(fast[i]!).toBeLessThanOrEqual(Math.ceil(fast[i - 1]! * 1.125));
  });

  it('double until the first missed frame, then grow by an eighth up to a ceiling; a new play starts over', () => {
    expect(nextStride(64, { frameMs: 0.1 })).toBe(128);
    expect(ceilingAfter(128)).toBe(96);
    expect(nextCeiling(Infinity, 128, 16.7)).toBe(Infinity);
    expect(nextCeiling(Infinity, 128, 40)).toBe(96);
    expect(nextCeiling(96, 100, 16.7)).toBe(99);
    expect(nextCeiling(96, 64, 40)).toBe(48);
    expect(nextStride(64, { frameMs: 0.1 }, 16.7, 96)).toBe(72);
    expect(nextStride(90, { frameMs: 0.1 }, 16.7, 96)).toBe(96);
    expect(nextStride(96, { frameMs: 0.1 }, 16.7, 96)).toBe(96);
    expect(nextStride(64, { frameMs: 0.1 }, 40, 96)).toBe(32);
    // The worker's budget still caps growth either way.
    expect(nextStride(64, { frameMs: 8 }, 0, 96)).toBe(32);
    // Through the ticker: frames missed, then a pause; the next play doubles again from one step (with
    // a worker fast enough that its budget does not hold growth back: it sees each stride's cost only
    // once the frame asked for it is shown, two frames on).
    const store = ready(100_000, { ms: 0.1 });
    const clock = race(store);
    for (let i = 0; i < 5; i++) clock.advance(50);
    store.getState().pause();
    clock.advance(16);
    store.getState().play();
    clock.advance(16);
    // The first two steps are planned at once, a step each, before either is shown.
    expect(stridesOf(store, clock, 6, 16)).toEqual([1, 1, 2, 4, 8, 16]);
  });
});
