import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import type { Chapter } from '../../worker/protocol.ts';
import { styleNonce } from '../../editor/nonce.ts';
import { stepStory } from '../../scenario/stepStory.ts';
import { CourseNext } from './CourseNext.tsx';
import { chapterAt, headline } from './story.ts';
import { spotlightCss, spotlightOf, spotlightSummary, spotlightWords } from '../../views/spotlight.ts';

const selectWalk = (s: AppState) => ({
  story: s.story,
  step: s.step,
  stepCount: s.stepCount,
  title: s.title,
  frame: s.frame,
});

/** Opens chapter `c`: from the state before its step, the step plays, so the reader watches it happen. */
function openChapter(c: Chapter): void {
  const s = appStore.getState();
  s.seek(c.step - 1);
  s.stepForward();
}

/** The walkthrough: the narration beside the drawing, Back and Next, and the table of contents. */
export function WalkthroughPane() {
  const { story, step, stepCount, title, frame } = useApp(useShallow(selectWalk));
  const chapters = story?.chapters ?? [];
  const current = chapterAt(chapters, step);
  const atEnd = stepCount > 0 && step === stepCount;
  const shown = frame?.step === step ? frame : null;
  const spot = useMemo(
    () => (shown?.row ? spotlightOf(shown.row.actor, shown.events, shown.after, shown.before) : null),
    [shown],
  );
  // The chapter's narration covers several steps; this sentence is the step's own, with its result.
  const told = useMemo(
    () =>
      shown?.row
        ? stepStory({ step: shown.step, row: shown.row, events: shown.events, after: shown.after })
        : null,
    [shown],
  );
  const a = appStore.getState();
  return (
    <section className="lesson walkthrough" aria-label="Walkthrough">
      <article className="lecture" data-chapter={current?.step ?? 0}>
        <h2>{title ?? 'Walkthrough'}</h2>
        {step === 0 ? (
          <p className="lecture-text">
            The machine has booted; nothing has run yet. Next plays the first step.
          </p>
        ) : (
          <>
            {current ? (
              <p className="lecture-text">{current.text}</p>
            ) : (
              <p className="lecture-text muted">This part of the scenario has no narration.</p>
            )}
            {shown?.row ? (
              <p className="step-text">
                <span className="muted">Step {step}: </span>
                <code>
                  {shown.row.actor === null ? '' : `${shown.row.actor}: `}
                  {shown.row.text}
                </code>
              </p>
            ) : null}
            {told ? <p className="step-story">{told}</p> : null}
            {spot ? (
              <p className="spotlight-note muted">Outlined in the drawing: {spotlightSummary(spot)}.</p>
            ) : null}
          </>
        )}
        {atEnd && story?.epilogue ? <p className="lecture-text epilogue">{story.epilogue}</p> : null}
        {atEnd ? <CourseNext /> : null}
      </article>
      <div className="lesson-nav">
        <button type="button" onClick={a.stepBack} disabled={step === 0}>
          Back
        </button>
        <span className="muted">
          step {step} of {stepCount}
        </span>
        <button type="button" onClick={a.stepForward} disabled={atEnd}>
          Next
        </button>
      </div>
      <nav aria-label="Contents" className="contents">
        <h3>Contents</h3>
        <ol>
          {chapters.map((c) => (
            <li key={c.step}>
              <button
                type="button"
                aria-current={current?.step === c.step ? 'step' : undefined}
                onClick={() => openChapter(c)}
              >
                <span className="muted">Step {c.step}.</span> {headline(c.text)}
              </button>
            </li>
          ))}
          {story?.epilogue ? (
            <li>
              <button type="button" aria-current={atEnd ? 'step' : undefined} onClick={a.jumpToEnd}>
                <span className="muted">End.</span> {headline(story.epilogue)}
              </button>
            </li>
          ) : null}
        </ol>
      </nav>
      {spot ? (
        // The page's style policy applies only a <style> that carries its nonce (app/stylePolicy.ts).
        <style nonce={styleNonce()} data-spotlight={spotlightWords(spot)}>
          {spotlightCss(spot)}
        </style>
      ) : null}
    </section>
  );
}
