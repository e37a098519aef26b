/**
 * The walkthrough's and predict mode's plumbing: the worker's sealed load, story, quiz and grade, the
 * predict gate on every way of moving, and the lesson bridge's questions to the worker.
 */

import { describe, expect, it } from 'vitest';

import { findBuiltin } from '../../src/scenario/library/index.ts';
import { questionsFor } from '../../src/scenario/quiz.ts';
import { connectLessons, wantedQuiz } from '../../src/store/effects/lessonBridge.ts';
import { nextQuestion, stepLimit } from '../../src/store/predictGate.ts';
import { createAppStore, type AppStore } from '../../src/store/store.ts';
import { EngineSession } from '../../src/worker/session.ts';
import { MARK, type AskRequest, type EngineReply, type LoadReply } from '../../src/worker/protocol.ts';
import { parse } from '../helpers.ts';
import { frameOf, loadedRun } from './fixtures.ts';

function loaded(reply: LoadReply) {
  if (reply.type !== 'loaded') throw new Error(`expected loaded, got ${reply.type}`);
  return reply.result;
}

const ID = 'card-linux';
const TEXT = findBuiltin(ID)!.text;

function session(sealed: boolean) {
  const s = new EngineSession();
  const run = loaded(
    s.load({ id: 1, type: 'load', source: { kind: 'builtin', id: ID }, kernel: null, sealed }),
  );
  return { s, run };
}

describe('the sealed load', () => {
  it('leaves the expect lines out of the text and keeps every other line where it was', () => {
    const { run } = session(true);
    expect(run.text).not.toMatch(/^\s*expect\b/m);
    const lines = run.text.split('\n');
    const original = TEXT.split('\n');
    expect(lines.length).toBe(original.length);
    original.forEach((l, i) => expect(lines[i]).toBe(/^\s*expect\b/.test(l) ? '' : l));
  });

  it('marks only which steps ask, so the scrubber tells nothing of any outcome', () => {
    const sealed = session(true).run;
    const open = session(false).run;
    const steps = parse(TEXT).steps;
    steps.forEach((step, i) => {
      const asks = step.expects.length > 0 ? MARK.asks : 0;
      expect(sealed.marks[i]).toBe(asks);
      expect(open.marks[i]! & MARK.asks).toBe(asks);
    });
    // Unsealed, the run still says where the signals are.
    expect(open.marks.some((m) => (m & MARK.signal) !== 0)).toBe(true);
    expect(sealed.text).not.toBe(open.text);
  });
});

describe('story, quiz and grade requests', () => {
  it('tells the narrated steps and the epilogue', () => {
    const { s } = session(false);
    const reply = s.story({ id: 5, type: 'story' });
    if (reply.type !== 'story') throw new Error(reply.type);
    const steps = parse(TEXT).steps;
    expect(reply.story.chapters).toEqual(
      steps.flatMap((st, i) => (st.narration ? [{ step: i + 1, text: st.narration }] : [])),
    );
    expect(reply.story.epilogue).toBe(parse(TEXT).epilogue);
  });

  it('sends the questions without their answers, then grades from the run', () => {
    const { s } = session(true);
    // Step 5 of card-linux: the read after the eject, SIGBUS.
    const reply = s.quiz({ id: 6, type: 'quiz', step: 5 });
    if (reply.type !== 'quiz') throw new Error(reply.type);
    expect(reply.quiz).toEqual({
      step: 5,
      actor: 'cam',
      text: 'read win',
      questions: questionsFor(parse(TEXT), 4),
    });
    expect(JSON.stringify(reply)).not.toMatch(/right|correct|truth/);
    const [outcome, fault] = reply.quiz.questions;
    const sigbus = outcome!.choices.indexOf('SIGBUS');
    const graded = s.grade({ id: 7, type: 'grade', step: 5, answers: [sigbus, 1] });
    if (graded.type !== 'graded') throw new Error(graded.type);
    expect(graded.grade.verdicts.map((v) => v.correct)).toEqual([true, false]);
    expect(graded.grade.verdicts[1]).toMatchObject({ right: [fault!.choices.indexOf('It faults')] });
  });

  it('refuses steps that do not exist and requests without a run', () => {
    expect(new EngineSession().quiz({ id: 1, type: 'quiz', step: 1 })).toMatchObject({ type: 'failed' });
    const { s } = session(false);
    expect(s.quiz({ id: 2, type: 'quiz', step: 999 })).toMatchObject({ type: 'failed' });
    expect(s.grade({ id: 3, type: 'grade', step: 0, answers: [] })).toMatchObject({ type: 'failed' });
  });
});

/** A predict-mode store over a 6-step run whose steps 3 and 5 ask. */
function predicting(step = 0): AppStore {
  const store = createAppStore({ reducedMotion: true });
  store.getState().setMode('predict');
  store.getState().openBuiltin('x', step);
  store.getState().loaded(loadedRun(6, [0, 0, MARK.asks, 0, MARK.asks | MARK.fault, 0]));
  return store;
}

const quiz = (step: number) => ({
  step,
  actor: 'p',
  text: 'read m',
  questions: [{ kind: 'fault' as const, prompt: '?', choices: ['It faults', 'No fault'] }],
});

/** Answers step `step`'s one question as the worker would grade it. */
function answer(store: AppStore, step: number): void {
  const s = store.getState();
  s.quizArrived(quiz(step));
  s.choose(0, 1);
  s.submitAnswers();
  expect(store.getState().answering).toEqual({ step, answers: [1] });
  store
    .getState()
    .gradeArrived({ step, verdicts: [{ chosen: 1, right: [0], correct: false, truth: 'a page fault' }] });
}

