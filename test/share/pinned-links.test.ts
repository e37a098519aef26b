import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { parseScenario } from '../../src/scenario/index.ts';
import { findBuiltin, LIBRARY } from '../../src/scenario/library/index.ts';
import { decodeScenarioLink } from '../../src/share/link.ts';
import { parseHash } from '../../src/store/hash.ts';
import { PINNED_EXAMPLE_LINKS, PINNED_TEXT_LINKS } from './pinned-links.ts';

const none = parseHash('');

describe("today's links keep opening", () => {
  it('pins a text link for every built-in', () => {
    expect(new Set(PINNED_TEXT_LINKS.map((p) => p.made))).toEqual(new Set(LIBRARY.map((b) => b.id)));
    expect(new Set(PINNED_EXAMPLE_LINKS.map((p) => p.address.example))).toEqual(
      new Set(LIBRARY.map((b) => b.id)),
    );
  });

  for (const pin of PINNED_TEXT_LINKS) {
    it(`${pin.made}: the same text, a scenario that runs, at the same place`, async () => {
      const address = parseHash(pin.link);
      expect({ ...address, s: null }).toEqual({ ...none, ...pin.address });
      const read = await decodeScenarioLink(address.s ?? '');
      if (!read.ok) throw new Error(`the pinned link no longer opens: ${read.problem.kind}`);
      expect(createHash('sha256').update(read.text).digest('hex')).toBe(pin.sha256);
      const parsed = parseScenario(read.text);
      if (!parsed.ok) throw new Error(`the pinned text no longer parses: ${parsed.errors[0]?.message}`);
      expect(parsed.scenario.steps.length).toBe(pin.steps);
    });
  }

  it('opens the built-ins they name, at the same place', () => {
    for (const pin of PINNED_EXAMPLE_LINKS) {
      expect(parseHash(pin.link)).toEqual({ ...none, ...pin.address });
      expect(findBuiltin(pin.address.example ?? ''), pin.link).toBeDefined();
    }
  });
});
