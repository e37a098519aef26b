/**
 * A row out of sight while racing is placed by its heights alone (bandHeight, treeHeight), and the rows
 * below it by those: they must be exactly the heights of the full layouts, or every row under a left-out
 * one would move when playback stops. Pinned for every step of every built-in, with tables opened and
 * closed, touch-sized heads and the step's notes, and for generated scenarios.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbScenario } from '../../test/arbitraries.ts';
import { stepTexts } from '../scenario/describe.ts';
import { parseScenario } from '../scenario/index.ts';
import { LIBRARY } from '../scenario/library/index.ts';
import { boot, runStep } from '../sim/index.ts';
import { picture, type MachinePicture, type ProcPicture } from '../sim/picture.ts';
import type { Scenario } from '../sim/spec.ts';
import { columnsFor, procsLayout, type RowsInput } from './machineLayout.ts';
import { bandHeight, bandLayout, type BandNote } from './procLayout.ts';
import { stepNotes } from './stepNotes.ts';
import { HEAD, touchHead, treeHeight, treeLayout } from './tableLayout.ts';

/** Each table of each process flipped from its default: open ones closed, closed ones opened. */
function everyTable(p: MachinePicture): ReadonlySet<string> {
  return new Set(p.procs.flatMap((proc) => proc.tables.map((t) => `${proc.name}:${t.frame}`)));
}

function expectSameHeights(p: MachinePicture, notes: ReadonlyMap<string, BandNote>, where: string) {
  const { cols } = columnsFor(p);
  for (const toggled of [new Set<string>(), everyTable(p)])
    for (const head of [HEAD, touchHead(0.7)])
      for (const proc of p.procs) {
        const note = notes.get(proc.name) ?? null;
        const at = `${where}, ${proc.name}, ${toggled.size} toggled, head ${head}`;
        expect(bandHeight(proc, p.pageSize, cols.procs, note), at).toBe(
          bandLayout(proc, p.pageSize, cols.procs, note).height,
        );
        expect(treeHeight(proc, p.pageSize, p.levels, toggled, head), at).toBe(
          treeLayout(proc, p.pageSize, p.levels, toggled, cols.tables, head).height,
        );
      }
}

/** Every step's picture of a scenario, with the notes the drawing shows once the step is done. */
function* pictures(scenario: Scenario, texts: readonly string[]) {
  const s = boot(scenario);
  yield { step: 0, now: picture(s), notes: new Map<string, BandNote>() };
  for (let i = 0; i < scenario.steps.length; i++) {
    const before = picture(s);
    const { outcome, events } = runStep(s);
    const now = picture(s);
    const row = { ...outcome, text: texts[i] ?? outcome.op };
    yield { step: i + 1, now, notes: stepNotes({ row, events, shown: events.length, before, now }).bands };
  }
}

describe('a row laid out by its heights alone', () => {
  for (const b of LIBRARY)
    it(`${b.id}: bandHeight and treeHeight are the full layouts' heights at every step`, () => {
      const parsed = parseScenario(b.text);
      if (!parsed.ok) throw new Error(`${b.id} does not parse`);
      const actors = parsed.scenario.steps.map((st) => ({
        line: st.pos.line,
        actor: st.kind === 'proc' ? st.proc : null,
      }));
      for (const { step, now, notes } of pictures(parsed.scenario, stepTexts(b.text, actors)))
        expectSameHeights(now, notes, `${b.id} step ${step}`);
    });

  it('bandHeight and treeHeight are the full layouts’ heights in generated scenarios', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 40 }), (scenario) => {
        for (const { step, now, notes } of pictures(scenario, []))
          expectSameHeights(now, notes, `step ${step}`);
      }),
      { numRuns: 60 },
    );
  });

  it('counts the line a device node takes of its own when it does not fit beside the rights', () => {
    const b = LIBRARY.find((x) => x.id === 'first-touch')!;
    const parsed = parseScenario(b.text);
    if (!parsed.ok) throw new Error(`${b.id} does not parse`);
    const { now } = [...pictures(parsed.scenario, [])][3]!;
    const app = now.procs[0]!;
    const col = columnsFor(now).cols.procs;
    const long: ProcPicture = { ...app, vmas: [{ ...app.vmas[0]!, prot: 'none', shared: false }] };
    const full = bandLayout(long, now.pageSize, col);
    expect(full.vmas[0]!.lines.map((l) => l.text)).toContain(app.vmas[0]!.path);
    expect(bandHeight(long, now.pageSize, col)).toBe(full.height);
  });
});

