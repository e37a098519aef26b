/**
 * When the search worker tells the page how far it has come. The search calls back every few thousand
 * steps, tens of times a second on a fast machine: the page hears at most one report per interval, and
 * always the first one at a new depth, so the depth it shows is never behind.
 */

import type { SearchFigures } from './searchProtocol.ts';

export interface Reported {
  depth: number;
  explored: number;
  distinct: number;
}

/** A gate over an injected clock (ms): `take` gives the figures to send now, or null to stay quiet. */
export function progressGate(start: number, intervalMs: number) {
  let lastAt = Number.NEGATIVE_INFINITY;
  let lastDepth = 0;
  return {
    take(p: Reported, now: number): SearchFigures | null {
      if (p.depth === lastDepth && now - lastAt < intervalMs) return null;
      lastAt = now;
      lastDepth = p.depth;
      return figuresAt(p, now - start);
    },
  };
}

/** The figures after `ms` milliseconds of search; the rate waits for a measurable time. */
export function figuresAt(p: Reported, ms: number): SearchFigures {
  const perSecond = ms >= 1 ? Math.round((p.explored * 1000) / ms) : 0;
  return { depth: p.depth, explored: p.explored, distinct: p.distinct, perSecond, ms };
}
