/**
 * The page's handle on the attack search: the only file that creates the search worker. Each search gets
 * a fresh worker, ended when it answers (its seen-state keys can take hundreds of megabytes) or when the
 * signal aborts: a synchronous search cannot be interrupted, so cancelling is terminating.
 */

import type { SearchFigures, SearchOutcome, SearchReply, SearchRequest } from './searchProtocol.ts';
import type { WorkerLike } from './client.ts';

export interface SearchCall {
  signal: AbortSignal;
  onProgress(figures: SearchFigures): void;
  /** Tests pass a fake worker. */
  createWorker?: () => WorkerLike;
}

function newSearchWorker(): WorkerLike {
  return new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pagerlab-search',
  });
}

/** Searches in a worker; resolves with the outcome, rejects with the signal's reason when aborted. */
export function searchInWorker(request: SearchRequest, call: SearchCall): Promise<SearchOutcome> {
  return new Promise((resolve, reject) => {
    if (call.signal.aborted) return reject(call.signal.reason);
    const worker = (call.createWorker ?? newSearchWorker)();
    const end = () => {
      call.signal.removeEventListener('abort', abort);
      worker.terminate();
    };
    const abort = () => {
      end();
      reject(call.signal.reason);
    };
    call.signal.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return call.onProgress(reply.figures);
      end();
      resolve(reply.outcome);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      resolve({ kind: 'failed', message: event.message || 'the search worker could not start' });
    };
    worker.postMessage(request);
  });
}
