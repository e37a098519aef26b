import type { StepFocus } from './eventFocus.ts';

/** The kernel call of the step, named with its real API: opened by a fault, kept until the step ends. */
export function KernelBox({ focus, still }: { focus: StepFocus; still: boolean }) {
  const call = focus.call;
  const handler = focus.handler;
  const fresh = focus.current?.t === 'fault' || focus.current?.t === 'call';
  const className = [
    'kernel-box',
    call ? 'open' : 'idle',
    fresh && !still ? 'fx-warm' : '',
    fresh && still ? 'highlight' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={className}
      data-kernel-call={call?.api ?? ''}
      data-handler={handler?.api ?? ''}
      aria-live="polite"
    >
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
        <span className="muted">kernel: no call yet in this step</span>
      )}
    </div>
  );
}
