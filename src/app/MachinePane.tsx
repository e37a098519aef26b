import { selectFrame, selectShownEventIndex } from '../store/selectors.ts';
import { useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import type { Legibility, Size } from '../views/zoom.ts';
import { FrameMachine } from './FrameMachine.tsx';

const selectStatus = (s: AppState) => s.status;

/** The drawing of the frame on screen, after as many of its events as have happened. */
export function MachinePane({
  legibility,
  onSize,
}: { legibility?: Legibility; onSize?: (size: Size) => void } = {}) {
  const frame = useApp(selectFrame);
  const eventIndex = useApp(selectShownEventIndex);
  const status = useApp(selectStatus);
  return (
    <FrameMachine
      label="Drawing"
      frame={frame}
      shown={eventIndex}
      legibility={legibility}
      onSize={onSize}
      busy={status === 'loading'}
    >
      {status === 'loading' && <p className="muted">Running the scenario…</p>}
    </FrameMachine>
  );
}
