import { describe, expect, it } from 'vitest';

import { EngineSession, PROGRESS_EVERY } from '../../src/worker/session.ts';
import { MARK, type EngineReply, type Frame, type LoadReply } from '../../src/worker/protocol.ts';
import { replay } from '../../src/sim/replay.ts';
import { findBuiltin } from '../../src/scenario/library/index.ts';
import { benchScenario } from '../../bench/generate.ts';

function loaded(reply: LoadReply) {
  if (reply.type !== 'loaded') throw new Error(`expected loaded, got ${reply.type}`);
  return reply.result;
}

function frame(reply: EngineReply): Frame {
  if (reply.type !== 'frame') throw new Error(`expected a frame, got ${JSON.stringify(reply)}`);
  return reply.frame;
}

const load = (s: EngineSession, id: string, kernel: 'linux' | 'netbsd' | null = null) =>
  s.load({ id: 1, type: 'load', source: { kind: 'builtin', id }, kernel });

describe('EngineSession', () => {
  it('loads a built-in as numbers and typed arrays, with its marks', () => {
    const run = loaded(load(new EngineSession(), 'card-linux'));
    expect(run.stepCount).toBeGreaterThan(3);
    expect(run.marks).toBeInstanceOf(Uint8Array);
    expect(run.marks.length).toBe(run.stepCount);
    // card-linux ends in SIGBUS after the eject.
    expect(run.marks.some((m) => (m & MARK.signal) !== 0)).toBe(true);
    expect(run.marks.some((m) => (m & MARK.fault) !== 0)).toBe(true);
    expect(run.failed).toBe(0);
    expect(run.text).toBe(findBuiltin('card-linux')?.text);
  });

  it('brings the frame of the step asked for along with a good run, and none with a failed one', () => {
    const s = new EngineSession();
    const reply = s.load({
      id: 1,
      type: 'load',
      source: { kind: 'builtin', id: 'card-linux' },
      kernel: null,
      frameAt: 3,
    });
    if (reply.type !== 'loaded') throw new Error(reply.type);
    expect(reply.shown?.frame.step).toBe(3);
    const other = new EngineSession();
    load(other, 'card-linux');
    expect(reply.shown?.frame).toEqual(frame(other.frame({ id: 2, type: 'frame', step: 3 })));
    const bad = s.load({
      id: 3,
      type: 'load',
      source: { kind: 'text', text: 'kernel nope\n' },
      kernel: null,
      frameAt: 3,
    });
    expect(bad.type).toBe('invalid');
    expect('shown' in bad).toBe(false);
    expect(load(s, 'card-linux')).not.toHaveProperty('shown');
  });

  it('answers unknown ids, invalid text and frames without a run', () => {
    const s = new EngineSession();
    expect(s.frame({ id: 2, type: 'frame', step: 1 })).toMatchObject({ type: 'failed' });
    expect(load(s, 'nope')).toEqual({ id: 1, type: 'not-found', builtinId: 'nope' });
    const bad = s.load({
      id: 3,
      type: 'load',
      source: { kind: 'text', text: 'machine ram=zero\n' },
      kernel: null,
    });
    expect(bad.type).toBe('invalid');
  });

  it('gives the same frame for a step whether reached by playing forward or by jumping', () => {
    const playing = new EngineSession();
    const jumping = new EngineSession();
    const n = loaded(load(playing, 'vt-switch-linux')).stepCount;
    load(jumping, 'vt-switch-linux');
    const forward: Frame[] = [];
    for (let step = 0; step <= n; step++)
      forward.push(frame(playing.frame({ id: step, type: 'frame', step })));
    for (const step of [n, 2, 5, 1, 0, 3]) {
      const jumped = frame(jumping.frame({ id: 100 + step, type: 'frame', step }));
      expect(JSON.stringify(jumped)).toBe(JSON.stringify(forward[step]));
    }
  });

  it("chains frames: a step's before is the step before's after", () => {
    const s = new EngineSession();
    const n = loaded(load(s, 'card-netbsd')).stepCount;
    let previous = frame(s.frame({ id: 1, type: 'frame', step: 0 }));
    expect(previous.events).toEqual([]);
    expect(previous.row).toBeNull();
    for (let step = 1; step <= n; step++) {
      const f = frame(s.frame({ id: 1, type: 'frame', step }));
      expect(f.step).toBe(step);
      expect(f.before).toEqual(previous.after);
      expect(f.row?.line).toBeGreaterThan(0);
      expect(f.row?.text.length).toBeGreaterThan(0);
      previous = f;
    }
  });

  it('sends only the picture after the step when asked (max speed), and the whole frame after that', () => {
    const s = new EngineSession();
    const n = loaded(load(s, 'card-linux')).stepCount;
    const reference = new EngineSession();
    load(reference, 'card-linux');
    const expected = frame(reference.frame({ id: 1, type: 'frame', step: n }));
    // A stride: jumping ahead with afterOnly computes no picture before the step.
    const fast = frame(s.frame({ id: 2, type: 'frame', step: n, afterOnly: true }));
    expect(fast.afterOnly).toBe(true);
    expect(fast.before).toBe(fast.after);
    expect(fast.after).toEqual(expected.after);
    expect(fast.events).toEqual(expected.events);
    // Paused there: the same step asked whole is not the cached after-only frame.
    const paused = frame(s.frame({ id: 3, type: 'frame', step: n }));
    expect(paused.afterOnly).toBeUndefined();
    expect(paused).toEqual(expected);
  });

  // The page draws replay(before, events, k) between events: at k = all events it must be the after.
  it.each(['card-netbsd', 'vt-switch-netbsd', 'card-linux', 'fork-switch'])(
    "%s: each frame's events replay its before into its after",
    (id) => {
      const s = new EngineSession();
      const n = loaded(load(s, id)).stepCount;
      for (let step = 1; step <= n; step++) {
        const f = frame(s.frame({ id: 1, type: 'frame', step }));
        expect(replay(f.before, f.events, f.events.length), `step ${step}`).toEqual(f.after);
      }
    },
  );

  it('an invalid load keeps the last good run', () => {
    const s = new EngineSession();
    load(s, 'first-touch');
    s.load({ id: 2, type: 'load', source: { kind: 'text', text: 'nonsense here' }, kernel: null });
    expect(frame(s.frame({ id: 3, type: 'frame', step: 2 })).step).toBe(2);
  });

  it('the kernel override runs the scenario under another kernel', () => {
    expect(loaded(load(new EngineSession(), 'vt-switch-linux', 'netbsd')).kernel).toBe('netbsd');
  });

  it('reports progress every PROGRESS_EVERY steps of a long scenario', () => {
    const s = new EngineSession();
    const seen: Array<[number, number]> = [];
    const text = benchScenario(2 * PROGRESS_EVERY + 10);
    const run = loaded(
      s.load({ id: 1, type: 'load', source: { kind: 'text', text }, kernel: null }, (d, t) =>
        seen.push([d, t]),
      ),
    );
    expect(seen.length).toBe(3);
    expect(seen[0]).toEqual([PROGRESS_EVERY, run.stepCount]);
    expect(seen.at(-1)).toEqual([run.stepCount, run.stepCount]);
    expect(frame(s.frame({ id: 2, type: 'frame', step: run.stepCount - 1 })).step).toBe(run.stepCount - 1);
  });
});
