import { useEffect } from 'react';

import { ownedByFocus } from './keys.ts';

/**
 * The presenter's own keys, beside the playback keys of useKeyboard (PageDown and PageUp among them):
 * F toggles fullscreen, as in slide software, and Escape leaves it (the browser usually does that itself
 * before the page hears the key; this covers the browsers that pass it on).
 */
export function usePresenterKeys(fullscreen: { on: boolean; toggle: () => void }): void {
  const { on, toggle } = fullscreen;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || ownedByFocus(e.target, e.key)) return;
      if (e.key === 'f' || e.key === 'F') {
        e.preventDefault();
        toggle();
      } else if (e.key === 'Escape' && on) {
        e.preventDefault();
        toggle();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [on, toggle]);
}
