/**
 * The page's handle on the engine worker: the only file that creates the Worker. A synchronous run cannot
 * be interrupted, so cancelling one terminates the worker and the next request starts a fresh one. A newer
 * load cancels an older one still running. Frames: the latest request wins and at most one is in flight,
 * so a scrubbed timeline never queues up work; a reply overtaken by a newer request is dropped. Frames
 * fetched ahead (max-speed playback) are another matter: each is sent at once and answered in order. A trace
 * is answered after whatever the worker was asked before it, so it is the trace of the latest good run.
 */

import type {
  EngineReply,
  EngineRequest,
  Frame,
  FrameRequest,
  LoadReply,
  LoadRequest,
  OutcomesReply,
  OutcomesRequest,
  ScenarioSource,
  TraceRequest,
  AskRequest,
  WireReply,
} from './protocol.ts';
import { decodeReply, FrameDecoder } from './frameWire.ts';
import type { KernelName } from '../sim/spec.ts';

/** An ask request before the client gives it an id. */
export type AskBody = AskRequest extends infer R ? (R extends AskRequest ? Omit<R, 'id'> : never) : never;

/** What the client needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface EngineHandlers {
  onFrame(frame: Frame, ms: number): void;
  /** A frame fetched ahead (prefetchFrame): only a client that fetches ahead needs these two. */
  onAhead?(frame: Frame, ms: number): void;
  /**
   * Frames fetched ahead that will not come: a fresh worker never saw them, or the worker had no run to
   * answer from. Whoever counts them on their way asks again.
   */
  onAheadLost?(): void;
  onFrameFailed(message: string): void;
  /** The worker died outside a load (a load in flight rejects instead). */
  onCrash(message: string): void;
}

/** A run's trace in the runner's `--json` format, and the kernel it ran on. */
export interface Trace {
  jsonl: string;
  kernel: KernelName;
}

/**
 * A request answered by one reply (a trace, an outcome table, a story, a quiz, a grade). `settle` takes a
 * reply and says whether it was the answer; the worker's restart rejects whatever is still waiting.
 */
interface PendingReply {
  settle(reply: EngineReply): boolean;
  reject(err: Error): void;
}

interface PendingLoad {
  id: number;
  resolve(reply: LoadReply): void;
  reject(err: Error): void;
  onProgress(done: number, total: number): void;
}

/** How a load runs: `signal` aborted, nobody wants its answer (see EngineClient.load). */
export interface LoadOptions {
  onProgress?: (done: number, total: number) => void;
  /** Predict mode's run, without its answers (protocol.ts, LoadRequest). */
  sealed?: boolean;
  /** The step whose frame the reply brings along. */
  frameAt?: number;
  /**
   * Aborting it rejects the load with an AbortError at once and stops its progress. The worker's run
   * goes on (a synchronous run stops only with its worker): the next load or cancel() ends it, and its
   * reply still counts as the worker's last good run, as the worker holds it.
   */
  signal?: AbortSignal;
}

/** A worker started before the page's modules have all run (`startEngineWorkerEarly`), not yet taken. */
let early: WorkerLike | null = null;

/**
 * A worker started before anyone listens to it. It answers only requests, so it says nothing meanwhile,
 * but it can fail to start (its script lost or broken) before the client takes it: that error is held
 * and given to the first `onerror` set, a task later, so the client's own setup finishes first.
 */
export class HeldWorker implements WorkerLike {
  private held: ErrorEvent | null = null;
  private listener: ((event: ErrorEvent) => void) | null = null;

  constructor(private readonly worker: Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>) {
    worker.onerror = (event) => {
      if (this.listener) return this.listener(event);
      event.preventDefault();
      this.held = event;
    };
  }

  postMessage(message: unknown): void {
    this.worker.postMessage(message);
  }

  terminate(): void {
    this.worker.terminate();
  }

  get onmessage(): ((event: MessageEvent) => void) | null {
    return this.worker.onmessage;
  }

  set onmessage(handler: ((event: MessageEvent) => void) | null) {
    this.worker.onmessage = handler;
  }

  get onerror(): ((event: ErrorEvent) => void) | null {
    return this.listener;
  }

  set onerror(handler: ((event: ErrorEvent) => void) | null) {
    this.listener = handler;
    const held = this.held;
    this.held = null;
    if (held && handler) setTimeout(() => handler(held), 0);
  }
}

/**
 * Starts the engine worker now, so that its script loads and compiles while the rest of the page's
 * code loads and runs (main.tsx imports prestart.ts, then the page). The first client that needs a
 * worker takes it.
 */
export function startEngineWorkerEarly(): void {
  early ??= new HeldWorker(newEngineWorker());
}

function newEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pagerlab-engine',
  });
}

function createEngineWorker(): WorkerLike {
  const worker = early ?? newEngineWorker();
  early = null;
  return worker;
}

