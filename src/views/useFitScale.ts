import { useEffect, useRef, useState } from 'react';

/** Below this the text gets too small to read: the drawing scrolls instead. */
const MIN_SCALE = 0.72;

/**
 * The zoom that fits a drawing `width` wide into the element the ref goes on (never above 1, never below
 * MIN_SCALE), so the whole left-to-right path shows in a narrow panel and the rest scrolls.
 */
export function useFitScale<T extends HTMLElement>(width: number) {
  const ref = useRef<T>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const fit = () => setScale(Math.max(MIN_SCALE, Math.min(1, (el.clientWidth - 2) / width)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [width]);
  return [ref, scale] as const;
}
