/**
 * Properties over random valid scenarios (fast-check): the engine never throws, time travel equals
 * the straight run, and correct linux drivers never break isolation.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boot } from '../../src/sim/boot.ts';
import { digest } from '../../src/sim/digest.ts';
import { runStep } from '../../src/sim/engine.ts';
import { tkey } from '../../src/sim/state.ts';
import { Timeline } from '../../src/sim/timeline.ts';
import type { Scenario } from '../../src/sim/spec.ts';
import { bytes, hasPagerDevice } from '../../src/sim/spec.ts';
import { arbScenario } from '../arbitraries.ts';
import { KERNELS } from '../helpers.ts';

const RUNS = Number(process.env.PAGERLAB_PROPERTY_RUNS ?? 200);

function straight(s: Scenario, kernel: (typeof KERNELS)[number]) {
  const state = boot(s, kernel);
  const outcomes = [];
  while (state.step < s.steps.length) outcomes.push(runStep(state).outcome);
  return { state, outcomes };
}

describe('the engine on random valid scenarios', () => {
  it('never throws, under every kernel, and every step has an outcome', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 80 }), (s) => {
        for (const k of KERNELS) {
          const { outcomes } = straight(s, k);
          expect(outcomes.length).toBe(s.steps.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps its counts and tags true: free frames, the lowest free frame, the TLB tags', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 60 }), fc.constantFrom(...KERNELS), (s, k) => {
        const state = boot(s, k);
        while (state.step < s.steps.length) {
          runStep(state);
          const free = state.frames.flatMap((o, f) => (o.kind === 'free' ? [f] : []));
          expect(state.framesFree).toBe(free.length);
          if (free.length > 0) expect(state.firstFree).toBeLessThanOrEqual(free[0]!);
          const slots = state.tlb.flatMap((e, slot) => (e ? [[tkey(e.pid, e.vpn), slot]] : []));
          expect([...state.tlbSlots].sort((a, b) => a[1]! - b[1]!)).toEqual(slots);
        }
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('is deterministic: two runs give the same states', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 40 }), fc.constantFrom(...KERNELS), (s, k) => {
        expect(digest(straight(s, k).state)).toEqual(digest(straight(s, k).state));
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('a seek (snapshot + replay) equals the straight run at every step, backwards and forwards', () => {
    fc.assert(
      fc.property(
        arbScenario({ maxSteps: 50 }),
        fc.constantFrom(...KERNELS),
        fc.integer({ min: 1, max: 7 }),
        (s, k, every) => {
          const forward: unknown[] = [];
          const state = boot(s, k);
          forward.push(digest(state));
          while (state.step < s.steps.length) {
            runStep(state);
            forward.push(digest(state));
          }
          const timeline = new Timeline(s, k, every);
          timeline.advance(s.steps.length);
          for (let n = s.steps.length; n >= 0; n--)
            expect(digest(timeline.seek(n).state)).toEqual(forward[n]);
          for (let n = 0; n <= s.steps.length; n += 3)
            expect(digest(timeline.seek(n).state)).toEqual(forward[n]);
        },
      ),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('on linux, without alias= and without register blocks that share a page, no violation ever appears', () => {
    const trapFree = (s: Scenario) =>
      s.devices.every((d) => d.type !== 'pseudo' || !d.alias) && !regsSharePage(s);
    fc.assert(
      fc.property(arbScenario({ maxSteps: 80 }).filter(trapFree), (s) => {
        for (const o of straight(s, 'linux').outcomes) expect(o.violations).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the models of kernel-models-more.md on random valid scenarios', () => {
  const trapFree = (s: Scenario) =>
    s.devices.every((d) => d.type !== 'pseudo' || !d.alias) && !regsSharePage(s);

  it('netbsd_fo: with the drivers\u2019 own pagers (no cloning=no, no pager=device), no violation ever appears', () => {
    // pager=device leaves a vt, card or clone driver only d_mmap: that device is as on netbsd (§2.4, §4).
    const ownPagers = (s: Scenario) =>
      trapFree(s) && s.devices.every((d) => !hasPagerDevice(d) && (d.type !== 'clone' || !d.cloning));
    fc.assert(
      fc.property(arbScenario({ maxSteps: 80 }).filter(ownPagers), (s) => {
        for (const o of straight(s, 'netbsd_fo').outcomes) expect(o.violations).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the safety net (stale-tlb, prot) holds on every kernel; freed-frame breaks only under linux_2_0 usecount=open', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 60 }), fc.constantFrom(...KERNELS), (s, k) => {
        const openCount = k === 'linux_2_0' && s.devices.some((d) => d.usecount === 'open');
        for (const o of straight(s, k).outcomes) {
          expect(o.violations).not.toContain('stale-tlb');
          expect(o.violations).not.toContain('prot');
          if (!openCount) expect(o.violations).not.toContain('freed-frame');
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('a step reports each device\u2019s use count, 0 after a successful unload', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 60 }), fc.constantFrom(...KERNELS), (s, k) => {
        const state = boot(s, k);
        while (state.step < s.steps.length) {
          const { outcome } = runStep(state);
          for (const d of state.devices) {
            expect(outcome.users[d.name]).toBe(d.users);
            if (!d.loaded) expect(d.users).toBe(0);
          }
        }
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});

function regsSharePage(s: Scenario): boolean {
  const P = s.machine.pageSize;
  const pages = new Map<number, string>();
  for (const d of s.devices) {
    if (d.type !== 'regs') continue;
    const at = bytes(d.at, P);
    const size = d.size ? bytes(d.size, P) : 0x100;
    for (let p = Math.floor(at / P); p < Math.ceil((at + size) / P); p++) {
      if (pages.has(p) && pages.get(p) !== d.name) return true;
      pages.set(p, d.name);
    }
  }
  return false;
}
