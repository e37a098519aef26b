import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { selectFrame, selectMotion, selectShownEventIndex, shownPicture } from '../store/selectors.ts';
import { useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { MachineView } from '../views/MachineView.tsx';
import type { FitRange } from '../views/useFitScale.ts';

const selectStatus = (s: AppState) => s.status;
const selectPlaying = (s: AppState) => s.playing;

/** The drawing of the frame on screen, after as many of its events as have happened. */
export function MachinePane({ fit }: { fit?: FitRange } = {}) {
  const frame = useApp(selectFrame);
  const eventIndex = useApp(selectShownEventIndex);
  const { reducedMotion, speed } = useApp(useShallow(selectMotion));
  const status = useApp(selectStatus);
  const playing = useApp(selectPlaying);
  const picture = useMemo(() => (frame ? shownPicture(frame, eventIndex) : null), [frame, eventIndex]);
  if (!frame || !picture)
    return (
      <section className="machine-pane" aria-label="Drawing" aria-busy={status === 'loading'}>
        {status === 'loading' && <p className="muted">Running the scenario…</p>}
      </section>
    );
  return (
    <section className="machine-pane" aria-label="Drawing">
      <MachineView
        picture={picture}
        events={frame.events}
        eventIndex={eventIndex}
        step={frame.step}
        reducedMotion={reducedMotion}
        speed={speed}
        fit={fit}
        hold={playing}
      />
    </section>
  );
}
