import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** One parameter of the address's hash (`#example=ID&step=N`), kept current as the hash changes. */
export function useHashParam(name: string): string | null {
  return useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.hash.slice(1)).get(name));
}
