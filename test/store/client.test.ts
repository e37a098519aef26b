import { describe, expect, it } from 'vitest';

import { EngineClient, HeldWorker, isAbort, type WorkerLike } from '../../src/worker/client.ts';
import { encodeReply, FrameEncoder } from '../../src/worker/frameWire.ts';
import type { EngineReply, EngineRequest, Frame } from '../../src/worker/protocol.ts';
import { frameOf, loadedRun } from './fixtures.ts';

/** A worker that records requests and answers when the test says so. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly encoder = new FrameEncoder();
  sent: EngineRequest[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.sent.push(message as EngineRequest);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: EngineReply): void {
    // As the real worker posts it: frames as changes from the last one (frameWire.ts).
    this.onmessage?.({ data: encodeReply(reply, this.encoder) } as MessageEvent);
  }
  /** Answers the frame request `request` with its frame. */
  answerFrame(request: EngineRequest | undefined): void {
    if (request?.type !== 'frame') throw new Error('not a frame request');
    this.reply({ id: request.id, type: 'frame', frame: frameOf(request.step), ms: 1 });
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const frames: Frame[] = [];
  const ahead: Frame[] = [];
  const lost: number[] = [];
  const crashes: string[] = [];
  const client = new EngineClient(
    {
      onFrame: (f) => frames.push(f),
      onAhead: (f) => ahead.push(f),
      onAheadLost: () => lost.push(ahead.length),
      onFrameFailed: () => {},
      onCrash: (m) => crashes.push(m),
    },
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  );
  return { client, workers, frames, ahead, lost, crashes };
}

const builtin = (id: string) => ({ kind: 'builtin' as const, id });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('frames: latest wins', () => {
  it('keeps one request in flight and sends only the latest wanted step after it', () => {
    const { client, workers, frames } = setup();
    client.requestFrame(1);
    client.requestFrame(2);
    client.requestFrame(3);
    const w = workers[0]!;
    expect(w.sent.map((r) => r.type === 'frame' && r.step)).toEqual([1]);
    w.answerFrame(w.sent[0]);
    // Step 1's frame was overtaken by a newer request: dropped, and step 3 goes out.
    expect(frames).toEqual([]);
    expect(w.sent.map((r) => r.type === 'frame' && r.step)).toEqual([1, 3]);
    w.answerFrame(w.sent[1]);
    expect(frames.map((f) => f.step)).toEqual([3]);
  });

  it('delivers a reply when the newer request asks for the same step', () => {
    const { client, workers, frames } = setup();
    client.requestFrame(4);
    client.requestFrame(4);
    workers[0]!.answerFrame(workers[0]!.sent[0]);
    expect(frames.map((f) => f.step)).toEqual([4]);
    expect(workers[0]!.sent).toHaveLength(1);
  });

  it('delivers an after-only frame, then asks for the same step whole when that is wanted next', () => {
    const { client, workers, frames } = setup();
    client.requestFrame(5, true);
    client.requestFrame(5);
    const w = workers[0]!;
    w.answerFrame(w.sent[0]);
    expect(frames.map((f) => f.step)).toEqual([5]);
    expect(w.sent.map((r) => r.type === 'frame' && [r.step, r.afterOnly])).toEqual([
      [5, true],
      [5, false],
    ]);
  });
});

