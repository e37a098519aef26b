import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../../test/arbitraries.ts';
import { parseScenario, printScenario, stripPositions } from './index.ts';

describe('print then parse', () => {
  it('accepts every scenario the arbitrary builds', () => {
    fc.assert(
      fc.property(arbScenario(), (s) => {
        const text = printScenario(s);
        const r = parseScenario(text);
        if (!r.ok) throw new Error(`${JSON.stringify(r.errors.slice(0, 3))}\n${text}`);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the same scenario, positions aside', () => {
    fc.assert(
      fc.property(arbScenario(), (s) => {
        const r = parseScenario(printScenario(s));
        expect(r.ok).toBe(true);
        if (r.ok) expect(stripPositions(r.scenario)).toEqual(stripPositions(s));
      }),
      { numRuns: 300 },
    );
  });

  it('prints a parsed file to a fixed point', () => {
    fc.assert(
      fc.property(arbScenario(), (s) => {
        const once = printScenario(s);
        const r = parseScenario(once);
        if (r.ok) expect(printScenario(r.scenario)).toBe(once);
      }),
      { numRuns: 100 },
    );
  });
});
