/**
 * The attack search (src/search): the shipped setups' attacks are found, are as short as any, and run
 * under the runner with every expectation holding; linux, which revokes, gives none; a random setup's
 * attack, whenever one is found, replays as a valid file.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseScenario, printScenario } from '../../src/scenario/index.ts';
import { runScenario, summarize } from '../../src/scenario/run.ts';
import { attackFile, withKernel } from '../../src/search/attack.ts';
import { searchAttack, type SearchOptions, type SearchResult } from '../../src/search/search.ts';
import { SETUPS } from '../../src/search/setups.ts';
import { STATE_FIELDS } from '../../src/search/stateKey.ts';
import { boot } from '../../src/sim/boot.ts';
import { KERNELS, type KernelName } from '../../src/sim/spec.ts';
import { arbChoices, Rand } from '../arb-rand.ts';
import { buildScenario } from '../arbitraries.ts';

const options = (o: Partial<SearchOptions> = {}): SearchOptions => ({
  depth: 6,
  rule: null,
  kernel: null,
  maxStates: 2_000_000,
  ...o,
});

/** The attack file of a found result, run: its rows and whether every expectation held. */
function replay(setup: string, result: Extract<SearchResult, { kind: 'found' }>) {
  const file = attackFile(setup, result);
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(`the attack is not a valid file: ${parsed.errors[0]?.message}\n${file}`);
  const rows = runScenario(parsed.scenario);
  return { file, rows, failed: summarize(rows).failed };
}

describe.each(SETUPS.map((s) => [s.id, s] as const))('shipped setup %s', (_id, setup) => {
  const result = searchAttack(setup.text, options());

  it(`finds an attack that breaks ${setup.breaks}, which replays with every expectation holding`, () => {
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.rule).toBe(setup.breaks);
    const { file, rows, failed } = replay(setup.text, result);
    expect(failed).toBe(0);
    expect(rows.at(-1)!.violations).toContain(setup.breaks);
    // The file is the setup, then one narration line and one step per attack step, then the expectation.
    expect(file.startsWith(setup.text)).toBe(true);
    expect(file.split('\n').filter((l) => l.startsWith('> Attack step')).length).toBe(result.moves.length);
    expect(file.trimEnd().endsWith(`expect violation ${setup.breaks}`)).toBe(true);
  });

  it('finds one of the shortest attacks: none exists a step shorter', () => {
    if (result.kind !== 'found') throw new Error('no attack found');
    const shorter = searchAttack(setup.text, options({ depth: result.moves.length - 1, rule: setup.breaks }));
    expect(shorter.kind === 'none' || result.moves.length === 1).toBe(true);
  });
});

describe('linux revokes: no attack', () => {
  it.each(['vt-netbsd', 'card-netbsd', 'clone-netbsd', 'linux-2-0-usecount'])(
    '%s under linux, within 4 steps',
    (id) => {
      const setup = SETUPS.find((s) => s.id === id)!;
      const result = searchAttack(setup.text, options({ depth: 4, kernel: 'linux' }));
      expect(result).toMatchObject({ kind: 'none', depth: 4, kernel: 'linux' });
      if (result.kind === 'none') expect(result.explored).toBeGreaterThan(100);
    },
  );

  it('a card driver block that zaps at an eject, under linux, within 4 steps', () => {
    const setup = SETUPS.find((s) => s.id === 'card-driver-linux')!;
    const text = setup.text.replace('eject=none', 'eject=all');
    expect(searchAttack(text, options({ depth: 4 })).kind).toBe('none');
  });

  it('pseudo regions without the alias, under linux, within 4 steps', () => {
    const setup = SETUPS.find((s) => s.id === 'pseudo-alias')!;
    const text = setup.text.replace(' alias=b:a', '');
    expect(searchAttack(text, options({ depth: 4, kernel: 'linux' })).kind).toBe('none');
  });
});