describe('frames fetched ahead', () => {
  const steps = (w: FakeWorker) => w.sent.map((r) => r.type === 'frame' && [r.step, r.afterOnly]);

  it('are sent at once, beside a frame in flight, and answered in order through onAhead', () => {
    const { client, workers, frames, ahead } = setup();
    client.requestFrame(1);
    client.prefetchFrame(4);
    client.prefetchFrame(8);
    const w = workers[0]!;
    expect(steps(w)).toEqual([
      [1, false],
      [4, true],
      [8, true],
    ]);
    for (const r of w.sent) w.answerFrame(r);
    expect(frames.map((f) => f.step)).toEqual([1]);
    expect(ahead.map((f) => f.step)).toEqual([4, 8]);
  });

  it('are not overtaken by a newer frame request, and a fresh worker forgets them, saying so', async () => {
    const { client, workers, ahead, lost } = setup();
    client.prefetchFrame(4);
    client.requestFrame(2);
    client.requestFrame(3);
    const w = workers[0]!;
    w.answerFrame(w.sent[0]);
    expect(ahead.map((f) => f.step)).toEqual([4]);
    client.prefetchFrame(9);
    void client.load(builtin('vt'), null).catch(() => {});
    void client.load(builtin('vt'), null).catch(() => {});
    // The second load restarted the worker: the old one's answer to step 9 counts for nothing.
    expect(w.terminated).toBe(true);
    expect(lost).toEqual([1]);
    w.answerFrame(w.sent.find((r) => r.type === 'frame' && r.step === 9));
    await settle();
    expect(ahead.map((f) => f.step)).toEqual([4]);
    // A restart with none on their way loses nothing.
    void client.load(builtin('vt'), null).catch(() => {});
    expect(lost).toEqual([1]);
  });

  it('are lost when the worker has no run to answer from', () => {
    const { client, workers, ahead, lost } = setup();
    client.prefetchFrame(3);
    const w = workers[0]!;
    w.reply({ id: w.sent[0]!.id, type: 'failed', message: 'no run' });
    expect([ahead, lost]).toEqual([[], [0]]);
  });
});

describe('loads', () => {
  it('resolves with the final reply after reporting progress', async () => {
    const { client, workers } = setup();
    const progress: number[] = [];
    const done = client.load(builtin('a'), null, { onProgress: (d) => progress.push(d) });
    const w = workers[0]!;
    const id = w.sent[0]!.id;
    w.reply({ id, type: 'progress', done: 5000, total: 9000 });
    w.reply({ id, type: 'loaded', result: loadedRun(9000) });
    await expect(done).resolves.toMatchObject({ type: 'loaded' });
    expect(progress).toEqual([5000]);
  });

  it("an aborted signal drops the load's answer and progress at once, and leaves the worker running", async () => {
    const { client, workers } = setup();
    const progress: number[] = [];
    const ctl = new AbortController();
    const load = client.load(builtin('a'), null, { onProgress: (d) => progress.push(d), signal: ctl.signal });
    const w = workers[0]!;
    const id = w.sent[0]!.id;
    w.reply({ id, type: 'progress', done: 1, total: 9 });
    ctl.abort();
    await expect(load).rejects.toSatisfy(isAbort);
    w.reply({ id, type: 'progress', done: 2, total: 9 });
    expect(progress).toEqual([1]);
    expect(w.terminated).toBe(false);
  });

  it('a newer load cancels an older one still running: the worker is replaced', async () => {
    const { client, workers } = setup();
    const first = client.load(builtin('slow'), null);
    const second = client.load(builtin('b'), 'netbsd');
    await expect(first).rejects.toSatisfy(isAbort);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent).toEqual([
      { id: expect.any(Number), type: 'load', source: builtin('b'), kernel: 'netbsd' },
    ]);
    workers[1]!.reply({ id: workers[1]!.sent[0]!.id, type: 'loaded', result: loadedRun(1) });
    await expect(second).resolves.toMatchObject({ type: 'loaded' });
  });

  it('after a cancel, a fresh worker runs the last good scenario again so frames keep working', async () => {
    const { client, workers } = setup();
    const good = client.load(builtin('good'), null);
    workers[0]!.reply({ id: workers[0]!.sent[0]!.id, type: 'loaded', result: loadedRun(3) });
    await good;
    const slow = client.load({ kind: 'text', text: 'huge' }, null);
    client.cancel();
    await expect(slow).rejects.toSatisfy(isAbort);
    expect(workers[1]!.sent[0]).toMatchObject({ type: 'load', source: builtin('good') });
  });

  it('an invalid load on a restarted worker brings the last good run back', async () => {
    const { client, workers } = setup();
    const good = client.load(builtin('good'), null);
    workers[0]!.reply({ id: workers[0]!.sent[0]!.id, type: 'loaded', result: loadedRun(3) });
    await good;
    void client.load({ kind: 'text', text: 'slow' }, null).catch(() => {});
    const edit = client.load({ kind: 'text', text: 'bad' }, null);
    const w = workers[1]!;
    w.reply({ id: w.sent[0]!.id, type: 'invalid', errors: [{ line: 1, col: 1, message: 'x' }] });
    await edit;
    await settle();
    expect(w.sent[1]).toMatchObject({ type: 'load', source: builtin('good') });
  });

  it('a worker crash rejects the load in flight; outside a load it is reported', async () => {
    const { client, workers, crashes } = setup();
    const load = client.load(builtin('a'), null);
    workers[0]!.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    await expect(load).rejects.toThrow(/boom/);
    expect(isAbort(await load.catch((e: unknown) => e))).toBe(false);
    client.requestFrame(1);
    workers[1]!.onerror?.({ message: 'again', preventDefault() {} } as ErrorEvent);
    expect(crashes).toEqual(['the engine worker failed: again']);
  });
});