export class EngineClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private load_: PendingLoad | null = null;
  private frameInFlight: { id: number; step: number; afterOnly: boolean } | null = null;
  private frameWanted: { step: number; afterOnly: boolean } | null = null;
  /** The ids of frames fetched ahead, not yet answered. */
  private readonly ahead = new Set<number>();
  /** The last load that ran: a restarted worker runs it again when the newer one brings nothing. */
  private lastGood: { source: ScenarioSource; kernel: KernelName | null; sealed: boolean } | null = null;
  /** Requests answered by one reply, waiting for it, by id. */
  private readonly pending = new Map<number, PendingReply>();
  private restoring = false;
  private freshWorker = false;

  constructor(
    private readonly handlers: EngineHandlers,
    private readonly createWorker: () => WorkerLike = createEngineWorker,
  ) {}

  /**
   * Runs a scenario; rejects with an AbortError when cancelled, overtaken or its `signal` aborts, with an
   * Error when the worker dies.
   */
  load(source: ScenarioSource, kernel: KernelName | null, opts: LoadOptions = {}): Promise<LoadReply> {
    const { onProgress = () => {}, sealed = false, frameAt, signal } = opts;
    // A running load (or the run being restored) cannot be interrupted but by a fresh worker.
    if (this.load_ || this.restoring) this.restart();
    const id = this.nextId++;
    const reply = new Promise<LoadReply>((resolve, reject) => {
      this.load_ = { id, resolve, reject, onProgress: (d, t) => signal?.aborted || onProgress(d, t) };
      // Sent only when set, so an ordinary load's message is what it always was.
      this.post({
        id,
        type: 'load',
        source,
        kernel,
        ...(sealed ? { sealed } : {}),
        ...(frameAt === undefined ? {} : { frameAt }),
      } satisfies LoadRequest);
    }).then((reply) => {
      if (reply.type === 'loaded') {
        this.lastGood = { source, kernel, sealed };
        this.freshWorker = false;
      } else if (this.freshWorker) this.restore();
      return reply;
    });
    return signal ? dropOnAbort(reply, signal) : reply;
  }

  /** Stops the load in flight (it rejects with an AbortError); the last good run comes back. */
  cancel(): void {
    if (!this.load_) return;
    this.restart();
    this.restore();
  }

  /**
   * Runs a scenario apart from the loaded run and answers every step's outcome. It queues behind a load
   * in flight; cancelling or overtaking that load (a fresh worker) rejects it with an AbortError.
   */
  outcomes(source: ScenarioSource, kernel: KernelName | null): Promise<OutcomesReply> {
    const id = this.nextId++;
    return this.oneReply({ id, type: 'outcomes', source, kernel } satisfies OutcomesRequest, (reply) =>
      reply.type === 'outcomes' ||
      reply.type === 'invalid' ||
      reply.type === 'not-found' ||
      reply.type === 'failed'
        ? reply
        : undefined,
    );
  }

  /** Ends the worker and forgets its runs (a pending load or table rejects as aborted). */
  dispose(): void {
    this.lastGood = null;
    this.stop(abortError());
  }

  /**
   * Asks for the frame of `step`; only the latest request is answered through `onFrame`. `afterOnly`:
   * max-speed playback needs no picture before the step (FrameRequest.afterOnly).
   */
  requestFrame(step: number, afterOnly = false): void {
    this.frameWanted = { step, afterOnly };
    this.pumpFrames();
  }

  /**
   * Fetches the picture after `step` ahead of its turn, for max-speed playback: sent at once, beside
   * whatever else is asked, and answered through `onAhead` in the order asked, or `onAheadLost`.
   */
  prefetchFrame(step: number): void {
    const id = this.nextId++;
    this.ahead.add(id);
    this.post({ id, type: 'frame', step, afterOnly: true } satisfies FrameRequest);
  }

  /**
   * The last good run's trace as JSON lines. Rejects with an Error when there is no run or the worker
   * dies, with an AbortError when a newer load restarts the worker first.
   */
  trace(): Promise<Trace> {
    const id = this.nextId++;
    return this.oneReply({ id, type: 'trace' } satisfies TraceRequest, (reply) => {
      if (reply.type === 'trace') return { jsonl: reply.jsonl, kernel: reply.kernel };
      throw new Error(reply.type === 'failed' ? reply.message : `unexpected ${reply.type} reply`);
    });
  }

  /**
   * Asks the run for its story, a quiz or a grade. The worker answers in order, so the reply is about the
   * run loaded when it was asked; it rejects with an AbortError if the worker restarts first.
   */
  ask(request: AskBody): Promise<EngineReply> {
    const id = this.nextId++;
    return this.oneReply({ ...request, id } as AskRequest, (reply) => reply);
  }

  /** Whether a load is running. */
  get loading(): boolean {
    return this.load_ !== null;
  }

  private pumpFrames(): void {
    if (this.frameInFlight || this.frameWanted === null) return;
    const id = this.nextId++;
    const { step, afterOnly } = this.frameWanted;
    this.frameInFlight = { id, step, afterOnly };
    this.frameWanted = null;
    this.post({ id, type: 'frame', step, afterOnly } satisfies FrameRequest);
  }

  /** Runs the last good scenario again in a fresh worker, answering nobody, so frames have a run to show. */
  private restore(): void {
    const good = this.lastGood;
    if (!good || this.restoring) return;
    this.restoring = true;
    this.freshWorker = false;
    this.post({
      id: 0,
      type: 'load',
      source: good.source,
      kernel: good.kernel,
      ...(good.sealed ? { sealed: true } : {}),
    } satisfies LoadRequest);
  }

  /**
   * Posts a request answered by one reply. `accept` turns the reply into the answer, returns undefined for
   * a reply that is not it yet, or throws to reject.
   */
  private oneReply<T>(message: EngineRequest, accept: (reply: EngineReply) => T | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.set(message.id, {
        settle: (reply) => {
          let answer: T | undefined;
          try {
            answer = accept(reply);
          } catch (err) {
            reject(err as Error);
            return true;
          }
          if (answer === undefined) return false;
          resolve(answer);
          return true;
        },
        reject,
      });
      this.post(message);
    });
  }

  private post(message: EngineRequest): void {
    this.ensureWorker().postMessage(message);
  }

  private receive(reply: EngineReply): void {
    if (reply.id === 0) {
      if (reply.type !== 'progress') this.restoring = false;
      return;
    }
    const waiting = this.pending.get(reply.id);
    if (waiting) {
      if (waiting.settle(reply)) this.pending.delete(reply.id);
      return;
    }
    const load = this.load_;
    if (load && reply.id === load.id) {
      if (reply.type === 'progress') load.onProgress(reply.done, reply.total);
      else if (
        reply.type === 'loaded' ||
        reply.type === 'invalid' ||
        reply.type === 'not-found' ||
        reply.type === 'failed'
      ) {
        this.load_ = null;
        load.resolve(reply);
      }
      return;
    }
    if (this.ahead.delete(reply.id)) {
      if (reply.type === 'frame') this.handlers.onAhead?.(reply.frame, reply.ms);
      else this.handlers.onAheadLost?.();
      return;
    }
    const inFlight = this.frameInFlight;
    if (!inFlight || reply.id !== inFlight.id) return;
    this.frameInFlight = null;
    const wanted = this.frameWanted;
    const overtaken = wanted !== null && wanted.step !== inFlight.step;
    // The same step wanted whole after an after-only one: show this one now, then ask for the whole.
    if (wanted?.step === inFlight.step && (wanted.afterOnly || !inFlight.afterOnly)) this.frameWanted = null;
    if (!overtaken) {
      if (reply.type === 'frame') this.handlers.onFrame(reply.frame, reply.ms);
      else if (reply.type === 'failed') this.handlers.onFrameFailed(reply.message);
    }
    this.pumpFrames();
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    // Each worker sends frames as changes from its last one: every reply of it is decoded, in order.
    const frames = new FrameDecoder();
    worker.onmessage = (event: MessageEvent) => {
      if (this.worker === worker) this.receive(decodeReply(event.data as WireReply, frames));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      if (this.worker !== worker) return;
      const message = `the engine worker failed: ${event.message || 'it could not start'}`;
      const hadLoad = this.load_ !== null;
      this.stop(new Error(message));
      if (!hadLoad) this.handlers.onCrash(message);
    };
    this.worker = worker;
    return worker;
  }

  /** Terminates the worker: a load in flight rejects as aborted; frames in flight are forgotten. */
  private restart(): void {
    this.stop(abortError());
  }

  private stop(err: Error): void {
    this.worker?.terminate();
    this.worker = null;
    // The next worker starts without a run: a failed load on it brings back the last good one.
    this.freshWorker = true;
    this.restoring = false;
    this.frameInFlight = null;
    this.frameWanted = null;
    const aheadLost = this.ahead.size > 0;
    this.ahead.clear();
    const load = this.load_;
    this.load_ = null;
    load?.reject(err);
    // The new worker has not seen these requests: whoever asked may ask again.
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) w.reject(err);
    if (aheadLost) this.handlers.onAheadLost?.();
  }
}

/** `reply`, or an AbortError as soon as `signal` aborts. */
function dropOnAbort<T>(reply: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(abortError());
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    reply.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function abortError(): Error {
  return new DOMException('the run was cancelled', 'AbortError');
}

/** Whether an error is the rejection of a cancelled or overtaken load (not worth showing). */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