describe('procsLayout with a sight', () => {
  it('places every row where the full layout does, and lays out in full only the rows in sight', () => {
    const b = LIBRARY.find((x) => x.id === 'fork-switch') ?? LIBRARY[0]!;
    const parsed = parseScenario(b.text);
    if (!parsed.ok) throw new Error(`${b.id} does not parse`);
    for (const { step, now } of pictures(parsed.scenario, [])) {
      const { cols } = columnsFor(now);
      const input: RowsInput = {
        cols,
        pageSize: now.pageSize,
        levels: now.levels,
        tlbSlots: now.tlb.length,
        toggled: new Set(),
      };
      const whole = procsLayout(now.procs, input);
      const first = whole.tops[0] ?? 0;
      const sight = { top: first + 1, bottom: first + 2 };
      const part = procsLayout(now.procs, input, [], () => 0, sight);
      const at = `${b.id} step ${step}`;
      expect(part.tops, at).toEqual(whole.tops);
      expect(part.rows, at).toEqual(whole.rows);
      expect(part.height, at).toBe(whole.height);
      part.places.forEach((pl, i) => {
        const top = whole.tops[i]!;
        const inSight = top < sight.bottom && top + whole.rows[i]! > sight.top;
        expect(pl === null, `${at}, row ${i}`).toBe(!inSight);
        if (pl) expect(pl, `${at}, row ${i}`).toEqual(whole.places[i]);
      });
    }
  });
});

describe('a row out of sight, laid out again', () => {
  it('takes a new height when its process changes but keeps its VMAs (dies, names a page)', () => {
    const b = LIBRARY.find((x) => x.id === 'first-touch')!;
    const parsed = parseScenario(b.text);
    if (!parsed.ok) throw new Error(`${b.id} does not parse`);
    const { now } = [...pictures(parsed.scenario, [])][3]!;
    const { cols } = columnsFor(now);
    const input: RowsInput = {
      cols,
      pageSize: now.pageSize,
      levels: now.levels,
      tlbSlots: now.tlb.length,
      // Its tables closed, so the band, not the tree, makes the row's height.
      toggled: everyTable(now),
    };
    const app = now.procs[0]!;
    // The same VMAs (the same array) under a process that died, and under one naming none of its pages.
    const dead = { ...app, alive: false, end: 'SIGBUS' as const };
    const bare = { ...app, vars: [] };
    // A sight past the row: it is placed by its heights alone.
    const sight = { top: 1e6, bottom: 1e6 + 1 };
    // Each under the process itself: that second row starts below the TLB, where its band sets its height.
    for (const proc of [app, dead, bare, app]) {
      const procs = [app, { ...proc, pid: app.pid + 1 }];
      const part = procsLayout(procs, input, [], () => 0, sight);
      const whole = procsLayout(procs, input);
      expect(part.places, proc.name).toEqual([null, null]);
      expect(part.rows, `${proc.alive ? 'alive' : 'dead'}, ${proc.vars.length} names`).toEqual(whole.rows);
      expect(whole.rows[1]).toBe(whole.places[1]!.band.height);
    }
    // Each is another height, so a height kept for the wrong one shows.
    const heights = [app, dead, bare].map((p) => bandHeight(p, now.pageSize, cols.procs));
    expect(new Set(heights).size).toBe(3);
  });
});
