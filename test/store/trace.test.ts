/**
 * The exported trace is the runner's `--json` output: the worker's session formats the run it holds with
 * the runner's own code, and the two must agree for every built-in on every kernel, edits included.
 */

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { jsonLines } from '../../src/cli/format.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { LIBRARY } from '../../src/scenario/library/index.ts';
import { runScenario } from '../../src/scenario/run.ts';
import { KERNELS, type KernelName } from '../../src/sim/spec.ts';
import type { EngineReply } from '../../src/worker/protocol.ts';
import { EngineSession } from '../../src/worker/session.ts';

/** What `sim --json` prints for this text and kernel override (main.ts's path, without the process). */
function runnerJson(text: string, kernel: KernelName | null): string {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error('the scenario does not parse');
  return jsonLines(runScenario(parsed.scenario, kernel ?? parsed.scenario.kernel ?? 'linux'));
}

function ownKernel(text: string): KernelName {
  const parsed = parseScenario(text);
  return (parsed.ok && parsed.scenario.kernel) || 'linux';
}

function traceOf(reply: EngineReply) {
  if (reply.type !== 'trace') throw new Error(`expected a trace, got ${reply.type}`);
  return reply;
}

describe('the session trace', () => {
  for (const b of LIBRARY) {
    it(`equals the runner's --json for ${b.id}, on its own kernel and on each override`, () => {
      for (const kernel of [null, ...KERNELS]) {
        const s = new EngineSession();
        expect(s.load({ id: 1, type: 'load', source: { kind: 'builtin', id: b.id }, kernel }).type).toBe(
          'loaded',
        );
        // Playing part of the way first must not change the trace (frames move the cursor, not the run).
        s.frame({ id: 2, type: 'frame', step: 2 });
        const trace = traceOf(s.trace({ id: 3, type: 'trace' }));
        expect(trace.id).toBe(3);
        expect(trace.jsonl).toBe(runnerJson(b.text, kernel));
        expect(trace.kernel).toBe(kernel ?? ownKernel(b.text));
      }
    });
  }

  it('names the kernel the run used and reports failed expectations as the runner does', () => {
    const text = `title "t"\nprocess p\np: read 0x1000\nexpect SIGBUS\nexpect fault\n`;
    const s = new EngineSession();
    s.load({ id: 1, type: 'load', source: { kind: 'text', text }, kernel: 'irix' });
    const trace = traceOf(s.trace({ id: 2, type: 'trace' }));
    expect(trace.kernel).toBe('irix');
    expect(JSON.parse(trace.jsonl.trim())).toMatchObject({
      result: 'signal',
      expectFailed: ['expect SIGBUS'],
    });
    expect(trace.jsonl).toBe(runnerJson(text, 'irix'));
  });

  it('is an empty text for a scenario without steps, and a failure without a run', () => {
    const s = new EngineSession();
    expect(s.trace({ id: 1, type: 'trace' })).toEqual({
      id: 1,
      type: 'failed',
      message: 'no scenario is loaded',
    });
    s.load({ id: 2, type: 'load', source: { kind: 'text', text: 'process p\n' }, kernel: null });
    expect(traceOf(s.trace({ id: 3, type: 'trace' }))).toEqual({
      id: 3,
      type: 'trace',
      jsonl: '',
      kernel: 'linux',
    });
  });

  it('keeps the last good run when a later load is invalid', () => {
    const s = new EngineSession();
    s.load({ id: 1, type: 'load', source: { kind: 'builtin', id: 'card-linux' }, kernel: null });
    s.load({ id: 2, type: 'load', source: { kind: 'text', text: 'machine ram=zero\n' }, kernel: null });
    expect(traceOf(s.trace({ id: 3, type: 'trace' })).jsonl).toBe(
      runnerJson(LIBRARY.find((b) => b.id === 'card-linux')!.text, null),
    );
  });

  it('equals the output of the runner process itself', () => {
    const root = resolve(import.meta.dirname, '../..');
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const r = spawnSync(
      process.execPath,
      ['--import', tsx, join(root, 'src/cli/main.ts'), '--example', 'vt-switch-netbsd', '--json'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', INIT_CWD: '' } },
    );
    expect(r.status).toBe(0);
    const s = new EngineSession();
    s.load({ id: 1, type: 'load', source: { kind: 'builtin', id: 'vt-switch-netbsd' }, kernel: null });
    expect(traceOf(s.trace({ id: 2, type: 'trace' })).jsonl).toBe(r.stdout);
  });
});
