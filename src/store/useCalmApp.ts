import { useCallback, useSyncExternalStore } from 'react';

import { racing } from './selectors.ts';
import { appStore, type AppStore } from './store.ts';
import type { AppState } from './types.ts';

/**
 * How often a calm reader hears of changes while playback races (max speed): 8 times a second, enough
 * to see the numbers move; nobody reads a number that changes 60 times a second anyway.
 */
export const CALM_MS = 125;

/**
 * Where in each beat of CALM_MS the words around the drawing take their turn: half a beat after the
 * TLB's, between the drawing's calm words (views/calm.ts), so no frame draws all of them at once.
 */
const CALM_PHASE = 1 / 2;

/**
 * Subscribes `onChange` to the store, calmed: while playback races it hears of changes at most once every
 * `ms`, at its turn in the beat (the last one always arrives), otherwise of each at once. Returns the
 * unsubscribe function.
 */
export function calmSubscribe(
  store: AppStore,
  onChange: () => void,
  ms = CALM_MS,
  now: () => number = () => performance.now(),
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = store.subscribe((s) => {
    if (!racing(s)) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      onChange();
    } else
      timer ??= setTimeout(
        () => {
          timer = null;
          onChange();
        },
        // To the next turn of this phase: at most a beat away.
        ms - ((((now() - CALM_PHASE * ms) % ms) + ms) % ms),
      );
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

/**
 * `useApp(selector)` for the words and controls around the drawing (where we are, the timeline, the
 * flying log): while playback races they follow it 8 times a second, so the frames that draw the
 * machine do not also lay out and paint text that changes on every step; any other time, and as soon as
 * playback stops racing, they follow every change. Object picks: wrap the selector in useShallow.
 */
export function useCalmApp<T>(selector: (s: AppState) => T): T {
  const subscribe = useCallback((onChange: () => void) => calmSubscribe(appStore, onChange), []);
  return useSyncExternalStore(subscribe, () => selector(appStore.getState()));
}
