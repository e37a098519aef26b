import { describe, expect, it } from 'vitest';

import { EngineClient, isAbort, type WorkerLike } from '../../src/worker/client.ts';
import { encodeReply, FrameEncoder } from '../../src/worker/frameWire.ts';
import type { EngineReply, EngineRequest, OutcomeTable } from '../../src/worker/protocol.ts';
import { loadedRun } from './fixtures.ts';

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly encoder = new FrameEncoder();
  sent: EngineRequest[] = [];
  postMessage(message: unknown): void {
    this.sent.push(message as EngineRequest);
  }
  terminate(): void {}
  reply(reply: EngineReply): void {
    this.onmessage?.({ data: encodeReply(reply, this.encoder) } as MessageEvent);
  }
}

const emptyTable: OutcomeTable = {
  kernel: 'netbsd',
  result: new Uint8Array(0),
  signal: new Uint8Array(0),
  fault: new Uint8Array(0),
  place: new Uint32Array(0),
  value: new Uint32Array(0),
  violations: new Uint8Array(0),
  subject: new Uint32Array(0),
  places: [],
  values: [],
  subjects: [],
};

function setup() {
  const workers: FakeWorker[] = [];
  const client = new EngineClient({ onFrame: () => {}, onFrameFailed: () => {}, onCrash: () => {} }, () => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

const builtin = { kind: 'builtin' as const, id: 'vt-switch-linux' };

describe('outcome tables from the client', () => {
  it('answers each request by its id, beside a load and frames', async () => {
    const { client, workers } = setup();
    const load = client.load(builtin, 'netbsd');
    const a = client.outcomes(builtin, 'linux');
    const b = client.outcomes(builtin, 'netbsd');
    const w = workers[0]!;
    expect(w.sent.map((r) => r.type)).toEqual(['load', 'outcomes', 'outcomes']);
    const [l, ra, rb] = w.sent;
    w.reply({ id: l!.id, type: 'loaded', result: loadedRun(3) });
    // Answered out of order: each promise still gets its own table.
    w.reply({ id: rb!.id, type: 'outcomes', table: { ...emptyTable, kernel: 'netbsd' } });
    w.reply({ id: ra!.id, type: 'outcomes', table: { ...emptyTable, kernel: 'linux' } });
    expect((await load).type).toBe('loaded');
    const [ta, tb] = await Promise.all([a, b]);
    expect(ta.type === 'outcomes' && ta.table.kernel).toBe('linux');
    expect(tb.type === 'outcomes' && tb.table.kernel).toBe('netbsd');
  });

  it('passes on a not-found reply', async () => {
    const { client, workers } = setup();
    const asked = client.outcomes({ kind: 'builtin', id: 'nope' }, null);
    workers[0]!.reply({ id: workers[0]!.sent[0]!.id, type: 'not-found', builtinId: 'nope' });
    expect(await asked).toEqual({ id: 1, type: 'not-found', builtinId: 'nope' });
  });

  it('rejects as aborted when a newer load replaces the worker', async () => {
    const { client, workers } = setup();
    void client.load(builtin, 'netbsd').catch(() => {});
    const asked = client.outcomes(builtin, 'netbsd');
    void client.load(builtin, 'irix').catch(() => {});
    expect(workers).toHaveLength(2);
    await expect(asked).rejects.toSatisfy(isAbort);
  });
});
