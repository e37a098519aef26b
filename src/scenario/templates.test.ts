import { describe, expect, it } from 'vitest';

import { parseScenario } from './index.ts';
import { runScenario } from './run.ts';
import { TEMPLATES } from './templates.ts';

describe('New scenario templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s is valid, runs with every expectation held, and is narrated',
    (_id, t) => {
      const parsed = parseScenario(t.text);
      if (!parsed.ok)
        throw new Error(parsed.errors.map((e) => `${e.line}:${e.col}: ${e.message}`).join('\n'));
      const rows = runScenario(parsed.scenario);
      expect(rows.flatMap((r) => r.expectFailed)).toEqual([]);
      expect(parsed.scenario.steps.filter((s) => s.narration !== null).length).toBeGreaterThanOrEqual(3);
      expect(parsed.scenario.title).toBe(t.title);
    },
  );
});
