import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ADDRESS_PLAYING_MS, ADDRESS_THROTTLE_MS, connectAddress } from '../../src/store/effects/address.ts';
import { connectEngine } from '../../src/store/effects/bridge.ts';
import { EDIT_DEBOUNCE_MS } from '../../src/store/slices/scenarioSlice.ts';
import { createAppStore } from '../../src/store/store.ts';
import type { EngineClient, EngineHandlers, LoadOptions } from '../../src/worker/client.ts';
import type { LoadReply, ScenarioSource } from '../../src/worker/protocol.ts';
import { frameOf, loadedRun } from './fixtures.ts';

/** A client whose loads the test settles by hand. */
function fakeClient() {
  const loads: Array<{
    source: ScenarioSource;
    kernel: string | null;
    frameAt: number | undefined;
    settle(r: LoadReply): void;
  }> = [];
  const frames: number[] = [];
  const asked: Array<[number, boolean]> = [];
  const prefetched: number[] = [];
  let handlers: EngineHandlers | null = null;
  let cancels = 0;
  const make = (h: EngineHandlers) => {
    handlers = h;
    return {
      load: (source: ScenarioSource, kernel: string | null, opts: LoadOptions = {}) =>
        new Promise<LoadReply>((resolve) =>
          loads.push({ source, kernel, frameAt: opts.frameAt, settle: resolve }),
        ),
      requestFrame: (step: number, afterOnly = false) => {
        frames.push(step);
        asked.push([step, afterOnly]);
      },
      prefetchFrame: (step: number) => prefetched.push(step),
      cancel: () => cancels++,
    } as unknown as EngineClient;
  };
  return { make, loads, frames, asked, prefetched, handlers: () => handlers!, cancels: () => cancels };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('connectEngine', () => {
  it('loads what the store wants, then asks for the frame of the current step', async () => {
    const store = createAppStore();
    const client = fakeClient();
    connectEngine(store, client.make);
    store.getState().openBuiltin('vt', 3);
    expect(client.loads.map((l) => l.source)).toEqual([{ kind: 'builtin', id: 'vt' }]);
    expect(store.getState().status).toBe('loading');
    client.loads[0]!.settle({ id: 1, type: 'loaded', result: loadedRun(6) });
    await flush();
    expect(store.getState().status).toBe('ready');
    expect(client.frames).toEqual([3]);
    store.getState().stepForward();
    expect(client.frames).toEqual([3, 4]);
    client.handlers().onFrame(frameOf(4), 1);
    expect(store.getState().frame?.step).toBe(4);
  });

  it('takes the frame a good run brings along, and asks for its own when the run lands on another step', async () => {
    const store = createAppStore();
    const client = fakeClient();
    connectEngine(store, client.make);
    store.getState().openBuiltin('vt', 3);
    expect(client.loads[0]!.frameAt).toBe(3);
    client.loads[0]!.settle({
      id: 1,
      type: 'loaded',
      result: loadedRun(6),
      shown: { frame: frameOf(3), ms: 1 },
    });
    await flush();
    expect(store.getState().frame?.step).toBe(3);
    expect(client.frames).toEqual([]);
    store.getState().openBuiltin('vt', 5);
    client.loads[1]!.settle({
      id: 2,
      type: 'loaded',
      result: loadedRun(6),
      shown: { frame: frameOf(4), ms: 1 },
    });
    await flush();
    expect(store.getState().frame?.step).toBe(3);
    expect(client.frames).toEqual([5]);
  });

  it('at max speed fetches each step planned ahead once, shows it as it came, and asks for it whole on pausing', async () => {
    const store = createAppStore();
    const client = fakeClient();
    connectEngine(store, client.make);
    store.getState().openBuiltin('vt', 0);
    client.loads[0]!.settle({ id: 1, type: 'loaded', result: loadedRun(20) });
    await flush();
    store.getState().setSpeed(Number.POSITIVE_INFINITY);
    store.getState().play();
    store.getState().raceOn([3, 5]);
    client.handlers().onAhead!(frameOf(3), 1);
    client.handlers().onAhead!(frameOf(5), 1);
    expect(client.prefetched).toEqual([3, 5]);
    store.getState().raceOn([8]);
    expect(client.prefetched).toEqual([3, 5, 8]);
    // The worker lost them: the plan is forgotten, to be made again.
    client.handlers().onAheadLost!();
    expect(store.getState().ahead.steps).toEqual([]);
    // The step came with its frame: nothing more to ask.
    expect([store.getState().step, store.getState().frame?.step]).toEqual([3, 3]);
    expect(client.asked).toEqual([[0, false]]);
    store.getState().pause();
    expect(client.asked).toEqual([
      [0, false],
      [3, false],
    ]);
    expect(client.prefetched).toEqual([3, 5, 8]);
  });

  it('debounces edits: only the text that rests is sent', async () => {
    const store = createAppStore();
    const client = fakeClient();
    connectEngine(store, client.make);
    store.getState().editText('a');
    await vi.advanceTimersByTimeAsync(EDIT_DEBOUNCE_MS / 2);
    store.getState().editText('ab');
    await vi.advanceTimersByTimeAsync(EDIT_DEBOUNCE_MS - 1);
    expect(client.loads).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.loads.map((l) => l.source)).toEqual([{ kind: 'text', text: 'ab' }]);
  });

  it('ignores the reply of a load the store no longer wants', async () => {
    const store = createAppStore();
    const client = fakeClient();
    connectEngine(store, client.make);
    store.getState().openBuiltin('old');
    store.getState().openBuiltin('new');
    client.loads[0]!.settle({ id: 1, type: 'loaded', result: loadedRun(9) });
    await flush();
    expect(store.getState().runSeq).toBe(0);
    client.loads[1]!.settle({ id: 2, type: 'not-found', builtinId: 'new' });
    await flush();
    expect(store.getState().alert).toEqual({ kind: 'not-found', id: 'new' });
  });

  it('Cancel reaches the client; a crash becomes an alert with a retry', async () => {
    const store = createAppStore();
    const client = fakeClient();
    connectEngine(store, client.make);
    store.getState().openBuiltin('a');
    store.getState().cancelLoad();
    expect(client.cancels()).toBe(1);
    client.handlers().onCrash('the engine worker failed: boom');
    expect(store.getState().alert).toEqual({ kind: 'crashed', message: 'the engine worker failed: boom' });
    store.getState().retry();
    expect(client.loads).toHaveLength(2);
  });
});

