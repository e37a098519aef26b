/**
 * The bridge of the side-by-side view: a second engine worker that runs the main run's scenario under the
 * compared kernel, answers its frames as playback moves, and tabulates both kernels' outcomes so the store
 * can find the steps that differ. It follows the main run: each new run (an edit, another built-in, a
 * kernel override) or another compared kernel starts it again; older answers are dropped. The worker
 * exists only while a comparison is on.
 */

import { EngineClient, isAbort } from '../worker/client.ts';
import type { OutcomesReply } from '../worker/protocol.ts';
import type { EngineBridge } from './bridge.ts';
import type { AppStore } from './store.ts';

/** Why a reply that is not a table or a run failed, in words. */
function failure(reply: Exclude<OutcomesReply, { type: 'outcomes' }>): string {
  if (reply.type === 'not-found') return `there is no built-in ${reply.builtinId}`;
  if (reply.type === 'invalid') return 'the scenario does not parse';
  return reply.message;
}

export function connectCompare(
  store: AppStore,
  makeClient = (h: ConstructorParameters<typeof EngineClient>[0]) => new EngineClient(h),
): EngineBridge {
  let client: EngineClient | null = null;
  /** Bumped by every start: answers to an older one are dropped. */
  let seq = 0;
  /** The start whose compared run the worker holds (frames come from it). */
  let loadedSeq = -1;

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
    if (s.compare === null) {
      client?.dispose();
      client = null;
      if (s.compareStatus !== 'off') s.compareStopped();
      return;
    }
    // Until the main run is there, there is nothing to compare with: its arrival starts again.
    if (s.runSeq === 0 || !s.wanted || s.kernel === null) return;
    const { source } = s.wanted;
    const a = s.kernel;
    const b = s.compare;
    s.compareStarted(a, b);
    const c = ensureClient();
    c.load(source, b).then(
      (reply) => {
        if (my !== seq) return;
        if (reply.type !== 'loaded') return fail(my, new Error(failure(reply)));
        loadedSeq = my;
        store.getState().compareLoaded();
        c.requestFrame(store.getState().step);
      },
      (err: unknown) => fail(my, err),
    );
    Promise.all([c.outcomes(source, a), c.outcomes(source, b)]).then(
      ([ra, rb]) => {
        if (my !== seq) return;
        if (ra.type !== 'outcomes') return fail(my, new Error(failure(ra)));
        if (rb.type !== 'outcomes') return fail(my, new Error(failure(rb)));
        store.getState().compareTablesArrived(ra.table, rb.table);
      },
      (err: unknown) => fail(my, err),
    );
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.compare !== prev.compare || s.runSeq !== prev.runSeq) start();
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
