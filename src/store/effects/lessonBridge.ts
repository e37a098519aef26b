/**
 * The lesson bridge: asks the worker for what the walkthrough and predict mode need of the run on screen
 * (its story; the questions before the next step that asks; the verdict on handed-in answers) and reports
 * the replies through the store's verbs. A reply about a run that has since been replaced is dropped.
 */

import type { EngineClient } from '../../worker/client.ts';
import type { EngineReply } from '../../worker/protocol.ts';
import { nextQuestion } from '../predictGate.ts';
import type { AppStore } from '../store.ts';
import type { AppState } from '../types.ts';

type Asker = Pick<EngineClient, 'ask'>;

/** The step whose questions predict mode should show now, if any: the next question ahead of the step. */
export function wantedQuiz(s: AppState): number | null {
  if (s.mode !== 'predict' || s.runSeq === 0 || s.status === 'loading') return null;
  const k = nextQuestion(s);
  return k !== null && k === s.step + 1 ? k : null;
}

export function connectLessons(store: AppStore, client: Asker): () => void {
  let storyFor = 0;
  let quizFor: { run: number; step: number } | null = null;
  let gradeFor: AppState['answering'] = null;

  const settled = (run: number, handle: (reply: EngineReply) => void) => (reply: EngineReply) => {
    if (store.getState().runSeq === run) handle(reply);
  };
  // A question is aborted when the worker restarts (a cancelled load); the client then restores the same
  // run, so forget what was asked and ask again.
  const retry = (forget: () => void) => () => {
    forget();
    sync(store.getState());
  };

  function sync(s: AppState): void {
    const run = s.runSeq;
    if (s.mode === 'walkthrough' && run > 0 && storyFor !== run && s.story === null) {
      storyFor = run;
      client.ask({ type: 'story' }).then(
        settled(run, (r) => r.type === 'story' && store.getState().storyArrived(r.story)),
        retry(() => (storyFor = 0)),
      );
    }
    const k = wantedQuiz(s);
    if (k !== null && s.quiz?.step !== k && (quizFor?.run !== run || quizFor.step !== k)) {
      quizFor = { run, step: k };
      client.ask({ type: 'quiz', step: k }).then(
        settled(run, (r) => {
          if (r.type === 'quiz' && wantedQuiz(store.getState()) === r.quiz.step)
            store.getState().quizArrived(r.quiz);
        }),
        retry(() => (quizFor = null)),
      );
    }
    if (s.answering && s.answering !== gradeFor) {
      gradeFor = s.answering;
      const { step, answers } = s.answering;
      client.ask({ type: 'grade', step, answers }).then(
        settled(run, (r) => r.type === 'graded' && store.getState().gradeArrived(r.grade)),
        retry(() => (gradeFor = null)),
      );
    }
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.runSeq !== prev.runSeq) {
      storyFor = 0;
      quizFor = null;
      gradeFor = null;
    }
    sync(s);
  });
  sync(store.getState());
  return unsubscribe;
}
