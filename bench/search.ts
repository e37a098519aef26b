/**
 * The attack search's figures for `npm run bench`: states a second on a fixed search (the netbsd VT setup
 * with three processes, to depth 6, for a rule it never breaks, so that every state is expanded; bounded
 * at MAX_STATES), the time to the first attack on the netbsd card setup, and the heap the search grew.
 */

import { performance } from 'node:perf_hooks';

import { searchAttack } from '../src/search/search.ts';
import { findSetup } from '../src/search/setups.ts';

const MAX_STATES = 300_000;

export interface SearchFigures {
  searchStatesPerSecond: number;
  searchStates: number;
  searchHeapMB: number;
  searchFirstAttackMs: number;
}

export function searchFigures(gc?: () => void): SearchFigures {
  const vt = findSetup('vt-netbsd')!.text.replace('process editor\n', 'process editor\nprocess mail\n');
  const card = findSetup('card-netbsd')!.text;
  // A warm-up, not counted.
  searchAttack(card, { depth: 6, rule: null, kernel: null, maxStates: MAX_STATES });
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  let t0 = performance.now();
  const full = searchAttack(vt, {
    depth: 6,
    rule: 'freed-frame',
    kernel: null,
    maxStates: MAX_STATES,
    progress: () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      return true;
    },
  });
  const fullMs = performance.now() - t0;
  const states = 'explored' in full ? full.explored : 0;
  const firsts: number[] = [];
  for (let run = 0; run < 5; run++) {
    t0 = performance.now();
    searchAttack(card, { depth: 6, rule: null, kernel: null, maxStates: MAX_STATES });
    firsts.push(performance.now() - t0);
  }
  firsts.sort((a, b) => a - b);
  return {
    searchStatesPerSecond: Math.round(states / (fullMs / 1000)),
    searchStates: states,
    searchHeapMB: +((peak - heapBefore) / 2 ** 20).toFixed(1),
    searchFirstAttackMs: +firsts[2]!.toFixed(1),
  };
}
