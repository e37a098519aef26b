/**
 * The compared run of the side-by-side view: the same scenario under the kernel of `compare`, run in a
 * second worker (compareBridge.ts), its frame at the step on screen, and the steps whose outcomes differ
 * from the main run's. The main run stays in the scenario, playback and frame slices, untouched.
 */

import type { KernelName } from '../sim/spec.ts';
import type { Frame, OutcomeTable } from '../worker/protocol.ts';
import { differenceMarks, stepDifferences, type StepDifference } from './differences.ts';
import type { SliceCreator } from './types.ts';

export type CompareStatus = 'off' | 'loading' | 'ready' | 'error';

export interface CompareSlice {
  compareStatus: CompareStatus;
  /** The two kernels of the comparison: the main run's, then the compared one (null while off). */
  comparedKernels: { a: KernelName; b: KernelName } | null;
  compareFrame: Frame | null;
  compareError: string | null;
  /** Null until both outcome tables are in. */
  differences: StepDifference[] | null;
  /** 1 per step that differs (the scrubber's lane). */
  differenceMarks: Uint8Array;

  compareStarted(a: KernelName, b: KernelName): void;
  compareLoaded(): void;
  compareFrameArrived(frame: Frame): void;
  compareTablesArrived(a: OutcomeTable, b: OutcomeTable): void;
  compareFailed(message: string): void;
  compareStopped(): void;
}

const none = new Uint8Array(0);

export const createCompareSlice: SliceCreator<CompareSlice> = (set, get) => ({
  compareStatus: 'off',
  comparedKernels: null,
  compareFrame: null,
  compareError: null,
  differences: null,
  differenceMarks: none,

  compareStarted: (a, b) =>
    set({
      compareStatus: 'loading',
      comparedKernels: { a, b },
      compareError: null,
      differences: null,
      differenceMarks: none,
    }),
  compareLoaded: () => set({ compareStatus: 'ready' }),
  compareFrameArrived: (compareFrame) => set({ compareFrame }),
  compareTablesArrived: (a, b) => {
    const differences = stepDifferences(a, b);
    set({ differences, differenceMarks: differenceMarks(get().stepCount, differences) });
  },
  compareFailed: (compareError) => set({ compareStatus: 'error', compareError }),
  compareStopped: () =>
    set({
      compareStatus: 'off',
      comparedKernels: null,
      compareFrame: null,
      compareError: null,
      differences: null,
      differenceMarks: none,
    }),
});
