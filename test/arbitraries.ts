/**
 * fast-check arbitraries for the scenario language. `arbScenario` builds VALID Scenario objects: every
 * name exists where it is used, devices fit the machine, expectations may follow their step. Steps
 * mostly act through the variables that earlier `open` and `mmap` steps of the same process set, so
 * that the scenarios do things worth running (the engine's never-throws tests use them too).
 */

import fc from 'fast-check';
import { buildDevices, type BuiltDevices } from './arb-devices.ts';
import { freshProcess } from './arb-names.ts';
import { arbChoices, num, Rand } from './arb-rand.ts';
import { buildSteps } from './arb-steps.ts';
import {
  KERNELS,
  type KernelName,
  type MachineSpec,
  type Num,
  type ProcessDecl,
  type Scenario,
} from '../src/sim/spec.ts';

export interface ArbScenarioOptions {
  /** Steps at most (default 60). */
  maxSteps?: number;
  /** Devices at most, 1 to 32 (default 6). */
  maxDevices?: number;
}

/** Valid scenarios: the checker accepts `printScenario` of each (a test asserts it). */
export function arbScenario(opts: ArbScenarioOptions = {}): fc.Arbitrary<Scenario> {
  return arbChoices.map((choices) => buildScenario(new Rand(choices), opts));
}

/** Builds one valid scenario from a source of random choices. */
export function buildScenario(r: Rand, opts: ArbScenarioOptions = {}): Scenario {
  const pageSize = r.pick([4096, 8192, 16384]);
  const devices = buildDevices(r, pageSize, opts.maxDevices ?? 6);
  const machine = buildMachine(r, pageSize, devices);
  const processes: ProcessDecl[] = [];
  const taken = new Set<string>();
  for (let i = r.int(1, 4); i > 0; i--) processes.push(freshProcess(r, taken));
  const { steps, trailing } = buildSteps(r, {
    devices,
    processes,
    taken,
    maxSteps: opts.maxSteps ?? 60,
    pageSize,
    freshProcess: () => freshProcess(r, taken),
  });
  return {
    title: r.chance(0.6) ? r.text(64) : null,
    drivers: [],
    kernel: r.chance(0.5) ? r.pick<KernelName>([...KERNELS]) : null,
    machine,
    devices: devices.specs,
    processes,
    steps,
    trailingProcesses: steps.length > 0 ? trailing : [],
    epilogue: r.chance(0.2) ? r.narration() : null,
  };
}

function buildMachine(r: Rand, pageSize: number, devices: BuiltDevices): MachineSpec {
  const need = devices.bootFrames;
  if (pageSize === 4096 && need <= 32 && r.chance(0.3)) {
    return { pageSize, ram: 32, levels: 2, tlb: 8, written: null };
  }
  const ram = Math.max(need, r.pick([1, 2, 8, 32, 64, 256, 4096, r.int(1, 4096)]));
  const levels = r.pick<2 | 3 | 4>([2, 3, 4]);
  const tlb = r.int(1, 64);
  const order: Array<'pagesize' | 'ram' | 'levels' | 'tlb'> = [];
  for (const k of r.shuffle(['pagesize', 'ram', 'levels', 'tlb'] as const)) {
    const required = (k === 'pagesize' && pageSize !== 4096) || (k === 'ram' && ram !== 32);
    if (required || r.chance(0.4)) order.push(k);
  }
  const written: NonNullable<MachineSpec['written']> = { order };
  const ps = (): Num =>
    r.chance(0.5) ? { value: pageSize / 1024, unit: 'k', hex: false } : num(r, pageSize, pageSize, false);
  for (const k of order) {
    if (k === 'pagesize') written.pagesize = ps();
    if (k === 'ram') written.ram = num(r, ram, pageSize, false);
    if (k === 'levels') written.levels = num(r, levels, pageSize, false);
    if (k === 'tlb') written.tlb = num(r, tlb, pageSize, false);
  }
  return {
    pageSize,
    ram: order.includes('ram') ? ram : 32,
    levels: order.includes('levels') ? levels : 2,
    tlb: order.includes('tlb') ? tlb : 8,
    written,
  };
}
