import { describe, expect, it } from 'vitest';

import { benchScenario } from '../../bench/generate.ts';
import { LIBRARY } from '../../src/scenario/library/index.ts';
import type { MachinePicture } from '../../src/sim/picture.ts';
import { decodeReply, encodeReply, FrameDecoder, FrameEncoder } from '../../src/worker/frameWire.ts';
import { deltaSize, diffPicture, patchPicture, type PictureDelta } from '../../src/worker/pictureDelta.ts';
import type { EngineReply, Frame, ScenarioSource } from '../../src/worker/protocol.ts';
import { EngineSession } from '../../src/worker/session.ts';

function session(source: ScenarioSource): { s: EngineSession; steps: number } {
  const s = new EngineSession();
  const reply = s.load({ id: 1, type: 'load', source, kernel: null });
  if (reply.type !== 'loaded') throw new Error(reply.type);
  return { s, steps: reply.result.stepCount };
}

function frameAt(s: EngineSession, step: number, afterOnly = false): Frame {
  const reply = s.frame({ id: 1, type: 'frame', step, afterOnly });
  if (reply.type !== 'frame') throw new Error(reply.type);
  return reply.frame;
}

/** Every picture of a run, step 0 to the end. */
function pictures(source: ScenarioSource): MachinePicture[] {
  const { s, steps } = session(source);
  return Array.from({ length: steps + 1 }, (_, step) => frameAt(s, step).after);
}

/** Every object in `value`, at any depth. */
function objectsOf(value: unknown, into = new Set<unknown>()): Set<unknown> {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const v of Object.values(value)) objectsOf(v, into);
  }
  return into;
}

/**
 * Every part of `next` equal to the same part of `base`, at any depth, is base's own object in `patched`;
 * so is a list element that moved (an element put in before it shifts it): one of base's objects taken
 * whole is shared all the way down.
 */
function expectSharedWhereEqual(
  base: unknown,
  next: unknown,
  patched: unknown,
  path = 'picture',
  baseObjects = objectsOf(base),
): void {
  if (typeof next !== 'object' || next === null || typeof base !== 'object' || base === null) return;
  if (JSON.stringify(base) === JSON.stringify(next)) {
    expect(patched, path).toBe(base);
    return;
  }
  if (Array.isArray(base) !== Array.isArray(next)) return;
  const b = base as Record<string, unknown>;
  const p = patched as Record<string, unknown>;
  for (const [k, v] of Object.entries(next)) {
    if (!(k in b)) continue;
    if (Array.isArray(next) && baseObjects.has(p[k]) && JSON.stringify(p[k]) === JSON.stringify(v)) continue;
    expectSharedWhereEqual(b[k], v, p[k], `${path}.${k}`, baseObjects);
  }
}

