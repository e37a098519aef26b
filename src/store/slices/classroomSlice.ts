/**
 * The classroom slice: which way the lab is being used (explore freely, a narrated walkthrough, a
 * predict-the-outcome quiz, the presenter's view) and the kernel shown side by side, if any. Both come
 * from the address (`mode=predict`, `compare=netbsd`), so a teacher can hand them out as links.
 */

import { KERNELS, type KernelName } from '../../sim/spec.ts';
import type { SliceCreator } from '../types.ts';

export const MODES = ['explore', 'walkthrough', 'predict', 'present'] as const;
export type Mode = (typeof MODES)[number];

export function isMode(text: string): text is Mode {
  return (MODES as readonly string[]).includes(text);
}

export function isKernel(text: string): text is KernelName {
  return (KERNELS as readonly string[]).includes(text);
}

export interface ClassroomSlice {
  mode: Mode;
  /** The second kernel of the side-by-side view; null shows one machine. */
  compare: KernelName | null;
  setMode(mode: Mode): void;
  setCompare(kernel: KernelName | null): void;
}

export const createClassroomSlice: SliceCreator<ClassroomSlice> = (set) => ({
  mode: 'explore',
  compare: null,
  setMode: (mode) => set({ mode }),
  setCompare: (compare) => set({ compare }),
});
