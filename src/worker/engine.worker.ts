/**
 * The engine worker: the only place the simulation runs in the browser, and the only file that touches
 * `self`. It answers each request of protocol.ts with exactly one reply carrying the same id.
 */

import { parseScenario } from '../scenario/index.ts';
import { findBuiltin } from '../scenario/library/index.ts';
import { runScenario, summarize } from '../scenario/run.ts';
import { stepTexts } from '../scenario/describe.ts';
import type { EngineReply, EngineRequest, RunRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function run(request: RunRequest): EngineReply {
  const { id, source } = request;
  let text: string;
  if (source.kind === 'builtin') {
    const builtin = findBuiltin(source.id);
    if (!builtin) return { id, type: 'not-found', builtinId: source.id };
    text = builtin.text;
  } else {
    text = source.text;
  }
  const parsed = parseScenario(text);
  if (!parsed.ok) return { id, type: 'invalid', errors: parsed.errors };
  const scenario = parsed.scenario;
  const kernel = request.kernel ?? scenario.kernel ?? 'linux';
  const rows = runScenario(scenario, kernel);
  const texts = stepTexts(text, rows);
  const expectsAt = new Map(scenario.steps.map((step) => [step.pos.line, step.expects.length]));
  return {
    id,
    type: 'ran',
    result: {
      title: scenario.title,
      kernel,
      steps: rows.map((row, i) => ({
        ...row,
        text: texts[i] ?? row.op,
        expects: expectsAt.get(row.line) ?? 0,
      })),
      failed: summarize(rows).failed,
      expectations: scenario.steps.reduce((n, step) => n + step.expects.length, 0),
    },
  };
}

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  let reply: EngineReply;
  try {
    reply = run(request);
  } catch (err) {
    // The engine promises not to throw on a valid scenario; if it does, the page says so.
    reply = { id: request.id, type: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
