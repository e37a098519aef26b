/**
 * Every built-in scenario, as a test: it parses, tells its story (narration on its steps), pins its
 * outcomes (expect lines), and every expectation holds under its kernel. Its trace, in the event log's
 * words, is compared with a committed golden file; a mismatch writes `ID.trace-changed` beside it to
 * review (set PAGERLAB_UPDATE_GOLDEN=1 to accept the new traces, or to write a new built-in's first one).
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { LIBRARY } from '../src/scenario/library/index.ts';
import { sentence } from '../src/sim/sentence.ts';
import { failures, parse, trace } from './helpers.ts';

const GOLDEN = join(import.meta.dirname, 'golden');
const update = process.env.PAGERLAB_UPDATE_GOLDEN === '1';

describe.each(LIBRARY.map((b) => [b.id, b] as const))('built-in %s', (id, builtin) => {
  it('parses, narrates its steps and pins outcomes with expect lines', () => {
    const s = parse(builtin.text);
    expect(s.title).toBeTruthy();
    expect(s.steps.filter((step) => step.narration !== null).length).toBeGreaterThan(0);
    expect(s.steps.reduce((n, step) => n + step.expects.length, 0)).toBeGreaterThan(0);
  });

  it('meets every expectation under its kernel', () => {
    expect(failures(builtin.text)).toEqual([]);
  });

  it('produces the golden trace', () => {
    const { events } = trace(builtin.text);
    const text = events.map((step) => step.map(sentence).join('\n')).join('\n\n') + '\n';
    const file = join(GOLDEN, `${id}.trace`);
    if (update) writeFileSync(file, text);
    // A missing golden file fails: a deleted trace must not pass as a new one.
    expect(existsSync(file), `no golden trace ${file}: run with PAGERLAB_UPDATE_GOLDEN=1 to write it`).toBe(
      true,
    );
    const golden = readFileSync(file, 'utf8');
    if (golden !== text) writeFileSync(`${file}-changed`, text);
    expect(text === golden, `trace differs from ${file}: review ${file}-changed`).toBe(true);
  });
});
