/**
 * The attack-search worker: the only file of the search that touches `self`. Its own worker, never the
 * engine's, so playback and editing go on while it searches; the page terminates it to cancel.
 */

import { runSearch } from './searchRun.ts';
import type { SearchReply, SearchRequest } from './searchProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: SearchReply) => scope.postMessage(reply);

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  try {
    const outcome = runSearch(
      event.data,
      () => performance.now(),
      (figures) => post({ type: 'progress', figures }),
    );
    post({ type: 'result', outcome });
  } catch (err) {
    post({
      type: 'result',
      outcome: { kind: 'failed', message: err instanceof Error ? err.message : String(err) },
    });
  }
};
