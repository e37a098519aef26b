import { useSyncExternalStore } from 'react';

const COARSE = '(pointer: coarse)';

function subscribe(change: () => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {};
  const query = matchMedia(COARSE);
  query.addEventListener('change', change);
  return () => query.removeEventListener('change', change);
}

const coarse = () => typeof matchMedia !== 'undefined' && matchMedia(COARSE).matches;

/** Whether the page is used with a finger (a touch screen): its targets must be 44 px. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, coarse, () => false);
}
