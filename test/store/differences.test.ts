import { describe, expect, it } from 'vitest';

import { EngineSession } from '../../src/worker/session.ts';
import { RULES, type KernelName } from '../../src/sim/spec.ts';
import { RESULT_CODES, type OutcomeTable, type Place } from '../../src/worker/protocol.ts';
import {
  compareTables,
  differenceAt,
  differingAspects,
  outcomeAt,
  samePlace,
  stepDifferences,
  type OutcomeView,
} from '../../src/store/differences.ts';
import { differenceSentence, joinAnd, landsClause, sideWords } from '../../src/store/differenceWords.ts';

function table(id: string, kernel: KernelName): OutcomeTable {
  const reply = new EngineSession().outcomes({
    id: 1,
    type: 'outcomes',
    source: { kind: 'builtin', id },
    kernel,
  });
  if (reply.type !== 'outcomes') throw new Error(`expected outcomes, got ${reply.type}`);
  return reply.table;
}

const ok: OutcomeView = {
  result: 'ok',
  signal: null,
  fault: false,
  place: null,
  value: null,
  violations: [],
};
const backing = (frame: number, screen: number): Place => ({
  lands: { kind: 'ram', frame },
  what: `ttyv screen ${screen}'s backing store`,
});

describe('the outcome table', () => {
  it('tabulates every step of a run, with places described as the machine was after the step', () => {
    const t = table('vt-switch-linux', 'linux');
    expect(t.kernel).toBe('linux');
    expect(t.result).toHaveLength(11);
    // Step 3: the shell's write faults onto the framebuffer while screen 0 is in front.
    expect(outcomeAt(t, 2)).toEqual({
      result: 'ok',
      signal: null,
      fault: true,
      place: {
        lands: { kind: 'device', device: 'ttyv', page: 0 },
        what: 'the framebuffer, showing screen 0',
      },
      value: null,
      violations: [],
    });
    // Step 8: after the switch the shell's read lands in its backing store and finds its text there.
    expect(outcomeAt(t, 7)).toMatchObject({ fault: true, place: backing(0, 0), value: 'hello' });
    // Places and values are interned: the table holds each once.
    expect(new Set(t.places.map((p) => JSON.stringify(p))).size).toBe(t.places.length);
  });

  it('has room for every rule in its byte of violations and every result in its code', () => {
    expect(RULES.length).toBeLessThanOrEqual(8);
    expect(RESULT_CODES.length).toBeLessThanOrEqual(256);
  });

  it('decodes signals, errnos and broken rules', () => {
    const linux = table('card-linux', 'linux');
    expect(outcomeAt(linux, 4)).toMatchObject({
      result: 'signal',
      signal: 'SIGBUS',
      fault: true,
      place: null,
    });
    expect(outcomeAt(linux, 5).result).toBe('ENXIO');
    expect(outcomeAt(table('card-linux', 'irix'), 3).violations).toEqual(['card-present']);
  });

  it('answers an unknown built-in or invalid text as a load does, without dropping the loaded run', () => {
    const s = new EngineSession();
    s.load({ id: 1, type: 'load', source: { kind: 'builtin', id: 'first-touch' }, kernel: null });
    expect(
      s.outcomes({ id: 2, type: 'outcomes', source: { kind: 'builtin', id: 'nope' }, kernel: null }),
    ).toEqual({ id: 2, type: 'not-found', builtinId: 'nope' });
    const bad = { kind: 'text' as const, text: 'machine ram=zero\n' };
    expect(s.outcomes({ id: 3, type: 'outcomes', source: bad, kernel: null }).type).toBe('invalid');
    expect(s.frame({ id: 4, type: 'frame', step: 1 }).type).toBe('frame');
  });
});

