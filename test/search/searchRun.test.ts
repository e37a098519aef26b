/**
 * The search worker's logic (searchRun.ts) in Node: the page gets the attack as a file with the step that
 * breaks the rule, the figures of a search that found none, the bound said as such, the diagnostics of an
 * invalid text; and progress reaches it at most PROGRESS_PER_SECOND times a second.
 */

import { describe, expect, it } from 'vitest';

import { parseScenario } from '../../src/scenario/index.ts';
import { withKernel } from '../../src/search/attack.ts';
import { DEFAULT_DEPTH } from '../../src/search/search.ts';
import { findSetup } from '../../src/search/setups.ts';
import { SEARCH_DEFAULT_DEPTH, type SearchFigures } from '../../src/worker/searchProtocol.ts';
import { runSearch } from '../../src/worker/searchRun.ts';
import { figuresAt, progressGate } from '../../src/worker/searchThrottle.ts';

const setup = (id: string) => findSetup(id)!.text;
const request = (text: string, more: Partial<Parameters<typeof runSearch>[0]> = {}) => ({
  text,
  kernel: null,
  depth: 6,
  rule: null,
  maxStates: 250_000,
  ...more,
});
/** A clock that moves `ms` each time it is read. */
const ticking = (ms: number) => {
  let t = 0;
  return () => (t += ms);
};

describe('runSearch', () => {
  it('gives the page the depth search.ts searches by default', () => {
    expect(SEARCH_DEFAULT_DEPTH).toBe(DEFAULT_DEPTH);
  });

  it('finds the card attack and names its violating step: the attack file’s last step', () => {
    const out = runSearch(request(setup('card-netbsd')), ticking(1), () => {});
    expect(out).toMatchObject({ kind: 'found', rule: 'card-present', kernel: 'netbsd', steps: 4 });
    if (out.kind !== 'found') return;
    const parsed = parseScenario(out.attack);
    expect(parsed.ok && parsed.scenario.steps.length).toBe(out.violatingStep);
    expect(out.attack.trimEnd().endsWith('expect violation card-present')).toBe(true);
    expect(out.figures.explored).toBeGreaterThan(0);
  });

  it('counts the setup’s own steps before the attack’s', () => {
    const text = `${setup('card-netbsd')}cam: open /dev/slot -> fd\n`;
    const out = runSearch(request(text), ticking(1), () => {});
    expect(out.kind).toBe('found');
    if (out.kind === 'found') expect(out.violatingStep).toBe(out.steps + 1);
  });

  it('says none within the depth under linux, with figures', () => {
    const out = runSearch(request(setup('card-netbsd'), { kernel: 'linux', depth: 2 }), ticking(1), () => {});
    expect(out).toMatchObject({ kind: 'none', kernel: 'linux', figures: { depth: 2 } });
  });

  it('stops at its bound and says which', () => {
    const linux = withKernel(setup('vt-netbsd'), 'linux');
    const out = runSearch(request(linux, { depth: 8, maxStates: 5000 }), ticking(1), () => {});
    expect(out).toMatchObject({ kind: 'stopped', maxStates: 5000 });
  });

  it('passes an invalid text’s diagnostics on', () => {
    const out = runSearch(request('machine ram=banana\n'), ticking(1), () => {});
    expect(out.kind).toBe('invalid');
    expect(out.kind === 'invalid' && out.errors[0]).toMatchObject({ line: 1 });
  });

  it('reports progress, throttled by the clock', () => {
    const linux = withKernel(setup('vt-netbsd'), 'linux');
    const fast: SearchFigures[] = [];
    // 1 ms a reading: the search's callbacks come far more often than ten a second.
    runSearch(request(linux, { depth: 8, maxStates: 40_000 }), ticking(1), (f) => fast.push(f));
    const slow: SearchFigures[] = [];
    runSearch(request(linux, { depth: 8, maxStates: 40_000 }), ticking(200), (f) => slow.push(f));
    expect(slow.length).toBeGreaterThan(fast.length);
    // Each depth is reported when it begins, whatever the clock.
    expect(new Set(fast.map((f) => f.depth)).size).toBe(new Set(slow.map((f) => f.depth)).size);
  });
});

describe('progressGate', () => {
  const at = (depth: number, explored: number) => ({ depth, explored, distinct: explored / 2 });

  it('lets one report through per interval, and every change of depth', () => {
    const gate = progressGate(0, 100);
    expect(gate.take(at(1, 10), 5)).not.toBeNull();
    expect(gate.take(at(1, 20), 50)).toBeNull();
    expect(gate.take(at(2, 30), 60)).toMatchObject({ depth: 2, explored: 30 });
    expect(gate.take(at(2, 40), 159)).toBeNull();
    expect(gate.take(at(2, 50), 160)).toMatchObject({ explored: 50, ms: 160 });
  });

  it('gives states per second since the start, none before time has passed', () => {
    expect(figuresAt(at(3, 5000), 250).perSecond).toBe(20_000);
    expect(figuresAt(at(3, 5000), 0).perSecond).toBe(0);
  });
});
