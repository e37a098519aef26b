import { useShallow } from 'zustand/react/shallow';

import { SPEEDS } from '../store/slices/playbackSlice.ts';
import { positionText, selectPlaybackBar, selectPosition } from '../store/selectors.ts';
import { appStore, useApp } from '../store/store.ts';
import { useCalmApp } from '../store/useCalmApp.ts';
import { Icon } from './Icon.tsx';
import { Scrubber } from './Scrubber.tsx';

function speedLabel(speed: number): string {
  return speed === Number.POSITIVE_INFINITY ? 'max' : `${speed}×`;
}

function Position() {
  const position = useCalmApp(useShallow(selectPosition));
  // As wide as the widest text this run can show, so the scrubber beside it keeps its width (and its
  // marks need no redraw) while the numbers change at every step.
  const widest = positionText({
    step: position.stepCount,
    stepCount: position.stepCount,
    event: 99,
    events: 99,
  });
  return (
    <output className="position" aria-live="off" style={{ minWidth: `${widest.length + 2}ch` }}>
      {positionText(position)}
    </output>
  );
}

/** Step, event, play and jump buttons, the speed, the scrubber and where we are. */
export function PlaybackBar() {
  const { atStart, atEnd, stepCount, playing, speed, ready } = useApp(useShallow(selectPlaybackBar));
  const a = appStore.getState();
  return (
    // The skip link's target (id), focusable only from there (tabIndex -1).
    <footer className="playback" id="playback" aria-label="Playback" tabIndex={-1}>
      <div className="playback-buttons">
        <button
          type="button"
          aria-label="Jump to start"
          title="Jump to start (Home)"
          disabled={!ready || atStart}
          onClick={a.jumpToStart}
        >
          <Icon name="start" />
        </button>
        <button
          type="button"
          aria-label="Step back"
          title="Step back (Left)"
          disabled={!ready || atStart}
          onClick={a.stepBack}
        >
          <Icon name="back" />
        </button>
        <button
          type="button"
          aria-label="Event back"
          title="Event back (Shift+Left)"
          disabled={!ready || atStart}
          onClick={a.eventBack}
        >
          <Icon name="event-back" />
        </button>
        <button
          type="button"
          className="play"
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
          disabled={!ready || stepCount === 0}
          onClick={a.togglePlay}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          aria-label="Event forward"
          title="Event forward (Shift+Right)"
          disabled={!ready || atEnd}
          onClick={a.eventForward}
        >
          <Icon name="event-forward" />
        </button>
        <button
          type="button"
          aria-label="Step forward"
          title="Step forward (Right)"
          disabled={!ready || atEnd}
          onClick={a.stepForward}
        >
          <Icon name="forward" />
        </button>
        <button
          type="button"
          aria-label="Jump to end"
          title="Jump to end (End)"
          disabled={!ready || atEnd}
          onClick={a.jumpToEnd}
        >
          <Icon name="end" />
        </button>
      </div>
      <label className="speed">
        Speed{' '}
        <select value={String(speed)} onChange={(e) => a.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {speedLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <Scrubber />
      <Position />
    </footer>
  );
}
