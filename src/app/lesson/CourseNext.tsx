import { findBuiltin } from '../../scenario/library/index.ts';
import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { lessonHref } from './CourseDialog.tsx';
import { lessonAfter } from './course.ts';

const selectBuiltin = (s: AppState) => s.builtinId;

/**
 * The way on from a lesson's last step: the next lesson of the course, opened as a walkthrough at its
 * address (a link, as the course page's are: it can be opened in a new tab or copied); after the last
 * lesson, the course list. A scenario of one's own is no lesson: nothing.
 */
export function CourseNext() {
  const next = lessonAfter(useApp(selectBuiltin));
  if (next === undefined) return null;
  if (next === null)
    return (
      <p className="course-next">
        That was the course’s last lesson.{' '}
        <button type="button" onClick={() => appStore.getState().setCourseOpen(true)}>
          Course list
        </button>
      </p>
    );
  return (
    <p className="course-next">
      <a className="button" href={lessonHref(next)} data-lesson={next}>
        Next in the course: {findBuiltin(next)?.title ?? next}
      </a>
    </p>
  );
}
