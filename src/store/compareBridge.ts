/**
 * The bridge of the side-by-side view: a second engine worker that runs the main run's scenario under the
 * compared kernel, answers its frames as playback moves, and tabulates both kernels' outcomes so the store
 * can find the steps that differ. It follows the main run: each new run (an edit, another built-in, a
 * kernel override) or another compared kernel starts it again (compareMoves.ts decides); each start has an
 * AbortController, aborted by the next, so older answers are dropped. The worker exists only while a
 * comparison is on.
 */

import { shallow } from 'zustand/shallow';

import { EngineClient, isAbort } from '../worker/client.ts';
import type { LoadReply, OutcomesReply } from '../worker/protocol.ts';
import { compareMove, compareStart, compareWatch, type CompareStart } from './compareMoves.ts';
import type { AppStore } from './store.ts';

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

export function connectCompare(
  store: AppStore,
  makeClient = (h: ConstructorParameters<typeof EngineClient>[0]) => new EngineClient(h),
): { disconnect(): void } {
  let client: EngineClient | null = null;
  let current: Start = { controller: new AbortController(), loaded: false };
  /** Whether the worker is still busy with a start's runs: a newer start replaces the worker. */
  let busy = false;

  const ensureClient = (): EngineClient =>
    (client ??= makeClient({
      onFrame: (frame) => {
        if (current.loaded) store.getState().compareFrameArrived(frame);
      },
      // A frame fails only on a restarted worker: the next start loads again.
      onFrameFailed: () => {},
      onCrash: (message) => store.getState().compareFailed(message),
    }));

  const run = (c: EngineClient, { source, a, b }: Extract<CompareStart, { kind: 'run' }>, my: Start) => {
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
        busy = false;
        store.getState().compareTablesArrived(ra.table, rb.table);
      })
      .catch((err: unknown) => {
        if (signal.aborted) return;
        busy = false;
        if (!isAbort(err)) store.getState().compareFailed(err instanceof Error ? err.message : String(err));
      });
  };

  const start = () => {
    current.controller.abort();
    current = { controller: new AbortController(), loaded: false };
    const s = store.getState();
    const what = compareStart(s);
    // A run cannot be interrupted but by ending its worker; one whose answers nobody wants only delays.
    if (busy || what.kind === 'stop') {
      client?.dispose();
      client = null;
      busy = false;
    }
    if (what.kind === 'stop' && s.compareStatus !== 'off') s.compareStopped();
    if (what.kind !== 'run') return;
    s.compareStarted(what.a, what.b);
    busy = true;
    run(ensureClient(), what, current);
  };

  const unsubscribe = store.subscribe(
    compareWatch,
    (now, before) => {
      const move = compareMove(now, before);
      if (move === 'start') start();
      else if (move === 'frame' && current.loaded) client?.requestFrame(now.step);
    },
    { equalityFn: shallow },
  );
  start();

  return {
    disconnect: () => {
      unsubscribe();
      current.controller.abort();
      client?.dispose();
      client = null;
    },
  };
}
