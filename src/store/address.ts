/**
 * Keeps the store and the address (`#example=ID&step=N&mode=M&compare=K`) in step. The address opens a built-in (the
 * default when it names none) and moves to a step; playback writes the step back with replaceState,
 * at most every ADDRESS_THROTTLE_MS, so the history gets no entry per step.
 */

import { formatHash, parseHash } from './hash.ts';
import { DEFAULT_EXAMPLE } from './scenarioSlice.ts';
import type { AppStore } from './store.ts';

export const ADDRESS_THROTTLE_MS = 250;

type Place = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** Follows the address now and on every hashchange; returns a function that stops both directions. */
export function connectAddress(store: AppStore, win: Place = window): () => void {
  const follow = () => {
    const a = parseHash(win.location.hash);
    const s = store.getState();
    if ((a.mode ?? 'explore') !== s.mode) s.setMode(a.mode ?? 'explore');
    if (a.compare !== s.compare) s.setCompare(a.compare);
    const example = a.example ?? DEFAULT_EXAMPLE;
    if (example !== s.builtinId || s.edited) s.openBuiltin(example, a.step ?? 0);
    else if (a.step !== null && a.step !== s.step) s.seek(a.step);
  };

  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const s = store.getState();
    // A scenario of the user's own (an opened file) is no built-in: the address stops naming one, so
    // picking that built-in again is a change of address and opens it.
    const hash =
      s.builtinId === null
        ? formatHash({ example: null, step: null, mode: s.mode, compare: s.compare })
        : formatHash({ example: s.builtinId, step: s.step, mode: s.mode, compare: s.compare });
    if (win.location.hash.replace(/^#/, '') !== hash)
      win.history.replaceState(win.history.state, '', `#${hash}`);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    // Until a run is there, the address still says what was asked for (an unknown id stays visible).
    const same =
      s.step === prev.step &&
      s.builtinId === prev.builtinId &&
      s.mode === prev.mode &&
      s.compare === prev.compare;
    if (s.runSeq === 0 || same) return;
    timer ??= setTimeout(write, ADDRESS_THROTTLE_MS);
  });

  follow();
  win.addEventListener('hashchange', follow);
  return () => {
    win.removeEventListener('hashchange', follow);
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

/** Opens a built-in through the address, so Back returns to the one before; the mode and compare stay. */
export function openExample(id: string, win: Pick<Window, 'location'> = window): void {
  const { mode, compare } = parseHash(win.location.hash);
  win.location.hash = formatHash({ example: id, step: null, mode, compare });
}
