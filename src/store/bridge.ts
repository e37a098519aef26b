/**
 * The bridge between the store and the engine worker: it sends the load the store wants (debounced for
 * edits), asks for the frame of the current step, and reports every reply back through the store's verbs.
 * Nothing else talks to the worker client.
 */

import { EngineClient, isAbort } from '../worker/client.ts';
import type { LoadReply } from '../worker/protocol.ts';
import type { AppStore } from './store.ts';
import { notConnected } from './exportSlice.ts';
import { racing } from './selectors.ts';
import type { WantedLoad } from './scenarioSlice.ts';

/** A run taking longer than this shows its progress and a Cancel button. */
export const SLOW_LOAD_MS = 2000;

export interface EngineBridge {
  /** The client, for the lesson bridge's questions to the same run. */
  client: EngineClient;
  disconnect(): void;
}

/** Predict mode loads the run sealed: the page gets no answers with it (protocol.ts, LoadRequest). */
const sealedFor = (mode: string) => mode === 'predict';

/** Playing at max speed animates no events: the frame needs only the picture after its step. */
const afterOnlyFor = racing;

export function connectEngine(
  store: AppStore,
  makeClient = (h: ConstructorParameters<typeof EngineClient>[0]) => new EngineClient(h),
): EngineBridge {
  const client = makeClient({
    onFrame: (frame, ms) => store.getState().frameArrived(frame, ms),
    onFrameFailed: () => {
      // A frame fails only when the worker has no run (it was restarted): the next load brings one.
    },
    onCrash: (message) => store.getState().loadFailed(message, true),
  });
  let timer: ReturnType<typeof setTimeout> | null = null;

  const settle = (seq: number, reply: LoadReply) => {
    const s = store.getState();
    if (seq !== s.wanted?.seq) return;
    if (reply.type === 'loaded') {
      s.loaded(reply.result);
      // The reply brings the frame of the step the load was for; the run may land elsewhere (a lesson
      // stops before its first question), and then the page asks for its own.
      const now = store.getState();
      if (reply.shown?.frame.step === now.step) now.frameArrived(reply.shown.frame, reply.shown.ms);
      else client.requestFrame(now.step);
    } else if (reply.type === 'invalid') s.loadInvalid(reply.errors);
    else if (reply.type === 'not-found') s.loadNotFound(reply.builtinId);
    else s.loadFailed(reply.message, false);
  };

  const send = (w: WantedLoad) => {
    timer = null;
    store.getState().loadStarted(w.seq);
    client
      .load(
        w.source,
        w.kernel,
        (done, total) => {
          if (w.seq === store.getState().wanted?.seq) store.getState().loadProgress(done, total);
        },
        sealedFor(store.getState().mode),
        w.step ?? store.getState().step,
      )
      .then(
        (reply) => settle(w.seq, reply),
        (err: unknown) => {
          if (w.seq !== store.getState().wanted?.seq) return;
          if (isAbort(err)) store.getState().loadCancelled();
          else store.getState().loadFailed(err instanceof Error ? err.message : String(err), true);
        },
      );
  };

  const want = (w: WantedLoad | null) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!w) return;
    if (w.delay > 0) timer = setTimeout(() => send(w), w.delay);
    else send(w);
  };

  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    client.cancel();
    // The restored run answers frames again: ask for the step on screen.
    if (store.getState().runSeq > 0) client.requestFrame(store.getState().step);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.cancelSeq !== prev.cancelSeq) cancel();
    if (s.wanted !== prev.wanted) want(s.wanted);
    else if (sealedFor(s.mode) !== sealedFor(prev.mode) && s.wanted) s.reload();
    else if (s.step !== prev.step && s.runSeq > 0) client.requestFrame(s.step, afterOnlyFor(s));
    // Paused (or slowed) from max speed: fetch the step whole, so its events can be stepped through.
    else if (afterOnlyFor(prev) && !afterOnlyFor(s) && s.runSeq > 0) client.requestFrame(s.step);
  });
  want(store.getState().wanted);
  store.setState({ requestTrace: () => client.trace() });

  return {
    client,
    disconnect: () => {
      unsubscribe();
      store.setState({ requestTrace: notConnected });
      if (timer !== null) clearTimeout(timer);
    },
  };
}
