import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { sentence } from '../sim/sentence.ts';
import type { TraceEvent } from '../sim/events.ts';
import { selectFrame, selectShownEventIndex } from '../store/selectors.ts';
import { appStore, useApp } from '../store/store.ts';
import { useCalmApp } from '../store/useCalmApp.ts';
import type { AppState } from '../store/types.ts';
import { StepSummary } from './StepSummary.tsx';

const selectEpilogue = (s: AppState) => ({
  epilogue: s.epilogue,
  atEnd: s.stepCount > 0 && s.frame?.step === s.stepCount,
});

/** Scrolls the log so that `item` shows, touching only the log itself (not the page), and only when needed. */
function revealInLog(item: HTMLElement): void {
  const log = item.closest<HTMLElement>('.event-log');
  if (!log) return;
  const top = item.offsetTop;
  const bottom = top + item.offsetHeight;
  if (top < log.scrollTop) log.scrollTop = top;
  else if (bottom > log.scrollTop + log.clientHeight) log.scrollTop = bottom - log.clientHeight;
}

const selectFollow = (s: AppState) => !(s.playing && s.speed === Number.POSITIVE_INFINITY);

function EventItem({
  event,
  index,
  current,
  done,
}: {
  event: TraceEvent;
  index: number;
  current: boolean;
  done: boolean;
}) {
  const ref = useRef<HTMLLIElement>(null);
  // At max speed nobody reads the log as it flies by: following it would only cost layout each frame.
  const follow = useApp(selectFollow);
  useEffect(() => {
    if (current && follow && ref.current) revealInLog(ref.current);
  }, [current, follow]);
  return (
    <li
      ref={ref}
      className={`event event-${event.t}`}
      data-done={done ? 'true' : undefined}
      aria-current={current ? 'step' : undefined}
    >
      <button type="button" onClick={() => appStore.getState().jumpToEvent(index)}>
        {sentence(event)}
      </button>
    </li>
  );
}

/** The current step in words: its text, narration, outcome, expectations, and each event's sentence. */
export function EventLog() {
  const flying = !useApp(selectFollow);
  return flying ? <FlyingLog /> : <StepLog />;
}

const selectFlyingStep = (s: AppState) => s.frame?.step ?? 0;
/**
 * One formatter: toLocaleString builds a new one on every call, a cost on every max-speed frame. Made on
 * first use, not when the module loads: the first Intl formatter loads the locale's data, about 5 ms of
 * the page's first task, for words that only show once playback runs at max speed.
 */
let formatter: Intl.NumberFormat | null = null;
const thousands = (n: number) => (formatter ??= new Intl.NumberFormat('en')).format(n);

/**
 * At max speed a step's sentences would be replaced 60 times a second: nobody can read them, and laying
 * them out is a good part of each frame's work. The log says where playback is and waits for a pause.
 */
function FlyingLog() {
  const step = useCalmApp(selectFlyingStep);
  return (
    <section className="event-log" aria-label="Event log" data-flying="true">
      <p className="muted">
        Playing at max speed, step {thousands(step)}: the events of a step show here when playback pauses or
        slows.
      </p>
    </section>
  );
}

function StepLog() {
  const frame = useApp(selectFrame);
  const shown = useApp(selectShownEventIndex);
  const { epilogue, atEnd } = useApp(useShallow(selectEpilogue));
  return (
    <section className="event-log" aria-label="Event log">
      {frame === null || frame.row === null ? (
        <p className="muted">
          {frame === null ? 'No step yet.' : 'Before the first step: the machine as it boots.'}
        </p>
      ) : (
        <>
          <StepSummary step={frame.step} row={frame.row} />
          <ol className="events">
            {frame.events.map((e, i) => (
              <EventItem key={i} event={e} index={i} current={i === shown - 1} done={i < shown} />
            ))}
          </ol>
        </>
      )}
      {atEnd && epilogue !== null && <p className="narration">{epilogue}</p>}
    </section>
  );
}
