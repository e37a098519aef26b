/**
 * Predict mode's questions and grading: questions come from the kinds of `expect` lines a step has, their
 * choices include the true answer in an order that does not depend on it, and the grade follows what the
 * engine did (not the author's expectations).
 */

import { describe, expect, it } from 'vitest';

import { gradeQuiz } from '../src/scenario/grade.ts';
import { LIBRARY } from '../src/scenario/library/index.ts';
import { CLEAN, FAULTS, IN_RAM, NO_FAULT, NOWHERE, questionsFor } from '../src/scenario/quiz.ts';
import type { StepOutcome } from '../src/sim/outcome.ts';
import { parse, rows, scn } from './helpers.ts';

const VT = scn(
  'linux',
  'device ttyv vt screens=2 fb=1p\ndevice slot card pages=1\nprocess p',
  `
p: open /dev/ttyv0 -> fd
p: mmap fd 1p -> scr
expect ok
p: write scr "hello"
expect fault
expect device ttyv page 0
p: read scr
expect nofault
expect value "hello"
expect clean
switch ttyv 1
p: read scr+1p
expect SIGSEGV
p: write scr "zz"
`,
);

describe('questionsFor', () => {
  const s = parse(VT);

  it('asks nothing before a step without expect lines', () => {
    expect(questionsFor(s, 0)).toEqual([]);
    expect(questionsFor(s, 4)).toEqual([]);
    expect(questionsFor(s, 99)).toEqual([]);
  });

  it('asks how a syscall ends, with ok and the errnos that operation can give', () => {
    const [q, ...rest] = questionsFor(s, 1);
    expect(rest).toEqual([]);
    expect(q?.kind).toBe('outcome');
    expect(q?.choices[0]).toBe('ok');
    expect(q?.choices).toEqual(expect.arrayContaining(['EINVAL', 'EACCES', 'ENXIO', 'ENOMEM']));
    expect(q?.choices).not.toContain('SIGSEGV');
  });

  it('asks about the fault and the place an access lands, offering RAM and every device-memory device', () => {
    const qs = questionsFor(s, 2);
    expect(qs.map((q) => q.kind)).toEqual(['fault', 'lands']);
    expect(qs[0]?.choices).toEqual([FAULTS, NO_FAULT]);
    expect(qs[1]?.choices).toEqual([IN_RAM, 'device ttyv page 0', 'device slot page 0', NOWHERE]);
  });

  it('asks for the device alone when the expectation names no page', () => {
    const text = VT.replace('expect device ttyv page 0', 'expect device ttyv');
    const [, lands] = questionsFor(parse(text), 2);
    expect(lands?.choices).toEqual([IN_RAM, 'device ttyv', 'device slot', NOWHERE]);
    const g = gradeQuiz(3, [lands!], [1], rows(text)[2]!);
    expect(g.verdicts[0]).toMatchObject({ right: [1], correct: true, truth: 'device ttyv page 0' });
  });

  it('offers every page of a device, and a page past the cut when the author expects it', () => {
    const text = scn(
      'linux',
      'device ttyv vt fb=12p\nprocess p',
      'p: open /dev/ttyv0 -> fd\np: mmap fd 12p -> scr\np: read scr+10p\nexpect device ttyv page 10\n',
    );
    const [lands] = questionsFor(parse(text), 2);
    expect(lands?.choices).toEqual([
      IN_RAM,
      ...[0, 1, 2, 3, 4, 5, 6, 7, 10].map((p) => `device ttyv page ${p}`),
      NOWHERE,
    ]);
  });

  it('offers the values the scenario writes, and 0, for a read', () => {
    const qs = questionsFor(s, 3);
    expect(qs.map((q) => q.kind)).toEqual(['fault', 'value', 'isolation']);
    expect(qs[1]?.choices).toEqual(['0', 'hello', 'zz']);
    expect(qs[2]?.choices).toEqual([CLEAN, 'card-present', 'vt-foreground']);
  });

  it('puts signals among the endings of an access', () => {
    const [q] = questionsFor(s, 5);
    expect(q?.choices.slice(0, 3)).toEqual(['ok', 'SIGBUS', 'SIGSEGV']);
  });

  it('lists the same choices whatever the answer is (nothing about the truth in their order)', () => {
    const a = questionsFor(parse(VT.replace('expect SIGSEGV', 'expect SIGBUS')), 5);
    expect(a).toEqual(questionsFor(s, 5));
  });

  it('keeps the expected value among at most six offered', () => {
    const writes = Array.from({ length: 9 }, (_, i) => `p: write scr+${i} "v${i}"`).join('\n');
    const text = scn(
      'linux',
      'device ttyv vt\nprocess p',
      `p: open /dev/ttyv0 -> fd\np: mmap fd 1p -> scr\n${writes}\np: read scr\nexpect value "v0"\n`,
    );
    const scenario = parse(text);
    const [q] = questionsFor(scenario, scenario.steps.length - 1);
    expect(q?.choices.length).toBe(6);
    expect(q?.choices).toContain('v0');
    expect(q?.choices[0]).toBe('0');
  });

  it.each(LIBRARY.map((b) => [b.id, b.text] as const))(
    'built-in %s: every question offers its true answer',
    (_id, text) => {
      const scenario = parse(text);
      const outcomes = rows(text);
      scenario.steps.forEach((step, i) => {
        const qs = questionsFor(scenario, i);
        expect(qs.length > 0).toBe(step.expects.length > 0);
        const perfect = qs.map((q) =>
          q.choices.findIndex((_, c) => gradeQuiz(i + 1, [q], [c], outcomes[i]!).verdicts[0]!.correct),
        );
        expect(
          perfect.every((c) => c >= 0),
          `step ${i + 1}: ${JSON.stringify(qs)}`,
        ).toBe(true);
      });
    },
  );
});

