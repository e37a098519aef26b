import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { binMarks } from '../../store/marks.ts';
import { useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';

/** At most this many ticks: a long run's differing steps share them, as the scrubber's marks do. */
const MAX_TICKS = 400;

const selectLane = (s: AppState) => ({ comparison: s.comparison, kernels: s.comparedKernels });
const none = new Uint8Array(0);

/**
 * The scrubber's lane of differing steps: a diamond above the timeline at each step whose outcomes differ
 * between the two kernels (a shape of its own, so it is not told apart by colour alone).
 */
export function DifferenceLane() {
  const { comparison, kernels } = useApp(useShallow(selectLane));
  const marks = comparison?.bits ?? none;
  const ticks = useMemo(() => {
    const bins = binMarks(marks, Math.min(MAX_TICKS, marks.length));
    const out: number[] = [];
    // Bin i covers steps from i * n / bins + 1; a bin of one step sits exactly on its step.
    bins.forEach((bit, i) => {
      if (bit) out.push(((i + 1) * marks.length) / bins.length);
    });
    return out;
  }, [marks]);
  if (!kernels || !comparison) return null;
  const n = marks.length;
  const count = comparison.steps.length;
  const listed = [...comparison.steps.subarray(0, 40)];
  const label =
    count === 0
      ? `No step differs between ${kernels.a} and ${kernels.b}`
      : `Steps that differ between ${kernels.a} and ${kernels.b}: ${listed.join(', ')}${
          count > listed.length ? ` and ${count - listed.length} more` : ''
        }`;
  return (
    <div className="difference-lane" role="img" aria-label={label} data-count={count}>
      {ticks.map((at) => (
        <span key={at} className="difference-tick" style={{ left: `${(at / Math.max(1, n)) * 100}%` }} />
      ))}
    </div>
  );
}
