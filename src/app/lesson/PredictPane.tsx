import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';

import type { Quiz } from '../../scenario/quiz.ts';
import type { Answered } from '../../store/slices/lessonSlice.ts';
import { nextQuestion } from '../../store/predictGate.ts';
import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { scoreOf, scoreWords } from './score.ts';

const selectPredict = (s: AppState) => ({
  quiz: s.quiz,
  choices: s.choices,
  answering: s.answering,
  answered: s.answered,
  step: s.step,
  stepCount: s.stepCount,
  frame: s.frame,
  ready: s.runSeq > 0 && s.status !== 'loading',
  pending: nextQuestion(s),
});

function Questions({ quiz, choices, busy }: { quiz: Quiz; choices: number[]; busy: boolean }) {
  const a = appStore.getState();
  const complete = choices.every((c) => c >= 0);
  return (
    <form
      className="quiz"
      aria-label={`Predict step ${quiz.step}`}
      data-quiz-step={quiz.step}
      onSubmit={(e) => {
        e.preventDefault();
        a.submitAnswers();
      }}
    >
      <p className="step-text">
        <span className="muted">Before step {quiz.step}: </span>
        <code>
          {quiz.actor === null ? '' : `${quiz.actor}: `}
          {quiz.text}
        </code>
      </p>
      {quiz.questions.map((q, qi) => (
        <fieldset key={qi} data-kind={q.kind} disabled={busy}>
          <legend>{q.prompt}</legend>
          {q.choices.map((c, ci) => (
            <label key={ci}>
              <input
                type="radio"
                name={`q${quiz.step}-${qi}`}
                checked={choices[qi] === ci}
                onChange={() => a.choose(qi, ci)}
              />{' '}
              {c}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" disabled={!complete || busy}>
        {busy ? 'Checking…' : 'Answer and watch'}
      </button>
    </form>
  );
}

/** The verdicts on one step's answers: what was chosen, whether it was right, and what happened. */
function Verdicts({ step, answered }: { step: number; answered: Answered }) {
  const { quiz, grade } = answered;
  return (
    <ol className="verdicts" aria-label={`Your predictions for step ${step}`}>
      {grade.verdicts.map((v, i) => {
        const q = quiz.questions[i];
        return (
          <li key={i} data-correct={v.correct ? 'true' : 'false'}>
            <span className={v.correct ? 'good' : 'bad'}>{v.correct ? '✓ right' : '✗ wrong'}</span>{' '}
            <span className="muted">{q?.prompt}</span> You said <q>{q?.choices[v.chosen] ?? '—'}</q>; it was{' '}
            <strong>{v.truth}</strong>.
          </li>
        );
      })}
    </ol>
  );
}

/** Every answered step, for the end: the score per question. */
function Report({ answered }: { answered: Readonly<Record<number, Answered>> }) {
  const steps = Object.keys(answered)
    .map(Number)
    .sort((x, y) => x - y);
  return (
    <table className="report" aria-label="Score per question">
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Question</th>
          <th scope="col">You said</th>
          <th scope="col">It was</th>
        </tr>
      </thead>
      <tbody>
        {steps.flatMap((k) =>
          answered[k]!.grade.verdicts.map((v, i) => {
            const q = answered[k]!.quiz.questions[i];
            return (
              <tr key={`${k}:${i}`} data-correct={v.correct ? 'true' : 'false'}>
                <td>{k}</td>
                <td>{q?.prompt}</td>
                <td>
                  {v.correct ? '✓ ' : '✗ '}
                  {q?.choices[v.chosen] ?? '—'}
                </td>
                <td>{v.truth}</td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}

/**
 * The verdict takes focus when the answer it grades arrives: the form that had focus is gone (the next
 * question replaces it), a screen reader reads the verdict at once, and Tab goes on from there to the
 * next question. Not when the reader has moved focus elsewhere meanwhile, nor on coming back to an
 * answered step later.
 */
function useVerdictFocus(answering: number | null, step: number, graded: boolean) {
  const verdict = useRef<HTMLDivElement>(null);
  const awaited = useRef<number | null>(null);
  useEffect(() => {
    if (answering !== null) awaited.current = answering;
  }, [answering]);
  useEffect(() => {
    const el = verdict.current;
    if (!graded || awaited.current !== step || !el) return;
    awaited.current = null;
    const from = document.activeElement;
    const pane = el.closest('.predict');
    if (from === null || from === document.body || pane?.contains(from)) el.focus();
  }, [graded, step]);
  return verdict;
}

/**
 * Predict mode: before a step with expectations, its questions; after the answer, the verdicts while the
 * step plays; a running score, and the score per question at the end. The editor (whose text holds the
 * answers) is not shown, and nothing of an unanswered step's outcome is in the page.
 */
export function PredictPane() {
  const p = useApp(useShallow(selectPredict));
  const a = appStore.getState();
  const score = scoreOf(p.answered);
  const atEnd = p.stepCount > 0 && p.step === p.stepCount;
  const here = p.answered[p.step];
  const row = p.frame?.step === p.step ? p.frame.row : null;
  const asking = p.pending !== null && p.pending === p.step + 1;
  const verdict = useVerdictFocus(p.answering?.step ?? null, p.step, here !== undefined);
  return (
    <section className="lesson predict" aria-label="Predict">
      <p className="score" data-right={score.right} data-asked={score.asked} aria-live="polite">
        Score: {scoreWords(score)}
      </p>
      {here ? (
        <div className="verdict" ref={verdict} tabIndex={-1}>
          <Verdicts step={p.step} answered={here} />
          {row?.narration ? <p className="lecture-text">{row.narration}</p> : null}
        </div>
      ) : null}
      {asking ? (
        p.quiz?.step === p.step + 1 ? (
          <Questions quiz={p.quiz} choices={p.choices} busy={p.answering !== null} />
        ) : (
          <p className="muted">{p.ready ? 'Loading the questions…' : 'Running the scenario…'}</p>
        )
      ) : atEnd ? (
        <div className="final">
          <h2>Final score: {scoreWords(score)}</h2>
          {score.asked > 0 ? <Report answered={p.answered} /> : null}
          <button type="button" onClick={a.restartQuiz}>
            Start again
          </button>
        </div>
      ) : (
        <div className="lesson-nav">
          <span className="muted">
            step {p.step} of {p.stepCount}
            {p.pending === null ? '' : ` · next question before step ${p.pending}`}
          </span>
          <button type="button" onClick={a.stepForward}>
            Next step
          </button>
        </div>
      )}
    </section>
  );
}
