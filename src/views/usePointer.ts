import { useSyncExternalStore } from 'react';

const COARSE = '(pointer: coarse)';

/**
 * The query, made once: React reads the snapshot on every render of the drawing (60 a second at max
 * speed), and each matchMedia call parses the query and makes a new list. Its `matches` stays current.
 */
let query: MediaQueryList | null | undefined;
const coarseQuery = () => (query ??= typeof matchMedia === 'undefined' ? null : matchMedia(COARSE));

function subscribe(change: () => void): () => void {
  const q = coarseQuery();
  if (!q) return () => {};
  q.addEventListener('change', change);
  return () => q.removeEventListener('change', change);
}

const coarse = () => coarseQuery()?.matches ?? false;

/** Whether the page is used with a finger (a touch screen): its targets must be 44 px. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, coarse, () => false);
}
