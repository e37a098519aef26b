import { useShallow } from 'zustand/react/shallow';

import { differenceSentence } from '../../store/differenceWords.ts';
import { differenceAt } from '../../store/differences.ts';
import { useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';

const selectCurrent = (s: AppState) => ({
  step: s.step,
  kernels: s.comparedKernels,
  comparison: s.comparison,
  status: s.compareStatus,
});

/**
 * What the step on screen did differently under the two kernels, in words. Not a live region: the page's
 * one (StepAnnouncer) says the difference with the step, once the page settles on it.
 */
export function CurrentDifference() {
  const { step, kernels, comparison, status } = useApp(useShallow(selectCurrent));
  let text: string;
  let differs = false;
  if (!kernels || status === 'error') text = '';
  else if (!comparison) text = `Running the scenario under ${kernels.b}…`;
  else if (step === 0) text = `Before the first step: both machines as they boot.`;
  else {
    const d = differenceAt(comparison, step);
    differs = d !== undefined;
    text = d
      ? differenceSentence(d, kernels.a, kernels.b)
      : `step ${step}: ${kernels.a} and ${kernels.b} agree.`;
  }
  return (
    <p className="current-difference" data-differs={differs ? 'true' : 'false'}>
      {differs && <span aria-hidden="true">≠ </span>}
      {text}
    </p>
  );
}
