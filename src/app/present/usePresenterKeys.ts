import { useEffect } from 'react';

import { ownedByFocus } from '../keys.ts';

/**
 * The presenter's own keys, beside the playback keys of useKeyboard (PageDown and PageUp among them):
 * F toggles fullscreen, as in slide software, and Escape leaves: fullscreen first, then the presenter
 * view. In fullscreen the browser usually takes the first Escape itself and the page never hears it; if
 * it passes the key on, this leaves fullscreen the same way, so only an Escape pressed outside fullscreen
 * leaves the view.
 */
export function usePresenterKeys(fullscreen: { on: boolean; toggle: () => void }, leave: () => void): void {
  const { on, toggle } = fullscreen;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || ownedByFocus(e.target, e.key)) return;
      if (e.key === 'f' || e.key === 'F') {
        e.preventDefault();
        toggle();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        if (document.fullscreenElement !== null) void document.exitFullscreen().catch(() => {});
        // Still `on`: the browser left fullscreen on this very key (its change not heard yet); that was all.
        else if (!on) leave();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [on, toggle, leave]);
}
