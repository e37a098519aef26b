/**
 * Grading predict mode's answers against what the step did. The truth is the engine's outcome, not the
 * author's `expect` lines: the student watches the step happen, and the verdict must agree with what they
 * see, even in an edited scenario whose expectations no longer hold.
 */

import type { StepOutcome } from '../sim/outcome.ts';
import { CLEAN, FAULTS, IN_RAM, NO_FAULT, NOWHERE, SUCCEEDS, type Question } from './quiz.ts';

export interface Verdict {
  /** The choice given (-1: none). */
  chosen: number;
  /** The choices that are right (more than one when several rules break at once; none when no choice is). */
  right: number[];
  correct: boolean;
  /** What happened, in words ("SIGBUS", "device ttyv page 0"). */
  truth: string;
}

export interface Grade {
  step: number;
  verdicts: Verdict[];
}

/** The right choices of one question, and the truth in words. */
export function answerOf(q: Question, o: StepOutcome): { right: string[]; truth: string } {
  switch (q.kind) {
    case 'outcome': {
      const word = o.signal ?? (o.result === 'signal' ? 'signal' : o.result);
      return { right: [word === 'ok' ? SUCCEEDS : word], truth: word };
    }
    case 'fault':
      return { right: [o.fault ? FAULTS : NO_FAULT], truth: o.fault ? 'a page fault' : 'no fault' };
    case 'lands': {
      const l = o.lands;
      if (!l) return { right: [NOWHERE], truth: 'nowhere: the access did not complete' };
      if (l.kind === 'ram') return { right: [IN_RAM], truth: `RAM (frame ${l.frame})` };
      // A question offers either devices or their pages: whichever words it offers, one of them is right.
      const words = `device ${l.device} page ${l.page}`;
      return { right: [words, `device ${l.device}`], truth: words };
    }
    case 'value':
      return o.value === null
        ? { right: [], truth: 'no value: the read did not complete' }
        : { right: [o.value], truth: `"${o.value}"` };
    case 'isolation':
      return o.violations.length === 0
        ? { right: [CLEAN], truth: 'clean: no rule is broken' }
        : { right: [...o.violations], truth: `broken: ${o.violations.join(', ')}` };
    case 'users': {
      const n = o.users[q.device ?? ''];
      return n === undefined
        ? { right: [], truth: 'no such device' }
        : { right: [String(n)], truth: `use count ${n}` };
    }
  }
}

/** Grades the answers (choice indices, -1 for none) to a step's questions against its outcome. */
export function gradeQuiz(
  step: number,
  questions: readonly Question[],
  answers: readonly number[],
  o: StepOutcome,
): Grade {
  return {
    step,
    verdicts: questions.map((q, i) => {
      const { right, truth } = answerOf(q, o);
      const rightIdx = q.choices.flatMap((c, k) => (right.includes(c) ? [k] : []));
      const chosen = answers[i] ?? -1;
      return { chosen, right: rightIdx, correct: rightIdx.includes(chosen), truth };
    }),
  };
}