describe('connectAddress', () => {
  function fakeWindow(hash: string) {
    const listeners: Array<() => void> = [];
    const replaced: string[] = [];
    const win = {
      location: { hash },
      history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) },
      addEventListener: (_: string, f: () => void) => listeners.push(f),
      removeEventListener: () => {},
    };
    const navigate = (h: string) => {
      win.location.hash = h;
      listeners.forEach((f) => f());
    };
    return { win: win as unknown as Window, replaced, navigate };
  }

  it('opens the default built-in for an empty address, and the one named with its step otherwise', () => {
    const store = createAppStore();
    const { win, navigate } = fakeWindow('');
    connectAddress(store, win);
    expect(store.getState().builtinId).toBe('first-touch');
    navigate('#example=vt-switch-linux&step=5');
    expect(store.getState().wanted?.source).toEqual({ kind: 'builtin', id: 'vt-switch-linux' });
    expect(store.getState().step).toBe(5);
  });

  it('writes the step back with replaceState, at most once per throttle window', async () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow('#example=first-touch');
    connectAddress(store, win);
    store.getState().loaded(loadedRun(10));
    for (let i = 0; i < 8; i++) store.getState().seek(i + 1);
    await vi.advanceTimersByTimeAsync(300);
    expect(replaced).toEqual(['#example=first-touch&step=8']);
  });

  it('while playing, writes the step back at most once a second', async () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow('#example=first-touch');
    connectAddress(store, win);
    store.getState().loaded(loadedRun(10));
    await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS);
    replaced.length = 0;
    // Playback moves the step with playing on (seek would pause).
    store.setState({ playing: true, step: 1 });
    await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS + 1);
    expect(replaced).toEqual([]);
    store.setState({ step: 2 });
    await vi.advanceTimersByTimeAsync(ADDRESS_PLAYING_MS);
    expect(replaced).toEqual(['#example=first-touch&step=2']);
  });

  it('never writes over an address someone else set before its hashchange is followed', async () => {
    const store = createAppStore();
    const { win, replaced, navigate } = fakeWindow('#example=first-touch');
    connectAddress(store, win);
    store.getState().loaded(loadedRun(10));
    store.getState().seek(4);
    // A host page (or Back) changes the address; the write pending from the seek fires before the
    // hashchange event is handled.
    win.location.hash = '#example=vt-switch-linux&step=2';
    await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS + 1);
    expect(replaced).toEqual([]);
    navigate(win.location.hash);
    expect(store.getState().wanted?.source).toEqual({ kind: 'builtin', id: 'vt-switch-linux' });
    expect(store.getState().step).toBe(2);
  });

  it('follows the mode and the compared kernel, and keeps them when the step is written back', async () => {
    const store = createAppStore();
    const { win, replaced, navigate } = fakeWindow('#example=first-touch&mode=predict&compare=netbsd');
    connectAddress(store, win);
    expect(store.getState().mode).toBe('predict');
    expect(store.getState().compare).toBe('netbsd');
    store.getState().loaded(loadedRun(10));
    store.getState().seek(3);
    await vi.advanceTimersByTimeAsync(300);
    expect(replaced).toEqual(['#example=first-touch&step=3&mode=predict&compare=netbsd']);
    navigate('#example=first-touch&step=3');
    expect(store.getState().mode).toBe('explore');
    expect(store.getState().compare).toBeNull();
  });
});

describe('the trace', () => {
  it('is asked of the client through the store, and not after disconnecting', async () => {
    const store = createAppStore();
    await expect(store.getState().requestTrace()).rejects.toThrow('the engine is not running');
    const calls: number[] = [];
    const bridge = connectEngine(
      store,
      () =>
        ({
          load: () => new Promise<LoadReply>(() => {}),
          requestFrame: () => {},
          cancel: () => {},
          trace: () => {
            calls.push(1);
            return Promise.resolve({ jsonl: 'x\n', kernel: 'irix' });
          },
        }) as unknown as EngineClient,
    );
    await expect(store.getState().requestTrace()).resolves.toEqual({ jsonl: 'x\n', kernel: 'irix' });
    expect(calls).toEqual([1]);
    bridge.disconnect();
    await expect(store.getState().requestTrace()).rejects.toThrow('the engine is not running');
    expect(calls).toEqual([1]);
  });
});
