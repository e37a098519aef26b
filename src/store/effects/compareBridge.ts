/**
 * The bridge of the side-by-side view: a second engine worker that runs the main run's scenario under the
 * compared kernel, answers its frames as playback moves, and tabulates both kernels' outcomes so the store
 * can find the steps that differ. It follows the main run: each new run (an edit, another built-in, a
 * kernel override) or another compared kernel starts it again (compareMoves.ts decides); each start has an
 * AbortController, aborted by the next, so older answers are dropped. The worker exists only while a
 * comparison is on.
 */

import { shallow } from 'zustand/shallow';

import { EngineClient, isAbort } from '../../worker/client.ts';
import type { LoadReply, OutcomesReply } from '../../worker/protocol.ts';
import { compareMove, compareStart, compareWatch, type CompareStart } from './compareMoves.ts';
import type { AppStore } from '../store.ts';

/** Why a reply that is not a table or a run failed, in words. */
function failure(reply: Exclude<OutcomesReply | LoadReply, { type: 'outcomes' | 'loaded' }>): string {
  if (reply.type === 'not-found') return `there is no built-in ${reply.builtinId}`;
  if (reply.type === 'invalid') return 'the scenario does not parse';
  return reply.message;
}

/** One start: aborted by the next; `loaded` once the worker holds its compared run (frames come from it). */
interface Start {
  controller: AbortController;
  loaded: boolean;
}

type Run = Extract<CompareStart, { kind: 'run' }>;

/** The second worker, and whether it is still busy with a start's runs (a newer start replaces it then). */
interface CompareWorker {
  client: EngineClient | null;
  busy: boolean;
}

/** Runs one start: the compared machine first, then both outcome tables, each answer dropped once `my` is aborted. */
function runComparison(store: AppStore, w: CompareWorker, c: EngineClient, what: Run, my: Start): void {
  const { source, a, b } = what;
  const { signal } = my.controller;
  // The compared machine first, then the tables: the worker answers in order, and on a long run the
  // two tabulating runs should not hold back the drawing.
  c.load(source, b, { signal })
    .then((reply) => {
      // Aborted between the reply and this turn: a newer start holds the worker.
      if (signal.aborted) return null;
      if (reply.type !== 'loaded') throw new Error(failure(reply));
      my.loaded = true;
      store.getState().compareLoaded();
      c.requestFrame(store.getState().step);
      return Promise.all([c.outcomes(source, a), c.outcomes(source, b)]);
    })
    .then((tables) => {
      if (!tables || signal.aborted) return;
      const [ra, rb] = tables;
      if (ra.type !== 'outcomes') throw new Error(failure(ra));
      if (rb.type !== 'outcomes') throw new Error(failure(rb));
      w.busy = false;
      store.getState().compareTablesArrived(ra.table, rb.table);
    })
    .catch((err: unknown) => {
      if (signal.aborted) return;
      w.busy = false;
      if (!isAbort(err)) store.getState().compareFailed(err instanceof Error ? err.message : String(err));
    });
}

export function connectCompare(
  store: AppStore,
  makeClient = (h: ConstructorParameters<typeof EngineClient>[0]) => new EngineClient(h),
): { disconnect(): void } {
  const w: CompareWorker = { client: null, busy: false };
  let current: Start = { controller: new AbortController(), loaded: false };

  const ensureClient = (): EngineClient =>
    (w.client ??= makeClient({
      onFrame: (frame) => {
        if (current.loaded) store.getState().compareFrameArrived(frame);
      },
      // A frame fails only on a restarted worker: the next start loads again.
      onFrameFailed: () => {},
      onCrash: (message) => store.getState().compareFailed(message),
    }));
  const dispose = () => {
    w.client?.dispose();
    w.client = null;
    w.busy = false;
  };

  const start = () => {
    current.controller.abort();
    current = { controller: new AbortController(), loaded: false };
    const s = store.getState();
    const what = compareStart(s);
    // A run cannot be interrupted but by ending its worker; one whose answers nobody wants only delays.
    if (w.busy || what.kind === 'stop') dispose();
    if (what.kind === 'stop' && s.compareStatus !== 'off') s.compareStopped();
    if (what.kind !== 'run') return;
    s.compareStarted(what.a, what.b);
    w.busy = true;
    runComparison(store, w, ensureClient(), what, current);
  };

  const unsubscribe = store.subscribe(
    compareWatch,
    (now, before) => {
      const move = compareMove(now, before);
      if (move === 'start') start();
      else if (move === 'frame' && current.loaded) w.client?.requestFrame(now.step);
    },
    { equalityFn: shallow },
  );
  start();

  return {
    disconnect: () => {
      unsubscribe();
      current.controller.abort();
      dispose();
    },
  };
}
