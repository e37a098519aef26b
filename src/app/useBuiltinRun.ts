import { useEffect, useState } from 'react';

import { EngineClient, isAbort } from '../worker/client.ts';
import type { EngineReply } from '../worker/protocol.ts';

const engine = new EngineClient();

type Settled = { id: string; reply: EngineReply } | { id: string; error: string };

export type BuiltinRun =
  { status: 'running' } | { status: 'done'; reply: EngineReply } | { status: 'error'; message: string };

/** Runs built-in scenario `id` in the engine worker; a new id cancels the run in flight. */
export function useBuiltinRun(id: string): BuiltinRun {
  const [settled, setSettled] = useState<Settled | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    engine.run({ source: { kind: 'builtin', id }, kernel: null }, controller.signal).then(
      (reply) => setSettled({ id, reply }),
      (err: unknown) => {
        if (!isAbort(err)) setSettled({ id, error: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => controller.abort();
  }, [id]);

  // A result for another id is stale: the run for this one is still on its way.
  if (settled === null || settled.id !== id) return { status: 'running' };
  return 'reply' in settled
    ? { status: 'done', reply: settled.reply }
    : { status: 'error', message: settled.error };
}