describe('picture deltas', () => {
  it.each(LIBRARY.map((b) => b.id))('%s: patching each step onto the one before gives that step', (id) => {
    const all = pictures({ kind: 'builtin', id });
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      const patched = patchPicture(a, diffPicture(a, b));
      expect(patched, `step ${i}`).toEqual(b);
      expectSharedWhereEqual(a, b, patched);
    }
  });

  it('patches any picture onto any other: backwards, across scenarios, and from nothing', () => {
    const one = pictures({ kind: 'builtin', id: 'card-linux' });
    const two = pictures({ kind: 'builtin', id: 'vt-switch-netbsd' });
    const pairs: Array<[MachinePicture, MachinePicture]> = [
      [one.at(-1)!, one[0]!],
      [one[2]!, two.at(-1)!],
      [two[1]!, one[3]!],
    ];
    for (const [a, b] of pairs) {
      const patched = patchPicture(a, diffPicture(a, b));
      expect(patched).toEqual(b);
      expectSharedWhereEqual(a, b, patched);
    }
    expect(patchPicture(null, diffPicture(null, one[4]!))).toEqual(one[4]);
  });

  it('gives back the same picture when nothing changed, and leaves the base as it was', () => {
    const [a, b] = pictures({ kind: 'builtin', id: 'fork-switch' }).slice(2, 4) as [
      MachinePicture,
      MachinePicture,
    ];
    expect(patchPicture(a, diffPicture(a, structuredClone(a)))).toBe(a);
    const copy = structuredClone(a);
    patchPicture(a, diffPicture(a, b));
    expect(a).toEqual(copy);
  });

  it('sends an element put into or taken out of a list as itself, not every element after it', () => {
    const [a] = pictures({ kind: 'builtin', id: 'card-linux' }).slice(-1) as [MachinePicture];
    const withPtes = (ptes: MachinePicture['procs'][number]['ptes']): MachinePicture => ({
      ...a,
      procs: [{ ...a.procs[0]!, ptes }, ...a.procs.slice(1)],
    });
    const pte = (vpn: number) => ({ vpn, pfn: vpn + 100, read: true, write: true, special: false });
    const many = Array.from({ length: 40 }, (_, i) => pte(i * 2));
    const base = withPtes(many);
    const cases: Array<[string, typeof many]> = [
      ['put in', [...many.slice(0, 5), pte(9), ...many.slice(5)]],
      ['taken out', [...many.slice(0, 5), ...many.slice(6)]],
      ['put in at the end', [...many, pte(99)]],
      ['taken from the start', many.slice(1)],
      ['all alike but one more', [...many, many.at(-1)!]],
    ];
    for (const [what, ptes] of cases) {
      // A copy, as the worker's picture arrives: a PTE of base's in the patched list came from base.
      const next = structuredClone(withPtes(ptes));
      const delta = diffPicture(base, next);
      const patched = patchPicture(base, delta);
      expect(patched, what).toEqual(next);
      patched.procs[0]!.ptes.forEach((p, i) => {
        if (many.includes(ptes[i]!)) expect(p, `${what}: PTE ${i}`).toBe(ptes[i]);
      });
      expect(JSON.stringify(delta).length, what).toBeLessThan(JSON.stringify(many).length / 8);
    }
  });

  it('sends a step of the benchmark as the few parts it changed', () => {
    const { s } = session({ kind: 'text', text: benchScenario(400) });
    /** How many elements of a list the delta carries (0: the list did not change). */
    const sent = (d: PictureDelta, key: 'procs' | 'frames' | 'devices') => {
      const list = 'keys' in d ? d.keys[key] : undefined;
      if (list && 'set' in list) return list.set.length;
      return list ? list.at.length : 0;
    };
    let procs = 0;
    let procsSent = 0;
    let bytes = 0;
    let whole = 0;
    for (let step = 300; step < 400; step++) {
      const f = frameAt(s, step);
      const d = diffPicture(f.before, f.after);
      procs += f.after.procs.length;
      procsSent += sent(d, 'procs');
      // RAM frames by the few that changed owners, never the whole list.
      expect(sent(d, 'frames')).toBeLessThan(f.after.frames.length / 4);
      bytes += JSON.stringify(d).length;
      whole += JSON.stringify(f.after).length;
    }
    expect(procsSent).toBeLessThan(procs / 8);
    // Within a process or a device, only what changed: a screen's page, not the device.
    expect(bytes).toBeLessThan(whole / 20);
  });
});

describe('frames on the wire', () => {
  it('decode to the frames encoded, in any order of steps, whole or after-only', () => {
    const { s, steps } = session({ kind: 'builtin', id: 'card-netbsd' });
    const encoder = new FrameEncoder();
    const decoder = new FrameDecoder();
    const asked: Array<[number, boolean]> = [
      [0, false],
      [1, false],
      [2, false],
      [5, true],
      [9, true],
      [9, true],
      [9, false],
      [3, false],
      [steps, true],
      [1, true],
      [1, false],
    ];
    let last: Frame | null = null;
    for (const [step, afterOnly] of asked) {
      const f = frameAt(s, step, afterOnly);
      // Copied as postMessage copies it: the page shares no object with the worker.
      const wire = structuredClone(encodeReply({ id: 1, type: 'frame', frame: f, ms: 0 }, encoder));
      const reply = decodeReply(wire, decoder) as Extract<EngineReply, { type: 'frame' }>;
      const sent = wire.type === 'frame' ? deltaSize(wire.frame.before) + deltaSize(wire.frame.after) : -1;
      expect(reply.frame, `step ${step}`).toEqual({ ...f, changes: sent });
      // Asked again for the step it has, the page is sent no change at all.
      if (last && last.step === step && afterOnly) expect(sent).toBe(0);
      if (afterOnly) expect(reply.frame.before).toBe(reply.frame.after);
      if (last) expectSharedWhereEqual(last.after, f.before, reply.frame.before);
      last = reply.frame;
    }
  });

  it("carries a load's first frame, and passes every other reply as it is", () => {
    const s = new EngineSession();
    const loaded = s.load({
      id: 1,
      type: 'load',
      source: { kind: 'builtin', id: 'card-linux' },
      kernel: null,
      frameAt: 2,
    });
    const decoded = decodeReply(structuredClone(encodeReply(loaded, new FrameEncoder())), new FrameDecoder());
    if (loaded.type !== 'loaded' || !loaded.shown) throw new Error('no first frame');
    // The picture before the step from nothing (every value of it), then the step's own changes.
    const { before, after } = loaded.shown.frame;
    const changes = deltaSize(diffPicture(null, before)) + deltaSize(diffPicture(before, after));
    expect(deltaSize(diffPicture(null, before))).toBeGreaterThan(20);
    expect(decoded).toEqual({
      ...loaded,
      shown: { ...loaded.shown, frame: { ...loaded.shown.frame, changes } },
    });
    const failed: EngineReply = { id: 2, type: 'failed', message: 'no' };
    expect(encodeReply(failed, new FrameEncoder())).toBe(failed);
  });
});