describe('gradeQuiz', () => {
  const s = parse(VT);
  const out = rows(VT);

  it('marks right and wrong answers, and says what happened', () => {
    const qs = questionsFor(s, 2);
    const g = gradeQuiz(3, qs, [0, 2], out[2]!);
    expect(g.step).toBe(3);
    expect(g.verdicts[0]).toEqual({ chosen: 0, right: [0], correct: true, truth: 'a page fault' });
    expect(g.verdicts[1]).toMatchObject({
      chosen: 2,
      right: [1],
      correct: false,
      truth: 'device ttyv page 0',
    });
  });

  it('counts an unanswered question as wrong', () => {
    const qs = questionsFor(s, 3);
    const g = gradeQuiz(4, qs, [], out[3]!);
    expect(g.verdicts.map((v) => v.correct)).toEqual([false, false, false]);
    expect(g.verdicts[1]).toMatchObject({ chosen: -1, truth: '"hello"' });
  });

  it('grades by the outcome, not by the expect line', () => {
    const qs = questionsFor(s, 5);
    const sigbus: StepOutcome = { ...out[5]!, result: 'signal', signal: 'SIGBUS' };
    const i = qs[0]!.choices.indexOf('SIGBUS');
    expect(gradeQuiz(6, qs, [i], sigbus).verdicts[0]).toMatchObject({ correct: true, truth: 'SIGBUS' });
    expect(gradeQuiz(6, qs, [i], out[5]!).verdicts[0]).toMatchObject({ correct: false, truth: 'SIGSEGV' });
  });

  it('accepts any of several rules broken at once', () => {
    const q = { kind: 'isolation' as const, prompt: '', choices: [CLEAN, 'card-present', 'vt-foreground'] };
    const o: StepOutcome = { ...out[0]!, violations: ['card-present', 'vt-foreground'] };
    expect(gradeQuiz(1, [q], [2], o).verdicts[0]).toMatchObject({ right: [1, 2], correct: true });
    expect(gradeQuiz(1, [q], [0], o).verdicts[0]?.correct).toBe(false);
  });
});
