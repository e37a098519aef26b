/**
 * The app's address: `#example=ID&step=N` (N = steps done, as `data-step`). Parsing is forgiving: a bad
 * step is no step; other parameters are kept for later issues and ignored here.
 */

export interface AppAddress {
  example: string | null;
  step: number | null;
}

/** Reads `#example=ID&step=N` (with or without the `#`). */
export function parseHash(hash: string): AppAddress {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const example = params.get('example');
  const stepText = params.get('step');
  const step = stepText !== null && /^\d+$/.test(stepText) ? Number(stepText) : null;
  return { example: example === null || example === '' ? null : example, step };
}

/** `example=ID&step=N` (no `#`); step 0 is left out, as the address of the start. */
export function formatHash(a: AppAddress): string {
  const params = new URLSearchParams();
  if (a.example !== null) params.set('example', a.example);
  if (a.step !== null && a.step > 0) params.set('step', String(a.step));
  return params.toString();
}
