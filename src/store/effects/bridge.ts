/**
 * The bridge between the store and the engine worker: it sends the load the store wants (debounced for
 * edits), asks for the frame of the current step and for the steps max speed plans ahead, and reports
 * every reply back through the store's verbs. Nothing else talks to the worker client. What it does on a
 * change is `engineMove` (engineMoves.ts); each load has its AbortController, aborted once the store
 * wants another, so its answers are dropped.
 */

import { shallow } from 'zustand/shallow';

import { EngineClient, isAbort } from '../../worker/client.ts';
import type { LoadReply } from '../../worker/protocol.ts';
import { engineMove, engineWatch, sealedFor } from './engineMoves.ts';
import type { AppStore } from '../store.ts';
import { notConnected } from '../slices/exportSlice.ts';
import type { WantedLoad } from '../slices/scenarioSlice.ts';

/** A run taking longer than this shows its progress and a Cancel button. */
export const SLOW_LOAD_MS = 2000;

export interface EngineBridge {
  /** The client, for the lesson bridge's questions to the same run. */
  client: EngineClient;
  disconnect(): void;
}

/** Reports a load's reply through the store's verbs. */
function settle(store: AppStore, client: EngineClient, reply: LoadReply): void {
  const s = store.getState();
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
}

/** Sends the loads the store wants: each has an AbortController, aborted once another is wanted. */
function loader(store: AppStore, client: EngineClient) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The latest load's: aborted when the store wants another, so the older one's answers are dropped. */
  let current = new AbortController();
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const send = (w: WantedLoad, { signal }: AbortController) => {
    timer = null;
    store.getState().loadStarted(w.seq);
    const onProgress = (done: number, total: number) => store.getState().loadProgress(done, total);
    const { mode, step } = store.getState();
    const opts = { onProgress, sealed: sealedFor(mode), frameAt: w.step ?? step, signal };
    client.load(w.source, w.kernel, opts).then(
      (reply) => signal.aborted || settle(store, client, reply),
      (err: unknown) => {
        if (signal.aborted) return;
        if (isAbort(err)) store.getState().loadCancelled();
        else store.getState().loadFailed(err instanceof Error ? err.message : String(err), true);
      },
    );
  };

  return {
    want: (w: WantedLoad | null) => {
      clear();
      current.abort();
      current = new AbortController();
      if (!w) return;
      const load = current;
      if (w.delay > 0) timer = setTimeout(() => send(w, load), w.delay);
      else send(w, load);
    },
    cancel: () => {
      clear();
      // The load in flight rejects with an AbortError (loadCancelled); the last good run comes back.
      client.cancel();
      // The restored run answers frames again: ask for the step on screen.
      if (store.getState().runSeq > 0) client.requestFrame(store.getState().step);
    },
    stop: () => {
      clear();
      current.abort();
    },
  };
}

export function connectEngine(
  store: AppStore,
  makeClient = (h: ConstructorParameters<typeof EngineClient>[0]) => new EngineClient(h),
): EngineBridge {
  const client = makeClient({
    onFrame: (frame, ms) => store.getState().frameArrived(frame, ms),
    onAhead: (frame, ms) => store.getState().aheadArrived(frame, ms),
    onAheadLost: () => store.getState().aheadLost(),
    onFrameFailed: () => {
      // A frame fails only when the worker has no run (it was restarted): the next load brings one.
    },
    onCrash: (message) => store.getState().loadFailed(message, true),
  });
  const loads = loader(store, client);
  const unsubscribe = store.subscribe(
    engineWatch,
    (now, before) => {
      const move = engineMove(now, before);
      if (move?.kind === 'want') loads.want(move.wanted);
      else if (move?.kind === 'reload') store.getState().reload();
      else if (move?.kind === 'frame') client.requestFrame(move.step, move.afterOnly);
    },
    { equalityFn: shallow },
  );
  // Each step planned ahead is fetched once, when it joins the plan (frameSlice.ts).
  const unfollowAhead = store.subscribe(
    (s) => s.ahead.steps,
    (now, before) => {
      for (const a of now) if (!a.arrived && !before.includes(a)) client.prefetchFrame(a.step);
    },
  );
  loads.want(store.getState().wanted);
  store.setState({ requestTrace: () => client.trace(), cancelLoad: loads.cancel });

  return {
    client,
    disconnect: () => {
      unsubscribe();
      unfollowAhead();
      store.setState({ requestTrace: notConnected, cancelLoad: () => {} });
      loads.stop();
    },
  };
}
