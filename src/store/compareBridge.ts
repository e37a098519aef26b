/**
 * The bridge of the side-by-side view: a second engine worker that runs the main run's scenario under the
 * compared kernel, answers its frames as playback moves, and tabulates both kernels' outcomes so the store
 * can find the steps that differ. It follows the main run: each new run (an edit, another built-in, a
 * kernel override) or another compared kernel starts it again; older answers are dropped. The worker
 * exists only while a comparison is on.
 */

import { EngineClient, isAbort } from '../worker/client.ts';
import type { LoadReply, OutcomesReply } from '../worker/protocol.ts';
import type { AppStore } from './store.ts';

/** Why a reply that is not a table or a run failed, in words. */
function failure(reply: Exclude<OutcomesReply | LoadReply, { type: 'outcomes' | 'loaded' }>): string {
  if (reply.type === 'not-found') return `there is no built-in ${reply.builtinId}`;
  if (reply.type === 'invalid') return 'the scenario does not parse';
  return reply.message;
}

export function connectCompare(
  store: AppStore,
  makeClient = (h: ConstructorParameters<typeof EngineClient>[0]) => new EngineClient(h),
): { disconnect(): void } {
  let client: EngineClient | null = null;
  /** Bumped by every start: answers to an older one are dropped. */
  let seq = 0;
  /** The start whose compared run the worker holds (frames come from it). */
  let loadedSeq = -1;
  /** Whether the worker is still busy with a start's runs: a newer start replaces the worker. */
  let busy = false;

  const ensureClient = (): EngineClient =>
    (client ??= makeClient({
      onFrame: (frame) => {
        if (loadedSeq === seq) store.getState().compareFrameArrived(frame);
      },
      // A frame fails only on a restarted worker: the next start loads again.
      onFrameFailed: () => {},
      onCrash: (message) => store.getState().compareFailed(message),
    }));

  const fail = (my: number, err: unknown) => {
    if (my !== seq || isAbort(err)) return;
    store.getState().compareFailed(err instanceof Error ? err.message : String(err));
  };

  const start = () => {
    const my = ++seq;
    loadedSeq = -1;
    const s = store.getState();
    // Predict mode compares nothing: the other kernel's outcomes would answer the questions.
    const compare = s.mode === 'predict' ? null : s.compare;
    // A run cannot be interrupted but by ending its worker; one whose answers nobody wants only delays.
    if (busy || compare === null) {
      client?.dispose();
      client = null;
      busy = false;
    }
    if (compare === null) {
      if (s.compareStatus !== 'off') s.compareStopped();
      return;
    }
    // Until the main run is there, there is nothing to compare with: its arrival starts again.
    if (s.runSeq === 0 || !s.wanted || s.kernel === null) return;
    const { source } = s.wanted;
    const a = s.kernel;
    const b = compare;
    s.compareStarted(a, b);
    const c = ensureClient();
    busy = true;
    // The compared machine first, then the tables: the worker answers in order, and on a long run the
    // two tabulating runs should not hold back the drawing.
    c.load(source, b)
      .then((reply) => {
        if (my !== seq) return null;
        if (reply.type !== 'loaded') throw new Error(failure(reply));
        loadedSeq = my;
        store.getState().compareLoaded();
        c.requestFrame(store.getState().step);
        return Promise.all([c.outcomes(source, a), c.outcomes(source, b)]);
      })
      .then((tables) => {
        if (!tables || my !== seq) return;
        const [ra, rb] = tables;
        if (ra.type !== 'outcomes') throw new Error(failure(ra));
        if (rb.type !== 'outcomes') throw new Error(failure(rb));
        busy = false;
        store.getState().compareTablesArrived(ra.table, rb.table);
      })
      .catch((err: unknown) => {
        if (my === seq) busy = false;
        fail(my, err);
      });
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.compare !== prev.compare || s.runSeq !== prev.runSeq || s.mode !== prev.mode) start();
    else if (s.step !== prev.step && loadedSeq === seq) client?.requestFrame(s.step);
  });
  start();

  return {
    disconnect: () => {
      unsubscribe();
      client?.dispose();
      client = null;
    },
  };
}
