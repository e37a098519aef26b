/**
 * The engine worker: the only place the simulation runs in the browser, and the only file that touches
 * `self`. It answers each request of protocol.ts with exactly one final reply carrying the same id
 * (a long load also sends progress replies before it).
 */

import { encodeReply, FrameEncoder } from './frameWire.ts';
import type { EngineReply, EngineRequest, OutcomeTable } from './protocol.ts';
import { EngineSession } from './session.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new EngineSession(() => performance.now());
// Frames go out as changes from the last picture posted (frameWire.ts).
const encoder = new FrameEncoder();

function answer(request: EngineRequest): EngineReply {
  if (request.type === 'load')
    return session.load(request, (done, total) =>
      scope.postMessage({ id: request.id, type: 'progress', done, total } satisfies EngineReply),
    );
  if (request.type === 'trace') return session.trace(request);
  if (request.type === 'story') return session.story(request);
  if (request.type === 'quiz') return session.quiz(request);
  if (request.type === 'grade') return session.grade(request);
  if (request.type === 'outcomes') return session.outcomes(request);
  return session.frame(request);
}

function tableBuffers(t: OutcomeTable): ArrayBuffer[] {
  return [t.result, t.signal, t.fault, t.place, t.value, t.violations, t.subject].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  let reply: EngineReply;
  try {
    reply = answer(request);
  } catch (err) {
    // The engine promises not to throw on a valid scenario; if it does, the page says so.
    reply = { id: request.id, type: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
  // The typed arrays of a loaded run move to the page instead of being copied.
  const transfer =
    reply.type === 'loaded'
      ? [reply.result.marks.buffer, reply.result.lines.buffer]
      : reply.type === 'outcomes'
        ? tableBuffers(reply.table)
        : [];
  scope.postMessage(encodeReply(reply, encoder), transfer);
};
