import { useShallow } from 'zustand/react/shallow';

import { useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import type { FitRange } from '../views/useFitScale.ts';
import { ComparedMachine } from './ComparedMachine.tsx';
import { CurrentDifference } from './CurrentDifference.tsx';
import { DifferenceList } from './DifferenceList.tsx';
import { MachinePane } from './MachinePane.tsx';
import './compare.css';

/** Each half is half as wide as a lone drawing: it may shrink further before it scrolls. */
export const HALF_FIT: FitRange = { min: 0.4, max: 1 };

const selectHeads = (s: AppState) => ({
  kernel: s.kernel,
  override: s.kernelOverride !== null,
  compare: s.compare,
});

/**
 * Side by side: the scenario under its own kernel (or the override) and under the compared kernel, stepped
 * together by the one playback, with what the step on screen did differently and the list of differing steps.
 */
export function ComparePane({ fit = HALF_FIT, list = true }: { fit?: FitRange; list?: boolean }) {
  const { kernel, override, compare } = useApp(useShallow(selectHeads));
  return (
    <section className="compare-pane" aria-label="Side by side">
      <CurrentDifference />
      <div className="compare-machines">
        <div className="compare-side" data-kernel={kernel ?? ''}>
          <h2 className="compare-title">
            {kernel ?? '…'}{' '}
            <span className="muted">{override ? '(chosen kernel)' : "(the scenario's kernel)"}</span>
          </h2>
          <MachinePane fit={fit} />
        </div>
        <div className="compare-side" data-kernel={compare ?? ''}>
          <h2 className="compare-title">
            {compare} <span className="muted">(compared)</span>
          </h2>
          <ComparedMachine fit={fit} />
        </div>
      </div>
      {list && <DifferenceList />}
    </section>
  );
}
