import { describe, expect, it } from 'vitest';

import { connectEngine } from '../../src/store/effects/bridge.ts';
import { connectCompare } from '../../src/store/effects/compareBridge.ts';
import { createAppStore, type AppStore } from '../../src/store/store.ts';
import { EngineClient, type EngineHandlers, type WorkerLike } from '../../src/worker/client.ts';
import { encodeReply, FrameEncoder } from '../../src/worker/frameWire.ts';
import type { EngineReply, EngineRequest } from '../../src/worker/protocol.ts';
import { EngineSession } from '../../src/worker/session.ts';

/** A worker that runs the real session a task later, as the browser's worker would answer. */
class SessionWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly encoder = new FrameEncoder();
  private readonly session = new EngineSession();
  private alive = true;
  postMessage(message: unknown): void {
    const request = message as EngineRequest;
    setTimeout(() => {
      if (!this.alive) return;
      const reply: EngineReply =
        request.type === 'load'
          ? this.session.load(request)
          : request.type === 'outcomes'
            ? this.session.outcomes(request)
            : request.type === 'frame'
              ? this.session.frame(request)
              : { id: request.id, type: 'failed', message: `no ${request.type} here` };
      // Posted as the real worker posts it: encoded, and copied (no object is shared with the page).
      this.onmessage?.({ data: structuredClone(encodeReply(reply, this.encoder)) } as MessageEvent);
    }, 0);
  }
  terminate(): void {
    this.alive = false;
  }
}

const makeClient = (h: EngineHandlers) => new EngineClient(h, () => new SessionWorker());

/** Waits until the store satisfies `ready` (the workers answer on timers). */
async function until(store: AppStore, ready: (s: ReturnType<AppStore['getState']>) => boolean) {
  for (let i = 0; i < 200 && !ready(store.getState()); i++) await new Promise((r) => setTimeout(r, 1));
  expect(ready(store.getState())).toBe(true);
}

function setup() {
  const store = createAppStore();
  connectEngine(store, makeClient);
  connectCompare(store, makeClient);
  return { store };
}

describe('connectCompare', () => {
  it('runs the scenario under the compared kernel and finds the differing steps', async () => {
    const { store } = setup();
    store.getState().setCompare('netbsd');
    store.getState().openBuiltin('vt-switch-linux', 8);
    await until(store, (s) => s.comparison !== null && s.compareFrame?.step === 8 && s.frame?.step === 8);
    const s = store.getState();
    expect(s.comparedKernels).toEqual({ a: 'linux', b: 'netbsd' });
    expect(s.compareStatus).toBe('ready');
    expect([...(s.comparison?.steps ?? [])]).toEqual([7, 8, 9, 10, 11]);
    // The two machines of step 8: linux faulted into the backing store, netbsd kept the stale PTE.
    expect(s.frame?.after.kernel).toBe('linux');
    expect(s.compareFrame?.after.kernel).toBe('netbsd');
    expect(s.frame?.row?.fault).toBe(true);
    expect(s.compareFrame?.row?.fault).toBe(false);
    // Playback moves both.
    s.stepForward();
    await until(store, (x) => x.compareFrame?.step === 9);
  });

  it('follows a kernel override of the main run, and stops when the comparison is turned off', async () => {
    const { store } = setup();
    store.getState().openBuiltin('card-linux');
    await until(store, (s) => s.runSeq > 0);
    expect(store.getState().compareStatus).toBe('off');
    store.getState().setCompare('irix');
    await until(store, (s) => s.comparison !== null);
    expect(store.getState().comparison?.steps.length).toBeGreaterThan(0);
    store.getState().setKernelOverride('irix');
    await until(store, (s) => s.kernel === 'irix' && s.comparison !== null);
    // irix against irix: the same run twice.
    expect(store.getState().comparedKernels).toEqual({ a: 'irix', b: 'irix' });
    expect(store.getState().comparison?.steps).toHaveLength(0);
    store.getState().setCompare(null);
    expect(store.getState().compareStatus).toBe('off');
    expect(store.getState().compareFrame).toBeNull();
  });

  it('drops the answers of a comparison that was replaced', async () => {
    const { store } = setup();
    store.getState().openBuiltin('vt-switch-linux');
    await until(store, (s) => s.runSeq > 0);
    store.getState().setCompare('netbsd');
    store.getState().setCompare('irix');
    await until(store, (s) => s.comparison !== null && s.compareFrame !== null);
    expect(store.getState().comparedKernels?.b).toBe('irix');
    expect(store.getState().compareFrame?.after.kernel).toBe('irix');
  });
});
