/**
 * The app's address: `#example=ID&step=N&mode=M&compare=K` (N = steps done, as `data-step`). Parsing is
 * forgiving: a bad step, mode or kernel is left out; parameters this file does not know are ignored here.
 */

import type { KernelName } from '../sim/spec.ts';
import { isKernel, isMode, type Mode } from './classroomSlice.ts';

export interface AppAddress {
  example: string | null;
  step: number | null;
  /** null: explore, the default. */
  mode: Mode | null;
  compare: KernelName | null;
}

/** Reads the address (with or without the `#`). */
export function parseHash(hash: string): AppAddress {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const example = params.get('example');
  const stepText = params.get('step');
  const step = stepText !== null && /^\d+$/.test(stepText) ? Number(stepText) : null;
  const mode = params.get('mode') ?? '';
  const compare = params.get('compare') ?? '';
  return {
    example: example === null || example === '' ? null : example,
    step,
    mode: isMode(mode) && mode !== 'explore' ? mode : null,
    compare: isKernel(compare) ? compare : null,
  };
}

/** The address without its `#`; step 0 and the explore mode are left out, as the defaults. */
export function formatHash(a: AppAddress): string {
  const params = new URLSearchParams();
  if (a.example !== null) params.set('example', a.example);
  if (a.step !== null && a.step > 0) params.set('step', String(a.step));
  if (a.mode !== null && a.mode !== 'explore') params.set('mode', a.mode);
  if (a.compare !== null) params.set('compare', a.compare);
  return params.toString();
}
