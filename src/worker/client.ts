/**
 * The page's handle on the engine worker: the only file that creates the Worker. Each call gets its own
 * request id; aborting a call that is still running terminates the worker (a synchronous run cannot be
 * interrupted any other way) and the next call starts a fresh one.
 */

import type { EngineReply, RunRequest } from './protocol.ts';

type Pending = { resolve: (reply: EngineReply) => void; reject: (err: Error) => void };

export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** Runs a scenario in the worker; rejects on abort or when the worker itself fails. */
  run(request: Omit<RunRequest, 'id' | 'type'>, signal?: AbortSignal): Promise<EngineReply> {
    if (signal?.aborted) return Promise.reject(abortError());
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise<EngineReply>((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        // Other calls in flight share the worker being killed: they fail rather than hang.
        this.terminate();
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (reply) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(reply);
        },
        reject: (err) => {
          signal?.removeEventListener('abort', onAbort);
          reject(err);
        },
      });
      const message: RunRequest = { id, type: 'run', ...request };
      worker.postMessage(message);
    });
  }

  /** Stops the worker; calls still pending are rejected. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new Error('the engine worker was stopped'));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'pagerlab-engine',
    });
    worker.onmessage = (event: MessageEvent<EngineReply>) => {
      const reply = event.data;
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      pending?.resolve(reply);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      this.failAll(new Error(`the engine worker failed: ${event.message || 'it could not start'}`));
    };
    worker.onmessageerror = () => {
      this.failAll(new Error('the engine worker sent a message that could not be read'));
    };
    this.worker = worker;
    return worker;
  }

  private failAll(err: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(err);
  }
}

function abortError(): Error {
  return new DOMException('the run was cancelled', 'AbortError');
}

/** Whether an error is the rejection of an aborted call (not worth showing). */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
