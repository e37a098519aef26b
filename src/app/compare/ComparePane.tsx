import { useLayoutEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { Legend } from '../../views/Legend.tsx';
import { ScrollLink, ScrollLinkContext } from '../../views/scrollLink.ts';
import { arrangeTwo, SIDE_BY_SIDE, type Legibility, type Size } from '../../views/zoom.ts';
import { ComparedMachine } from './ComparedMachine.tsx';
import { CurrentDifference } from './CurrentDifference.tsx';
import { DifferenceList } from './DifferenceList.tsx';
import { MachinePane } from '../MachinePane.tsx';
import './compare.css';

const selectHeads = (s: AppState) => ({
  kernel: s.kernel,
  override: s.kernelOverride !== null,
  compare: s.compare,
});

const NONE: Size = { width: 0, height: 0 };
/** About what each machine's title, kernel bar and zoom take above its drawing (CSS pixels). */
const CHROME = 110;

/**
 * The two drawings' box and sizes, and whether they are larger side by side or one above the other
 * (zoom.ts's arrangeTwo): a wide screen puts them side by side, a tall or narrow one stacks them.
 */
function useArrangement() {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<Size>(NONE);
  const [mine, setMine] = useState<Size>(NONE);
  const [theirs, setTheirs] = useState<Size>(NONE);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setBox((b) =>
        b.width === el.clientWidth && b.height === el.clientHeight
          ? b
          : { width: el.clientWidth, height: el.clientHeight },
      );
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // State setters are stable: each drawing tells its size straight into its own.
  return { ref, arrange: arrangeTwo(box, mine, theirs, CHROME), onMine: setMine, onTheirs: setTheirs };
}

/**
 * Side by side: the scenario under its own kernel (or the override) and under the compared kernel, stepped
 * together by the one playback, with what the step on screen did differently and the list of differing steps.
 */
export function ComparePane({
  legibility = SIDE_BY_SIDE,
  list = true,
}: {
  legibility?: Legibility;
  list?: boolean;
}) {
  const { kernel, override, compare } = useApp(useShallow(selectHeads));
  const { ref, arrange, onMine, onTheirs } = useArrangement();
  const [link] = useState(() => new ScrollLink());
  return (
    <ScrollLinkContext.Provider value={link}>
      <section className="compare-pane" aria-label="Side by side">
        <CurrentDifference />
        <div className="compare-machines" ref={ref} data-arrange={arrange}>
          <div className="compare-side" data-kernel={kernel ?? ''}>
            <h2 className="compare-title">
              {kernel ?? '…'}{' '}
              <span className="muted">{override ? '(chosen kernel)' : "(the scenario's kernel)"}</span>
            </h2>
            <MachinePane legibility={legibility} onSize={onMine} />
          </div>
          <div className="compare-side" data-kernel={compare ?? ''}>
            <h2 className="compare-title">
              {compare} <span className="muted">(compared)</span>
            </h2>
            <ComparedMachine legibility={legibility} onSize={onTheirs} />
          </div>
        </div>
        <Legend />
        {list && <DifferenceList />}
      </section>
    </ScrollLinkContext.Provider>
  );
}
