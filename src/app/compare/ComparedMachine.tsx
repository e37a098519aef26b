import { useShallow } from 'zustand/react/shallow';

import { eventCount } from '../../store/slices/playbackSlice.ts';
import { useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import type { Legibility, Size } from '../../views/zoom.ts';
import { FrameMachine } from '../FrameMachine.tsx';

const selectCompared = (s: AppState) => ({
  frame: s.compareFrame,
  status: s.compareStatus,
  error: s.compareError,
});

/**
 * How many of the compared step's events to show. The two kernels take different paths through a step,
 * so their events do not pair up: the compared machine moves event by event alongside the main one and
 * shows all of its step once the main one has shown all of its own.
 */
const selectShown = (s: AppState): number => {
  const f = s.compareFrame;
  if (!f) return 0;
  if (f.step !== s.step || s.eventIndex >= eventCount(s)) return f.events.length;
  return Math.min(s.eventIndex, f.events.length);
};

/** The machine of the compared run, at the step on screen. */
export function ComparedMachine({
  legibility,
  onSize,
}: {
  legibility?: Legibility;
  onSize?: (size: Size) => void;
}) {
  const { frame, status, error } = useApp(useShallow(selectCompared));
  const shown = useApp(selectShown);
  return (
    <FrameMachine
      label="Compared machine"
      frame={frame}
      shown={shown}
      legibility={legibility}
      onSize={onSize}
      follow={false}
      busy={status === 'loading'}
    >
      {status === 'loading' && <p className="muted">Running the scenario under the second kernel…</p>}
      {status === 'error' && <p className="bad">The compared run failed: {error}</p>}
    </FrameMachine>
  );
}
