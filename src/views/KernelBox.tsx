import { memo } from 'react';

import { sentence } from '../sim/sentence.ts';
import type { StepFocus } from './eventFocus.ts';

/** The kernel's words when the step made no call of its own: its system call's answer, or why none. */
function noCall(focus: StepFocus) {
  const sc = focus.syscall;
  if (sc)
    return (
      <>
        <span className="kernel-label">kernel</span> <code>{sc.name}()</code>{' '}
        <span className="muted">(system call by {sc.proc})</span>
        <span className="kernel-detail">
          {' '}
          {sc.result === null ? '' : sc.result === 'ok' ? 'returned ok' : `refused: ${sc.result}`}
        </span>
      </>
    );
  return <span className="muted">kernel: no call in this step so far</span>;
}

/**
 * The kernel call of the step, named with its real API (opened by a fault, kept until the step ends), or
 * the system call when it was refused before any driver was asked; under it, the event on screen now in
 * words (the drawing's marks carry no words of their own).
 */
export const KernelBox = memo(function KernelBox({ focus, still }: { focus: StepFocus; still: boolean }) {
  const call = focus.call;
  const handler = focus.handler;
  const fresh = focus.current?.t === 'fault' || focus.current?.t === 'call';
  const className = [
    'kernel-box',
    call || focus.syscall ? 'open' : 'idle',
    fresh && !still ? 'fx-warm' : '',
    fresh && still ? 'highlight' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} data-kernel-call={call?.api ?? ''} data-handler={handler?.api ?? ''}>
      <p className="kernel-line">
        {call ? (
          <>
            <span className="kernel-label">kernel</span>{' '}
            {handler && handler.api !== call.api ? (
              <>
                <code>{handler.api}</code> <span className="muted">({handler.who})</span> ›{' '}
              </>
            ) : null}
            <code>{call.api}</code> <span className="muted">({call.who})</span>
            <span className="kernel-detail">
              {' '}
              {call.returned !== null ? `returned ${call.returned}` : call.detail}
            </span>
          </>
        ) : (
          noCall(focus)
        )}
      </p>
      <p className="event-now" data-event-now={focus.current?.t ?? ''}>
        {focus.current ? (
          <>
            <span className="muted">event {focus.index + 1}:</span> {sentence(focus.current)}
          </>
        ) : (
          <span className="muted">before the step&apos;s first event</span>
        )}
      </p>
    </div>
  );
});
