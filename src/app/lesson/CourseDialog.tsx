import { findBuiltin } from '../../scenario/library/index.ts';
import { formatHash, NO_ADDRESS } from '../../store/hash.ts';
import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { COURSE } from './course.ts';
import { useModal } from '../useModal.ts';

const selectOpen = (s: AppState) => s.courseOpen;

/** A lesson's address: the built-in, from its start, as a walkthrough (a link a teacher can hand out). */
export function lessonHref(id: string): string {
  return `#${formatHash({ ...NO_ADDRESS, example: id, mode: 'walkthrough' })}`;
}

/** The course page: the built-ins in order, with their stories; each opens as a walkthrough. */
export function CourseDialog() {
  const open = useApp(selectOpen);
  const dialog = useModal(open);

  const close = () => appStore.getState().setCourseOpen(false);
  return (
    <dialog ref={dialog} className="course" aria-labelledby="course-title" onClose={close}>
      <h2 id="course-title">Course: mapping device memory, from the first touch to the isolation failures</h2>
      <ol className="course-parts">
        {COURSE.map((part) => (
          <li key={part.title}>
            <h3>{part.title}</h3>
            <p>{part.story}</p>
            <ol className="course-lessons">
              {part.lessons.map((l) => (
                <li key={l.id}>
                  <a href={lessonHref(l.id)} onClick={close} data-lesson={l.id}>
                    {findBuiltin(l.id)?.title ?? l.id}
                  </a>{' '}
                  <span className="muted">{l.point}</span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}

/** The top bar's way to the course. */
export function CourseButton() {
  return (
    <button type="button" onClick={() => appStore.getState().setCourseOpen(true)}>
      Course
    </button>
  );
}
