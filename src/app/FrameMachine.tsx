import { useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { selectMotion, shownPicture } from '../store/selectors.ts';
import { useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { MachineView } from '../views/MachineView.tsx';
import type { Legibility, Size } from '../views/zoom.ts';
import type { Frame } from '../worker/protocol.ts';

const selectPlaying = (s: AppState) => s.playing;

interface FrameMachineProps {
  /** The pane's landmark name. */
  label: string;
  frame: Frame | null;
  /** How many of the frame's events have happened. */
  shown: number;
  legibility?: Legibility;
  busy: boolean;
  /** Told the drawing's own size when it changes (side by side arranges by it). */
  onSize?: (size: Size) => void;
  /** What the pane says while it has no frame to draw (running, or why it failed). */
  children?: ReactNode;
}

/**
 * A machine pane: the frame's picture after `shown` of its events, drawn with the page's motion
 * settings and held while playing. The main drawing and the compared one differ only in which frame
 * and how many events.
 */
export function FrameMachine({ label, frame, shown, legibility, busy, onSize, children }: FrameMachineProps) {
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
        before={frame.before}
        row={frame.row}
        events={frame.events}
        eventIndex={shown}
        step={frame.step}
        reducedMotion={reducedMotion}
        speed={speed}
        legibility={legibility}
        onSize={onSize}
        hold={playing}
      />
    </section>
  );
}
