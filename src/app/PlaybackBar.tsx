import { useShallow } from 'zustand/react/shallow';

import { SPEEDS } from '../store/slices/playbackSlice.ts';
import { positionText, selectPlaybackBar, selectPosition } from '../store/selectors.ts';
import { appStore, useApp } from '../store/store.ts';
import { useCalmApp } from '../store/useCalmApp.ts';
import { Icon, type IconName } from './Icon.tsx';
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

type Actions = ReturnType<typeof appStore.getState>;

/** The step and jump buttons, in the bar's order: three go back (off at the start), three forward. */
const MOVES: ReadonlyArray<{ label: string; key: string; icon: IconName; act: (a: Actions) => void }> = [
  { label: 'Jump to start', key: 'Home', icon: 'start', act: (a) => a.jumpToStart() },
  { label: 'Step back', key: 'Left', icon: 'back', act: (a) => a.stepBack() },
  { label: 'Event back', key: 'Shift+Left', icon: 'event-back', act: (a) => a.eventBack() },
  { label: 'Event forward', key: 'Shift+Right', icon: 'event-forward', act: (a) => a.eventForward() },
  { label: 'Step forward', key: 'Right', icon: 'forward', act: (a) => a.stepForward() },
  { label: 'Jump to end', key: 'End', icon: 'end', act: (a) => a.jumpToEnd() },
];

function MoveButton({ move, disabled }: { move: (typeof MOVES)[number]; disabled: boolean }) {
  return (
    <button
      type="button"
      aria-label={move.label}
      title={`${move.label} (${move.key})`}
      disabled={disabled}
      onClick={() => move.act(appStore.getState())}
    >
      <Icon name={move.icon} />
    </button>
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
        {MOVES.slice(0, 3).map((m) => (
          <MoveButton key={m.label} move={m} disabled={!ready || atStart} />
        ))}
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
        {MOVES.slice(3).map((m) => (
          <MoveButton key={m.label} move={m} disabled={!ready || atEnd} />
        ))}
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
