import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import type { KernelName } from '../../sim/spec.ts';
import { differenceSentence } from '../../store/differenceWords.ts';
import { stepDifferences, type StepDifference } from '../../store/differences.ts';
import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';

/** More than this many differing steps are listed in part: the scrubber's lane marks them all. */
export const LISTED_DIFFERENCES = 200;

const selectList = (s: AppState) => ({ comparison: s.comparison, kernels: s.comparedKernels });
const selectStep = (s: AppState) => s.step;

const Item = memo(function Item(props: {
  d: StepDifference;
  a: KernelName;
  b: KernelName;
  current: boolean;
}) {
  const { d, a, b, current } = props;
  return (
    <li data-step={d.step} aria-current={current ? 'step' : undefined}>
      <button type="button" onClick={() => appStore.getState().seek(d.step)}>
        {differenceSentence(d, a, b)}
      </button>
    </li>
  );
});

/** The steps whose outcomes differ, each said in words; a click goes to the step. */
export function DifferenceList() {
  const { comparison, kernels } = useApp(useShallow(selectList));
  const step = useApp(selectStep);
  // Only the listed steps get their outcomes decoded and their words made.
  const listed = useMemo(
    () => (comparison ? stepDifferences(comparison, LISTED_DIFFERENCES) : []),
    [comparison],
  );
  if (!kernels || !comparison) return null;
  const count = comparison.steps.length;
  return (
    <nav className="difference-list" aria-label="Steps that differ">
      <h2>
        {count === 0
          ? `No step differs between ${kernels.a} and ${kernels.b}`
          : `${count} ${count === 1 ? 'step differs' : 'steps differ'} between ${kernels.a} and ${kernels.b}`}
      </h2>
      {count > 0 && (
        <ol>
          {listed.map((d) => (
            <Item key={d.step} d={d} a={kernels.a} b={kernels.b} current={d.step === step} />
          ))}
        </ol>
      )}
      {count > listed.length && (
        <p className="muted">and {count - listed.length} more, marked on the timeline</p>
      )}
    </nav>
  );
}
