/**
 * The app's address: `#example=ID` or `#s=1.<payload>` (a scenario text, see src/share/link.ts), then
 * `step=N` (steps done, as `data-step`), `event=E` (events of that step shown, when not all of them),
 * `kernel=K` (the kernel override), `theme=T`, `mode=M` and `compare=K`. Parsing is forgiving: a bad
 * value is left out, and parameters this file does not know are ignored (a newer pagerlab may add some).
 */

import type { KernelName } from '../sim/spec.ts';
import { isKernel, isMode, type Mode } from './slices/classroomSlice.ts';
import type { Theme } from './slices/viewSlice.ts';

export interface AppAddress {
  example: string | null;
  /** A scenario text carried in the link, still encoded; when present it wins over `example`. */
  s: string | null;
  step: number | null;
  /** How many of the step's events are shown; null: all of them (the step's end). */
  event: number | null;
  /** The kernel override; null runs the scenario's own kernel. */
  kernel: KernelName | null;
  /** Written only when chosen, so a link does not impose its sender's system preference (address.ts). */
  theme: Theme | null;
  /** null: explore, the default. */
  mode: Mode | null;
  compare: KernelName | null;
}

/** The address of nothing: every part at its default (spread it and set what a link names). */
export const NO_ADDRESS: AppAddress = {
  example: null,
  s: null,
  step: null,
  event: null,
  kernel: null,
  theme: null,
  mode: null,
  compare: null,
};

const count = (text: string | null): number | null =>
  text !== null && /^\d{1,9}$/.test(text) ? Number(text) : null;

/** Reads the address (with or without the `#`). */
export function parseHash(hash: string): AppAddress {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const example = params.get('example');
  const s = params.get('s');
  const mode = params.get('mode') ?? '';
  const compare = params.get('compare') ?? '';
  const kernel = params.get('kernel') ?? '';
  const theme = params.get('theme');
  return {
    example: example === null || example === '' ? null : example,
    s: s === null || s === '' ? null : s,
    step: count(params.get('step')),
    event: count(params.get('event')),
    kernel: isKernel(kernel) ? kernel : null,
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    mode: isMode(mode) && mode !== 'explore' ? mode : null,
    compare: isKernel(compare) ? compare : null,
  };
}

/** The address without its `#`; step 0, all events and the explore mode are left out, as the defaults. */
export function formatHash(a: AppAddress): string {
  const params = new URLSearchParams();
  if (a.s !== null) params.set('s', a.s);
  else if (a.example !== null) params.set('example', a.example);
  if (a.step !== null && a.step > 0) params.set('step', String(a.step));
  if (a.event !== null && a.step !== null && a.step > 0) params.set('event', String(a.event));
  if (a.kernel !== null) params.set('kernel', a.kernel);
  if (a.theme !== null) params.set('theme', a.theme);
  if (a.mode !== null && a.mode !== 'explore') params.set('mode', a.mode);
  if (a.compare !== null) params.set('compare', a.compare);
  return params.toString();
}