describe('step differences', () => {
  it('finds the steps of the terminal switch where netbsd and linux part ways', () => {
    const c = compareTables(table('vt-switch-linux', 'linux'), table('vt-switch-linux', 'netbsd'));
    // Up to the switch (step 7) both kernels fault the same way; from it on netbsd leaves stale PTEs.
    expect([...c.steps]).toEqual([7, 8, 9, 10, 11]);
    expect([...c.bits].map((b) => (b === 0 ? 0 : 1))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const diffs = stepDifferences(c);
    expect(diffs.map((d) => d.step)).toEqual([7, 8, 9, 10, 11]);
    expect(diffs[0]!.aspects).toEqual(['violations']);
    expect(diffs[1]!.aspects).toEqual(['fault', 'lands', 'value', 'violations']);
    // The columns' verdict agrees with comparing the decoded outcomes one by one.
    for (const d of diffs) expect(d.aspects).toEqual(differingAspects(d.a, d.b));
    expect(differenceAt(c, 6)).toBeUndefined();
    expect(differenceAt(c, 12)).toBeUndefined();
    expect(stepDifferences(c, 2).map((d) => d.step)).toEqual([7, 8]);
  });

  it('side by side, card-netbsd against netbsd_fo marks exactly the steps the fo_mmap fix changes', () => {
    // The eject and everything after it but the insert of card A (clean on both): netbsd keeps stale PTEs
    // and gives SIGSEGV, netbsd_fo removes them by physical page and gives SIGBUS.
    const c = compareTables(table('card-netbsd', 'netbsd'), table('card-netbsd', 'netbsd_fo'));
    expect([...c.steps]).toEqual([4, 5, 6, 7, 8, 9, 10, 12]);
    const diffs = stepDifferences(c);
    expect(diffs[0]!.aspects).toEqual(['violations']);
    expect(diffs[2]!.aspects).toEqual(['result', 'violations']);
    // card-netbsd-fo is the same steps: compared with netbsd it marks the same ones.
    const same = compareTables(table('card-netbsd-fo', 'netbsd_fo'), table('card-netbsd-fo', 'netbsd'));
    expect([...same.steps]).toEqual([...c.steps]);
  });

  it('finds none when both runs use the same kernel', () => {
    const c = compareTables(table('card-linux', 'linux'), table('card-linux', 'linux'));
    expect(c.steps).toHaveLength(0);
    expect(stepDifferences(c)).toEqual([]);
  });

  it('counts the same backing store at another frame number as the same place, but not a free frame', () => {
    expect(samePlace(backing(0, 0), backing(5, 0))).toBe(true);
    expect(samePlace(backing(0, 0), backing(0, 1))).toBe(false);
    const free = (frame: number): Place => ({ lands: { kind: 'ram', frame }, what: 'a free frame' });
    expect(samePlace(free(3), free(3))).toBe(true);
    expect(samePlace(free(3), free(4))).toBe(false);
    const fb = (page: number): Place => ({
      lands: { kind: 'device', device: 'ttyv', page },
      what: 'the framebuffer, showing screen 1',
    });
    expect(samePlace(fb(0), fb(1))).toBe(false);
    expect(samePlace(null, fb(0))).toBe(false);
    expect(samePlace(null, null)).toBe(true);
  });

  it('compares places and values by what they are, whatever order each table interned them in', () => {
    const fb: Place = {
      lands: { kind: 'device', device: 'ttyv', page: 0 },
      what: 'the framebuffer, showing screen 0',
    };
    const cols = (place: number[], value: number[]) => ({
      result: new Uint8Array(3),
      signal: new Uint8Array(3),
      fault: new Uint8Array(3),
      place: Uint32Array.from(place),
      value: Uint32Array.from(value),
      violations: new Uint8Array(3),
      subject: Uint32Array.from([1, 1, 1]),
      subjects: ["p's read"],
    });
    const a: OutcomeTable = {
      kernel: 'linux',
      ...cols([1, 2, 2], [1, 2, 0]),
      places: [fb, backing(0, 0)],
      values: ['x', 'y'],
    };
    // b met the same places and values in the other order, and its backing store sits in frame 7.
    const b: OutcomeTable = {
      kernel: 'netbsd',
      ...cols([2, 1, 2], [2, 1, 1]),
      places: [backing(7, 0), fb],
      values: ['y', 'x'],
    };
    const c = compareTables(a, b);
    // Steps 1 and 2 agree; step 3 lands on the framebuffer instead of the backing store and reads "y".
    expect([...c.steps]).toEqual([3]);
    expect(differenceAt(c, 3)?.aspects).toEqual(['lands', 'value']);
  });

  it('tells a signal apart from an errno and one signal from another', () => {
    const bus: OutcomeView = { ...ok, result: 'signal', signal: 'SIGBUS' };
    expect(differingAspects(bus, { ...bus, signal: 'SIGSEGV' })).toEqual(['result']);
    expect(differingAspects(ok, { ...ok, result: 'EBUSY' })).toEqual(['result']);
    expect(differingAspects(ok, ok)).toEqual([]);
  });
});

describe('the words of a difference', () => {
  it('says the switch step as the teacher would', () => {
    const diffs = stepDifferences(
      compareTables(table('vt-switch-linux', 'linux'), table('vt-switch-linux', 'netbsd')),
    );
    expect(differenceSentence(diffs[1]!, 'linux', 'netbsd')).toBe(
      "step 8: on linux, shell's read faults, lands in RAM frame 0 (ttyv screen 0's backing store), " +
        'reads "hello" and leaves no rule broken; on netbsd it does not fault, lands on ttyv page 0 ' +
        '(the framebuffer, showing screen 1), reads "0" and leaves rule vt-foreground broken.',
    );
    expect(differenceSentence(diffs[0]!, 'linux', 'netbsd')).toBe(
      'step 7: on linux, the switch leaves no rule broken; on netbsd it leaves rule vt-foreground broken.',
    );
  });

  it('says the card eject under irix', () => {
    const diffs = stepDifferences(compareTables(table('card-linux', 'linux'), table('card-linux', 'irix')));
    const read = diffs.find((d) => d.step === 5)!;
    expect(differenceSentence(read, 'linux', 'irix')).toBe(
      "step 5: on linux, cam's read faults, gets SIGBUS, reaches no memory, reads nothing and leaves no rule " +
        'broken; on irix it does not fault, succeeds, lands on slot page 0 (the card window, with the slot ' +
        'empty), reads "0" and leaves rule card-present broken.',
    );
  });

  it('marks where freebsd\u2019s cached page makes the difference against netbsd and linux, and says it', () => {
    const diffs = stepDifferences(
      compareTables(table('pager-remembers-freebsd', 'freebsd'), table('pager-remembers-freebsd', 'netbsd')),
    );
    expect(diffs.map((d) => d.step)).toEqual([7, 8]);
    expect(differenceSentence(diffs[0]!, 'freebsd', 'netbsd')).toBe(
      'step 7: on freebsd, late\'s read lands on ttyv page 0 (the framebuffer, showing screen 1) and reads "0"; ' +
        'on netbsd it lands in RAM frame 0 (ttyv screen 0\'s backing store) and reads "hello".',
    );
    expect(differenceSentence(diffs[1]!, 'freebsd', 'netbsd')).toBe(
      "step 8: on freebsd, shell's munmap leaves rule vt-foreground broken; on netbsd it leaves no rule broken.",
    );
    // linux revokes at the switch: the stale mappings differ from the switch to the last munmap but one.
    const linux = stepDifferences(
      compareTables(table('pager-remembers-freebsd', 'freebsd'), table('pager-remembers-freebsd', 'linux')),
    );
    expect(linux.map((d) => d.step)).toEqual([4, 5, 6, 7, 8]);
    expect(differenceSentence(linux[3]!, 'freebsd', 'linux')).toContain(
      'on linux it lands in RAM frame 0 (ttyv screen 0\'s backing store), reads "hello" and leaves no rule broken.',
    );
  });

  it('joins clauses and quotes values so that scenario text stays text', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
    expect(sideWords(['value'], { ...ok, value: 'say "hi"' })).toBe('reads "say \\"hi\\""');
    expect(sideWords(['violations'], { ...ok, violations: ['stale-tlb', 'prot'] })).toBe(
      'leaves rules stale-tlb and prot broken',
    );
    expect(landsClause({ lands: { kind: 'ram', frame: 9 }, what: 'a free frame' })).toBe(
      'lands in RAM frame 9 (a free frame)',
    );
  });
});
