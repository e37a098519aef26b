/**
 * The built-in drivers as `driver` blocks: every scenario runs the same with the blocks as with the
 * built-ins (outcome, signal, violations, use counts at every step), under every kernel, for every
 * built-in scenario and for random ones.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import { LIBRARY } from '../../src/scenario/library/index.ts';
import { printScenario } from '../../src/scenario/printer.ts';
import { BUILTIN_DRIVER_BLOCKS } from '../../src/scenario/drivers/index.ts';
import { spellOutDrivers } from '../../src/scenario/drivers/spellOut.ts';
import { boot } from '../../src/sim/boot.ts';
import { BUILTIN_HOOKS, TYPE_HOOKS } from '../../src/sim/driverHooks.ts';
import { runStep } from '../../src/sim/engine.ts';
import type { KernelName, Scenario } from '../../src/sim/spec.ts';
import { arbScenario } from '../arbitraries.ts';
import { KERNELS, parse } from '../helpers.ts';

const RUNS = Number(process.env.PAGERLAB_PROPERTY_RUNS ?? 200);

/** What a step did, without the trace's words (API names may differ between the two drivers). */
function outcomes(s: Scenario, kernel: KernelName) {
  const state = boot(s, kernel);
  const out = [];
  while (state.step < s.steps.length) {
    const o = runStep(state).outcome;
    out.push({
      result: o.result,
      signal: o.signal,
      fault: o.fault,
      lands: o.lands,
      value: o.value,
      violations: o.violations,
      users: o.users,
    });
  }
  return out;
}

/** The scenario with its drivers written as blocks, through text: the blocks must print and parse. */
function asBlocks(s: Scenario): Scenario {
  const text = printScenario(spellOutDrivers(s));
  const r = parseScenario(text);
  if (!r.ok) throw new Error(`${r.errors.map((e) => `${e.line}:${e.col} ${e.message}`).join('\n')}\n${text}`);
  return r.scenario;
}

describe('the built-in drivers written as driver blocks', () => {
  it('each block parses to the built-in driver of its type, every hook written', () => {
    for (const [type, text] of Object.entries(BUILTIN_DRIVER_BLOCKS)) {
      const [decl] = parse(text).drivers;
      expect(decl?.type).toBe(type);
      const hooks = TYPE_HOOKS[decl!.type];
      expect([...decl!.hookOrder].sort()).toEqual([...hooks].sort());
      const builtin = BUILTIN_HOOKS[decl!.type];
      expect(decl!.hooks).toEqual(Object.fromEntries(hooks.map((h) => [h, builtin[h]])));
    }
  });

  it('every built-in scenario runs the same with its drivers as blocks, under every kernel', () => {
    for (const b of LIBRARY) {
      const s = parse(b.text);
      const blocks = asBlocks(s);
      expect(blocks.drivers.length).toBeGreaterThan(0);
      expect(blocks.devices.every((d) => d.driver !== undefined)).toBe(true);
      for (const k of KERNELS) expect(outcomes(blocks, k), `${b.id} on ${k}`).toEqual(outcomes(s, k));
    }
  });

  it('random scenarios run the same with their drivers as blocks, under every kernel', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 50 }), fc.constantFrom(...KERNELS), (s, k) => {
        expect(outcomes(asBlocks(s), k)).toEqual(outcomes(s, k));
      }),
      { numRuns: RUNS },
    );
  });
});
