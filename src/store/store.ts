/**
 * The app's one zustand store, built from its slices. `createAppStore` makes a fresh one (tests, and the
 * page once); components read the page's store through `useApp` with selectors from selectors.ts.
 */

import { useStore } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';

import { createClassroomSlice } from './slices/classroomSlice.ts';
import { createExportSlice } from './slices/exportSlice.ts';
import { createCompareSlice } from './slices/compareSlice.ts';
import { createFrameSlice } from './slices/frameSlice.ts';
import { createLessonSlice } from './slices/lessonSlice.ts';
import { createPlaybackSlice } from './slices/playbackSlice.ts';
import { createScenarioSlice } from './slices/scenarioSlice.ts';
import { createSearchSlice } from './slices/searchSlice.ts';
import type { AppState } from './types.ts';
import { createViewSlice, type Theme } from './slices/viewSlice.ts';

/**
 * The store's `subscribe` also takes a selector and an equality (zustand's subscribeWithSelector): an
 * effect names what it follows, compared once with `shallow`, instead of comparing fields by hand.
 */
export type AppStore = StoreApi<AppState> & { subscribe: SubscribeSelected<AppState> };

/**
 * subscribeWithSelector's own `subscribe`, written out: its type arrives by module augmentation, which the
 * runner's and the tests' module resolution does not see.
 */
type SubscribeSelected<T> = <U>(
  selector: (state: T) => U,
  listener: (selected: U, previous: U) => void,
  options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
) => () => void;

export function createAppStore(initial: { theme?: Theme; reducedMotion?: boolean } = {}): AppStore {
  const view = createViewSlice({
    theme: initial.theme ?? 'light',
    reducedMotion: initial.reducedMotion ?? false,
  });
  return createStore<AppState>()(
    subscribeWithSelector<AppState>((...a) => ({
      ...createScenarioSlice(...a),
      ...createPlaybackSlice(...a),
      ...createFrameSlice(...a),
      ...view(...a),
      ...createClassroomSlice(...a),
      ...createExportSlice(...a),
      ...createLessonSlice(...a),
      ...createCompareSlice(...a),
      ...createSearchSlice(...a),
    })),
  );
}

function prefers(query: string): boolean {
  return typeof matchMedia === 'function' && matchMedia(query).matches;
}

/** The page's store, starting from the reader's preferences. */
export const appStore: AppStore = createAppStore({
  theme: prefers('(prefers-color-scheme: dark)') ? 'dark' : 'light',
  reducedMotion: prefers('(prefers-reduced-motion: reduce)'),
});

/** Reads the page's store through a selector (wrap object picks in useShallow). */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
