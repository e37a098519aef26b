/** The machine drawing's scene, computed without React: what MachineView draws, for real built-in steps. */

import { describe, expect, it } from 'vitest';

import { GAP } from './columns.ts';
import { builtinStep } from './fixture.ts';
import { inSight, machineScene, SceneMemory, violatingByProc, type SceneInput } from './machineScene.ts';
import { HEAD } from './tableLayout.ts';

/** The scene's input for `step` steps of built-in `id`, with `eventIndex` of its events shown. */
function inputFor(id: string, step: number, eventIndex = Infinity): SceneInput {
  const f = builtinStep(id, step);
  return {
    picture: f.after,
    before: f.before,
    events: f.events,
    eventIndex,
    step,
    row: null,
    reducedMotion: false,
    speed: 1,
    hold: false,
    toggled: new Set(),
    head: HEAD,
    sight: null,
  };
}

/** A clock the test moves: the calm values (calm.ts) take their turns by it. */
function clock() {
  let t = 0;
  return { now: () => t, wait: (ms: number) => void (t += ms) };
}

describe('machineScene', () => {
  it('is as tall as its tallest column and as wide as its columns', () => {
    const scene = machineScene(inputFor('pseudo-alias', 5), new SceneMemory());
    const { layout, mem, dev, cols } = scene;
    expect(scene.height).toBe(Math.max(layout.height, mem.height, dev.height) + GAP);
    expect(scene.size).toEqual({ width: cols.width, height: scene.height });
    expect(layout.places).toHaveLength(scene.picture.procs.length);
  });

  it('marks the event on screen while a step animates, and none at max speed', () => {
    const input = inputFor('pseudo-alias', 5, 6);
    const animating = machineScene(input, new SceneMemory());
    expect(animating.current).toBe(input.events[5]);
    expect(animating.marks.length).toBeGreaterThan(0);
    expect(animating.motion).toBe('full');
    const racing = machineScene({ ...input, speed: Infinity, hold: true }, new SceneMemory());
    expect([racing.current, racing.marks, racing.motion]).toEqual([null, [], 'none']);
  });

  it('racing, leaves out the notes, the digest and the words, and lays out only the rows in sight', () => {
    const input = { ...inputFor('clone-netbsd', 9), speed: Infinity, hold: true };
    const still = machineScene({ ...input, speed: 1 }, new SceneMemory());
    expect(still.digest).toEqual(expect.any(String));
    expect(still.words).toMatch(/^Step 9\./);
    const racing = machineScene({ ...input, sight: { top: 0, bottom: 1 } }, new SceneMemory());
    expect([racing.racing, racing.digest, racing.words]).toEqual([true, undefined, '']);
    expect(racing.notes.bands.size).toBe(0);
    // The second process's row starts below the first: out of sight, it is not laid out.
    expect(racing.layout.places[1]).toBeNull();
    expect(inSight(racing.layout, 1, { top: 0, bottom: 1 })).toBe(false);
  });

  it('reuses every part on a render with the same inputs, and only the parts a change reaches', () => {
    const memory = new SceneMemory();
    const input = inputFor('card-irix', 4);
    const a = machineScene(input, memory);
    const b = machineScene({ ...input }, memory);
    for (const part of [
      'picture',
      'layout',
      'mem',
      'dev',
      'size',
      'marks',
      'violating',
      'notes',
      'words',
    ] as const)
      expect(b[part], part).toBe(a[part]);
    const folded = machineScene({ ...input, toggled: new Set(['x']) }, memory);
    expect(folded.layout).not.toBe(a.layout);
    expect(folded.mem).toBe(a.mem);
  });

  it('keeps the TLB of a racing drawing until its turn in the beat comes', () => {
    const t = clock();
    const memory = new SceneMemory(t.now);
    const first = inputFor('pseudo-alias', 4);
    const next = inputFor('pseudo-alias', 5);
    const racing = { speed: Infinity, hold: true };
    const a = machineScene({ ...first, ...racing }, memory);
    const b = machineScene({ ...next, ...racing }, memory);
    expect(b.tlb).toBe(a.tlb);
    t.wait(1000);
    const later = inputFor('pseudo-alias', 6);
    const c = machineScene({ ...later, ...racing }, memory);
    expect(c.tlb).toEqual(later.picture.tlb);
    expect(c.tlb).not.toEqual(a.tlb);
  });

  it('holds the tallest height while racing, and fits again once stopped', () => {
    const memory = new SceneMemory();
    const racing = { speed: Infinity, hold: true };
    const tall = machineScene({ ...inputFor('clone-netbsd', 9), ...racing }, memory);
    const short = machineScene({ ...inputFor('clone-netbsd', 1), ...racing }, memory);
    expect(short.height).toBe(tall.height);
    const stopped = machineScene(inputFor('clone-netbsd', 1), memory);
    expect(stopped.height).toBeLessThanOrEqual(tall.height);
    expect(stopped.height).toBe(
      Math.max(stopped.layout.height, stopped.mem.height, stopped.dev.height) + GAP,
    );
  });

  it('slows the events with the playback speed, down to a quarter', () => {
    const input = inputFor('card-irix', 4);
    expect(machineScene({ ...input, speed: 2 }, new SceneMemory()).eventMs).toBe(160);
    expect(machineScene({ ...input, speed: 0.1 }, new SceneMemory()).eventMs).toBe(1280);
  });
});

describe('violatingByProc', () => {
  it("gathers the isolation checker's violations by process", () => {
    const { after } = builtinStep('card-irix', 4);
    const byProc = violatingByProc(after.violations);
    const all = [...byProc.entries()].flatMap(([proc, vpns]) => [...vpns].map((vpn) => ({ proc, vpn })));
    expect(all).toEqual(after.violations.map((v) => ({ proc: v.proc, vpn: v.vpn })));
    expect(violatingByProc([])).toEqual(new Map());
  });
});