describe('traces', () => {
  it('resolves with the worker’s trace, and rejects with its failure', async () => {
    const { client, workers } = setup();
    const trace = client.trace();
    const w = workers[0]!;
    const first = w.sent[0]!;
    expect(first).toEqual({ id: expect.any(Number), type: 'trace' });
    const none = client.trace();
    w.reply({ id: w.sent[1]!.id, type: 'failed', message: 'no scenario is loaded' });
    w.reply({ id: first.id, type: 'trace', jsonl: '{"line":1}\n', kernel: 'netbsd' });
    await expect(trace).resolves.toEqual({ jsonl: '{"line":1}\n', kernel: 'netbsd' });
    await expect(none).rejects.toThrow('no scenario is loaded');
  });

  it('does not disturb frames in flight', () => {
    const { client, workers, frames } = setup();
    client.requestFrame(2);
    void client.trace();
    const w = workers[0]!;
    w.reply({ id: w.sent[1]!.id, type: 'trace', jsonl: '', kernel: 'linux' });
    w.answerFrame(w.sent[0]);
    expect(frames.map((f) => f.step)).toEqual([2]);
  });

  it('a newer load that restarts the worker rejects a trace still waiting as aborted', async () => {
    const { client } = setup();
    void client.load(builtin('slow'), null).catch(() => {});
    const trace = client.trace();
    void client.load(builtin('b'), null).catch(() => {});
    await expect(trace).rejects.toSatisfy(isAbort);
  });
});

describe('a worker started early', () => {
  /** The part of a browser Worker that HeldWorker uses. */
  const rawWorker = () => ({
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage() {},
    terminate() {},
  });
  const failure = (message: string) => {
    let prevented = false;
    return {
      event: { message, preventDefault: () => (prevented = true) } as unknown as ErrorEvent,
      prevented: () => prevented,
    };
  };

  it('keeps an error from before anyone listened and hands it to the first listener, a task later', async () => {
    const raw = rawWorker();
    const held = new HeldWorker(raw);
    const lost = failure('script lost');
    raw.onerror?.(lost.event);
    // Nobody listens yet: the page's console is spared, the error kept.
    expect(lost.prevented()).toBe(true);
    const heard: string[] = [];
    held.onerror = (e) => heard.push(e.message);
    expect(heard).toEqual([]);
    await settle();
    expect(heard).toEqual(['script lost']);
  });

  it('a client that takes it reports the crash that happened before it took it', async () => {
    const raw = rawWorker();
    const crashes: string[] = [];
    const held = new HeldWorker(raw);
    raw.onerror?.(failure('engine lost').event);
    const client = new EngineClient(
      { onFrame: () => {}, onFrameFailed: () => {}, onCrash: (m) => crashes.push(m) },
      () => held,
    );
    const load = client.load(builtin('a'), null);
    await expect(load).rejects.toThrow('the engine worker failed: engine lost');
    expect(crashes).toEqual([]);
  });

  it('passes later errors straight through', () => {
    const raw = rawWorker();
    const held = new HeldWorker(raw);
    const heard: string[] = [];
    held.onerror = (e) => heard.push(e.message);
    raw.onerror?.(failure('later').event);
    expect(heard).toEqual(['later']);
  });
});
