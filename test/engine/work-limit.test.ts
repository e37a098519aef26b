/** The run's work bound: page operations counted by the engine, and a run stopped at the step that passes it. */

import { describe, expect, it } from 'vitest';
import { eagerCardLoop } from '../../bench/worstCases.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { runBounded } from '../../src/scenario/run.ts';
import { boot } from '../../src/sim/boot.ts';
import { runStep } from '../../src/sim/engine.ts';
import type { Scenario } from '../../src/sim/spec.ts';
import { Timeline } from '../../src/sim/timeline.ts';
import { WORK_LIMIT_MESSAGE } from '../../src/sim/work.ts';
import { EngineSession } from '../../src/worker/session.ts';

function parsed(text: string): Scenario {
  const p = parseScenario(text);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.scenario;
}

// irix maps the whole card at mmap time: 16 PTEs made, then 16 removed, per pair of steps.
const loop = parsed(eagerCardLoop(10, 16));
const SETUP = 1;

describe('the work bound', () => {
  it('counts each PTE made and removed, and each TLB fill, in one counter', () => {
    const s = boot(loop);
    runStep(s); // open
    expect(s.work).toBe(0);
    runStep(s); // mmap: 16 PTEs
    expect(s.work).toBe(16);
    runStep(s); // munmap: 16 zapped
    expect(s.work).toBe(32);
    const touch = parsed(
      'kernel linux\ndevice t vt\nprocess p\np: open /dev/t0 -> f\np: mmap f 1p -> m\np: read m\np: read m\n',
    );
    const t = boot(touch);
    while (t.step < touch.steps.length) runStep(t);
    // The first read faults in one PTE and fills the TLB; the second hits.
    expect(t.work).toBe(2);
  });

  it('stops the run after the step that passes it, keeping the rows that ran', () => {
    // 100 operations pass after the 7th map: setup, then (map, unmap) x 3 = 96, then the map to 112.
    const { rows, stoppedAt } = runBounded(loop, undefined, 100);
    expect(rows.length).toBe(SETUP + 7);
    expect(stoppedAt).toBe(loop.steps[SETUP + 6]);
    expect(stoppedAt?.pos).toEqual({ line: 12, col: 1 });
    expect(runBounded(loop, undefined, 10_000).stoppedAt).toBeNull();
  });

  it('a timeline shrinks to the steps that ran, and seeks only within them', () => {
    const t = new Timeline(loop, undefined, 4, 100);
    expect(t.length).toBe(loop.steps.length);
    t.seek(loop.steps.length);
    expect(t.length).toBe(SETUP + 7);
    expect(t.stoppedAt).toBe(SETUP + 6);
    expect(t.seek(1000).state.step).toBe(SETUP + 7);
  });

  it('the app hears where the run stopped, with the runner message, and keeps the steps that ran', () => {
    const session = new EngineSession(undefined, 100);
    const r = session.load({
      id: 1,
      type: 'load',
      source: { kind: 'text', text: eagerCardLoop(10, 16) },
      kernel: null,
    });
    if (r.type !== 'loaded') throw new Error(r.type);
    expect(r.result.stepCount).toBe(SETUP + 7);
    expect(r.result.marks.length).toBe(SETUP + 7);
    expect(r.result.stopped).toEqual({ line: 12, col: 1, message: WORK_LIMIT_MESSAGE });
    const frame = session.frame({ id: 2, type: 'frame', step: 100 });
    expect(frame.type === 'frame' && frame.frame.step).toBe(SETUP + 7);
  });
});
