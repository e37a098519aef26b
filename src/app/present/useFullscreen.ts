import { useCallback, useEffect, useState } from 'react';

/** Whether the page is fullscreen, and a toggle (the Fullscreen API; a refusal leaves the page as it was). */
export function useFullscreen(): { on: boolean; available: boolean; toggle: () => void } {
  const [on, setOn] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const follow = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  const toggle = useCallback(() => {
    // A refusal (no user gesture, an iframe without allowfullscreen) changes nothing: nothing to report.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen().catch(() => {});
  }, []);
  return { on, available: document.fullscreenEnabled, toggle };
}
