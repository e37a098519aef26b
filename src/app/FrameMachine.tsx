import { useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { selectMotion, shownPicture } from '../store/selectors.ts';
import { useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { MachineView } from '../views/MachineView.tsx';
import type { FitRange } from '../views/useFitScale.ts';
import type { Frame } from '../worker/protocol.ts';

const selectPlaying = (s: AppState) => s.playing;

interface FrameMachineProps {
  /** The pane's landmark name. */
  label: string;
  frame: Frame | null;
  /** How many of the frame's events have happened. */
  shown: number;
  fit?: FitRange;
  busy: boolean;
  /** What the pane says while it has no frame to draw (running, or why it failed). */
  children?: ReactNode;
}

/**
 * A machine pane: the frame's picture after `shown` of its events, drawn with the page's motion
 * settings and held while playing. The main drawing and the compared one differ only in which frame
 * and how many events.
 */
export function FrameMachine({ label, frame, shown, fit, busy, children }: FrameMachineProps) {
  const { reducedMotion, speed } = useApp(useShallow(selectMotion));
  const playing = useApp(selectPlaying);
  const picture = useMemo(() => (frame ? shownPicture(frame, shown) : null), [frame, shown]);
  if (!frame || !picture)
    return (
      <section className="machine-pane" aria-label={label} aria-busy={busy}>
        {children}
      </section>
    );
  return (
    <section className="machine-pane" aria-label={label}>
      <MachineView
        picture={picture}
        events={frame.events}
        eventIndex={shown}
        step={frame.step}
        reducedMotion={reducedMotion}
        speed={speed}
        fit={fit}
        hold={playing}
      />
    </section>
  );
}