describe('the search', () => {
  const card = SETUPS.find((s) => s.id === 'card-netbsd')!.text;

  it('says which lines of an invalid setup are wrong, and searches nothing', () => {
    const result = searchAttack('machine ram=32\ndevice slot card pages=2 bogus=1\n', options());
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.errors[0]).toMatchObject({ line: 2 });
  });

  it('looks for the rule it is asked for, and says when the setup breaks it already', () => {
    const result = searchAttack(card, options({ rule: 'vt-foreground', depth: 3 }));
    expect(result).toMatchObject({ kind: 'none', depth: 3 });
    const broken = `${card}cam: open /dev/slot -> fd\ncam: mmap fd 1p -> w\ncam: read w\neject slot\n`;
    expect(searchAttack(broken, options({ rule: 'card-present' }))).toMatchObject({
      kind: 'broken-already',
      rule: 'card-present',
    });
  });

  it("goes on from the setup's own steps and variables", () => {
    const opened = `${card}cam: open /dev/slot -> mine\ncam: mmap mine 2p -> win\n`;
    const result = searchAttack(opened, options());
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    // Two steps were already taken by the setup: the attack needs at most the fault and the eject.
    expect(result.moves.length).toBeLessThanOrEqual(3);
    expect(replay(opened, result).failed).toBe(0);
  });

  it('stops when its progress callback says so, and when it has tried its bound of states', () => {
    const linux = withKernel(card, 'linux');
    let calls = 0;
    const stopped = searchAttack(linux, options({ progress: () => ++calls < 2 }));
    expect(stopped.kind).toBe('stopped');
    expect(calls).toBe(2);
    const bounded = searchAttack(linux, options({ maxStates: 4096 }));
    expect(bounded).toMatchObject({ kind: 'stopped', bound: 'states', explored: 4096 });
  });

  it('stops at its bound of page operations: a setup whose every step is expensive ends in seconds', () => {
    // Every mmap of the big window under irix maps 4,096 pages at once (v_mapphys).
    const big = 'kernel irix\nmachine ram=64\ndevice slot card pages=4096\nprocess a\nprocess b\n';
    const result = searchAttack(big, options({ rule: 'freed-frame', maxWork: 200_000 }));
    expect(result).toMatchObject({ kind: 'stopped', bound: 'work' });
    if (result.kind === 'stopped') expect(result.explored).toBeLessThan(4096);
  });
});

describe('the narration of an attack file', () => {
  it('keeps a setup\u2019s closing narration a paragraph of its own, before the attack\u2019s first sentence', () => {
    const card = SETUPS.find((s) => s.id === 'card-netbsd')!.text;
    const setup = `${card}> The slot waits.\n`;
    const result = searchAttack(setup, options());
    if (result.kind !== 'found') throw new Error('no attack found');
    const parsed = parseScenario(attackFile(setup, result));
    if (!parsed.ok) throw new Error('invalid attack file');
    expect(parsed.scenario.steps[0]!.narration).toBe(
      'The slot waits.\n\nAttack step 1: ' + result.moves[0]!.says + '.',
    );
  });
});

describe('the kernel line of an attack file', () => {
  it('is changed where the setup has one, and added after the title where it has none', () => {
    expect(withKernel('title "t"\nkernel netbsd\nmachine ram=32\n', 'irix')).toBe(
      'title "t"\nkernel irix\nmachine ram=32\n',
    );
    expect(withKernel('title "t"\nmachine ram=32\n', 'irix')).toBe(
      'title "t"\nkernel irix\nmachine ram=32\n',
    );
    expect(withKernel('machine ram=32\n', 'netbsd')).toBe('kernel netbsd\nmachine ram=32\n');
  });
});

describe('random setups', () => {
  it('every attack found replays under the runner with every expectation holding', () => {
    fc.assert(
      fc.property(arbChoices, fc.constantFrom(...KERNELS), (choices, kernel: KernelName) => {
        const scenario = buildScenario(new Rand(choices), { maxSteps: 3, maxDevices: 2 });
        // The setup's own expectations are random and may not hold: the attack's must.
        const steps = scenario.steps.map((step) => ({ ...step, expects: [] }));
        const setup = printScenario({ ...scenario, steps, kernel });
        const result = searchAttack(setup, options({ depth: 3, maxStates: 5000 }));
        expect(result.kind).not.toBe('invalid');
        if (result.kind !== 'found') return;
        expect(result.moves.length).toBeLessThanOrEqual(3);
        const { rows, failed } = replay(setup, result);
        expect(failed).toBe(0);
        expect(rows.at(-1)!.violations).toContain(result.rule);
      }),
      { numRuns: 30 },
    );
  });
});

describe('the state key', () => {
  it('accounts for every field of the state: keyed, or left out with a reason', () => {
    const parsed = parseScenario(SETUPS[0]!.text);
    if (!parsed.ok) throw new Error('setup invalid');
    const fields = Object.keys(boot(parsed.scenario)).sort();
    const named = [...STATE_FIELDS.keyed, ...Object.keys(STATE_FIELDS.leftOut)].sort();
    expect(named).toEqual(fields);
  });
});
