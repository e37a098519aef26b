/**
 * The views show the machine between events by folding a step's events into the picture from before
 * it (src/sim/replay.ts). Folding every event of a step must give exactly the picture after the step,
 * for every built-in under every kernel and for random scenarios; and a picture is detached data.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY } from '../../src/scenario/library/index.ts';
import { boot } from '../../src/sim/boot.ts';
import { runStep } from '../../src/sim/engine.ts';
import { picture } from '../../src/sim/picture.ts';
import { replay } from '../../src/sim/replay.ts';
import type { KernelName, Scenario } from '../../src/sim/spec.ts';
import { arbScenario } from '../arbitraries.ts';
import { KERNELS, parse } from '../helpers.ts';

const RUNS = Number(process.env.PAGERLAB_PROPERTY_RUNS ?? 200);

/** The first step whose folded events differ from the straight picture, or null. */
function firstMismatch(
  s: Scenario,
  kernel: KernelName,
): { step: number; got: unknown; want: unknown } | null {
  const state = boot(s, kernel);
  let before = picture(state);
  while (state.step < s.steps.length) {
    const { events } = runStep(state);
    const after = picture(state);
    const folded = replay(before, events, events.length);
    if (JSON.stringify(folded) !== JSON.stringify(after))
      return { step: state.step, got: folded, want: after };
    before = after;
  }
  return null;
}

describe('replaying a step event by event', () => {
  it.each(LIBRARY.flatMap((b) => KERNELS.map((k) => [b.id, k] as const)))(
    '%s under %s: every step folds to the picture after it',
    (id, kernel) => {
      const mismatch = firstMismatch(parse(LIBRARY.find((b) => b.id === id)!.text), kernel);
      if (mismatch) expect(mismatch.got).toEqual(mismatch.want);
      expect(mismatch).toBeNull();
    },
  );

  it('folds random scenarios exactly, under every kernel', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 60 }), (s) => {
        // A boolean, not expect(): shrinking a failure must not format a diff of two pictures per try.
        return KERNELS.every((k) => firstMismatch(s, k) === null);
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  });

  it('a MAP_FIXED mapping over the start of another: every VMA keeps an id of its own, and replays', () => {
    // The fixed map's unmap splits the old VMA, and the upper half takes an id: the new VMA used to be
    // given the same one (found by the property above: replay then dropped both).
    const s = parse(
      'device t pseudo regions=a:4@0\nprocess p\np: open /dev/t -> f\np: mmap f 4p -> m\np: mmap f 1p at=m -> n\n',
    );
    for (const kernel of KERNELS) {
      expect(firstMismatch(s, kernel), kernel).toBeNull();
      const state = boot(s, kernel);
      while (state.step < s.steps.length) runStep(state);
      const ids = picture(state).procs[0]!.vmas.map((v) => v.id);
      expect(ids.length, kernel).toBe(2);
      expect(new Set(ids).size, kernel).toBe(ids.length);
    }
  });

  it('stops part-way: the first events of a switch save and load the framebuffer before the zap', () => {
    const text = LIBRARY.find((b) => b.id === 'vt-switch-linux')!.text;
    const s = parse(text);
    const state = boot(s);
    let before = picture(state);
    let events: ReturnType<typeof runStep>['events'] = [];
    while (state.step < s.steps.length) {
      before = picture(state);
      events = runStep(state).events;
      if (events.some((e) => e.t === 'device' && e.change === 'front')) break;
    }
    const front = events.findIndex((e) => e.t === 'device');
    const zap = events.findIndex((e) => e.t === 'pte-zap');
    expect(front).toBeGreaterThan(0);
    expect(zap).toBeGreaterThan(front);
    const mid = replay(before, events, front + 1);
    const vt = (p: typeof mid) => p.devices.find((d) => d.type === 'vt')!;
    expect(vt(mid)).not.toEqual(vt(before));
    // The zap has not happened yet: every PTE of before is still there.
    expect(mid.procs.map((p) => p.ptes)).toEqual(before.procs.map((p) => p.ptes));
    expect(replay(before, events, 0)).toBe(before);
  });

  it('a picture is detached: later steps do not change it', () => {
    const s = parse(LIBRARY[0]!.text);
    const state = boot(s);
    runStep(state);
    const p = picture(state);
    const frozen = JSON.stringify(p);
    while (state.step < s.steps.length) runStep(state);
    expect(JSON.stringify(p)).toBe(frozen);
  });
});