describe('the predict gate', () => {
  it('stops every move before the first unanswered question', () => {
    const store = predicting();
    const s = () => store.getState();
    expect(stepLimit(s())).toBe(2);
    s().jumpToEnd();
    expect(s().step).toBe(2);
    s().seek(6);
    expect(s().step).toBe(2);
    s().stepForward();
    expect(s().step).toBe(2);
    // A step fetched ahead at max speed is not shown past the gate either.
    s().raceOn([100]);
    s().aheadArrived(frameOf(100), 1);
    s().raceOn([]);
    expect(s().step).toBe(2);
    s().play();
    s().playNext();
    expect(s().step).toBe(2);
    expect(s().playing).toBe(false);
  });

  it('opens a link to a later step at the first question', () => {
    expect(predicting(5).getState().step).toBe(2);
  });

  it('lets the answered step play, and moves the gate to the next question', () => {
    const store = predicting();
    store.getState().seek(2);
    answer(store, 3);
    expect(store.getState().step).toBe(3);
    expect(nextQuestion(store.getState())).toBe(5);
    store.getState().jumpToEnd();
    expect(store.getState().step).toBe(4);
    answer(store, 5);
    store.getState().jumpToEnd();
    expect(store.getState().step).toBe(6);
    expect(Object.keys(store.getState().answered)).toEqual(['3', '5']);
  });

  it('does not hand in an incomplete answer, and ignores a verdict nobody asked for', () => {
    const store = predicting(2);
    store.getState().quizArrived(quiz(3));
    store.getState().submitAnswers();
    expect(store.getState().answering).toBeNull();
    store.getState().gradeArrived({ step: 3, verdicts: [] });
    expect(store.getState().answered).toEqual({});
    expect(store.getState().step).toBe(2);
  });

  it('does not gate outside predict mode', () => {
    const store = predicting();
    store.getState().setMode('explore');
    store.getState().jumpToEnd();
    expect(store.getState().step).toBe(6);
  });

  it('forgets the answers with a new run', () => {
    const store = predicting(2);
    answer(store, 3);
    store.getState().loaded(loadedRun(6, [0, 0, MARK.asks, 0, 0, 0]));
    expect(store.getState().answered).toEqual({});
    expect(store.getState().step).toBe(2);
  });
});

describe('the lesson bridge', () => {
  function fakeAsker() {
    const asked: Array<Omit<AskRequest, 'id'>> = [];
    const replies: Array<(r: EngineReply) => void> = [];
    return {
      asked,
      answer: (i: number, r: EngineReply) => replies[i]!(r),
      ask: (req: Omit<AskRequest, 'id'>) => {
        asked.push(req);
        return new Promise<EngineReply>((resolve) => replies.push(resolve));
      },
    };
  }

  it('asks for the questions before the next step that asks, then for the verdict', async () => {
    const store = predicting(2);
    const asker = fakeAsker();
    const stop = connectLessons(store, asker);
    expect(wantedQuiz(store.getState())).toBe(3);
    expect(asker.asked).toEqual([{ type: 'quiz', step: 3 }]);
    asker.answer(0, { id: 1, type: 'quiz', quiz: quiz(3) });
    await Promise.resolve();
    expect(store.getState().quiz?.step).toBe(3);
    store.getState().choose(0, 0);
    store.getState().submitAnswers();
    expect(asker.asked[1]).toEqual({ type: 'grade', step: 3, answers: [0] });
    asker.answer(1, {
      id: 2,
      type: 'graded',
      grade: { step: 3, verdicts: [{ chosen: 0, right: [0], correct: true, truth: 'a page fault' }] },
    });
    await Promise.resolve();
    expect(store.getState().step).toBe(3);
    expect(store.getState().answered[3]?.grade.verdicts[0]?.correct).toBe(true);
    stop();
  });

  it('asks again when the worker restarts under a question', async () => {
    const store = predicting(2);
    const asked: number[] = [];
    let calls = 0;
    const stop = connectLessons(store, {
      ask: (req) => {
        if (req.type === 'quiz') asked.push(req.step);
        calls++;
        return calls === 1
          ? Promise.reject(new DOMException('the run was cancelled', 'AbortError'))
          : Promise.resolve({ id: calls, type: 'quiz', quiz: quiz(3) } satisfies EngineReply);
      },
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(asked).toEqual([3, 3]);
    expect(store.getState().quiz?.step).toBe(3);
    stop();
  });

  it('asks for the story in a walkthrough, once per run', async () => {
    const store = createAppStore();
    store.getState().setMode('walkthrough');
    store.getState().openBuiltin('x', 0);
    const asker = fakeAsker();
    const stop = connectLessons(store, asker);
    expect(asker.asked).toEqual([]);
    store.getState().loaded(loadedRun(3));
    store.getState().frameArrived(frameOf(0), 1);
    expect(asker.asked).toEqual([{ type: 'story' }]);
    asker.answer(0, { id: 1, type: 'story', story: { chapters: [{ step: 1, text: 'hi' }], epilogue: null } });
    await Promise.resolve();
    expect(store.getState().story?.chapters).toEqual([{ step: 1, text: 'hi' }]);
    store.getState().stepForward();
    expect(asker.asked.length).toBe(1);
    stop();
  });
});
