import { linkProblemText } from '../share/linkProblem.ts';
import type { Alert } from '../store/slices/scenarioSlice.ts';

/** A link that did not open as sent: what is wrong, what the editor holds now, and that drafts are safe. */
export function LinkAlert({ alert }: { alert: Extract<Alert, { kind: 'link' }> }) {
  const { problem, errors, inEditor } = alert;
  const whole = problem.kind === 'invalid';
  return (
    <>
      <p>
        {linkProblemText(problem)}{' '}
        {inEditor &&
          (whole
            ? 'Its text is in the editor, with the errors:'
            : `The text that could be recovered is in the editor${errors.length > 0 ? ', with its errors:' : '.'}`)}
        {!inEditor && 'Nothing could be recovered from it.'}
      </p>
      {errors.length > 0 && (
        <ul>
          {errors.map((e, i) => (
            <li key={i}>
              line {e.line}, column {e.col}: {e.message}
            </li>
          ))}
        </ul>
      )}
      <p>Your own drafts are kept: reopen them from Recent.</p>
    </>
  );
}
