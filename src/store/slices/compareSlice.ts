/**
 * The compared run of the side-by-side view: the same scenario under the kernel of `compare`, run in a
 * second worker (compareBridge.ts), its frame at the step on screen, and the steps whose outcomes differ
 * from the main run's. The main run stays in the scenario, playback and frame slices, untouched.
 */

import type { KernelName } from '../../sim/spec.ts';
import type { Frame, OutcomeTable } from '../../worker/protocol.ts';
import { compareTables, type Comparison } from '../differences.ts';
import type { SliceCreator } from '../types.ts';

export type CompareStatus = 'off' | 'loading' | 'ready' | 'error';

export interface CompareSlice {
  compareStatus: CompareStatus;
  /** The two kernels of the comparison: the main run's, then the compared one (null while off). */
  comparedKernels: { a: KernelName; b: KernelName } | null;
  compareFrame: Frame | null;
  compareError: string | null;
  /** The two runs' outcomes compared step by step; null until both tables are in. */
  comparison: Comparison | null;

  compareStarted(a: KernelName, b: KernelName): void;
  compareLoaded(): void;
  compareFrameArrived(frame: Frame): void;
  compareTablesArrived(a: OutcomeTable, b: OutcomeTable): void;
  compareFailed(message: string): void;
  compareStopped(): void;
}

export const createCompareSlice: SliceCreator<CompareSlice> = (set) => ({
  compareStatus: 'off',
  comparedKernels: null,
  compareFrame: null,
  compareError: null,
  comparison: null,

  compareStarted: (a, b) =>
    set({
      compareStatus: 'loading',
      comparedKernels: { a, b },
      compareError: null,
      comparison: null,
    }),
  compareLoaded: () => set({ compareStatus: 'ready' }),
  compareFrameArrived: (compareFrame) => set({ compareFrame }),
  compareTablesArrived: (a, b) => set({ comparison: compareTables(a, b) }),
  compareFailed: (compareError) => set({ compareStatus: 'error', compareError }),
  compareStopped: () =>
    set({
      compareStatus: 'off',
      comparedKernels: null,
      compareFrame: null,
      compareError: null,
      comparison: null,
    }),
});
