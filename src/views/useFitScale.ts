import { useEffect, useRef, useState } from 'react';

/** Below this the text gets too small to read: the drawing scrolls instead. */
const MIN_SCALE = 0.72;
/** An embed shows the whole drawing down to this; its reader can open the full app to read closer. */
const MIN_CONTAIN_SCALE = 0.5;

/**
 * The zoom that fits a drawing `width` wide into the element the ref goes on (never above 1, never below
 * MIN_SCALE), so the whole left-to-right path shows in a narrow panel and the rest scrolls. Given its
 * `height` too (an embed, whose frame cannot grow), it fits both ways, down to MIN_CONTAIN_SCALE.
 */
export function useFitScale<T extends HTMLElement>(width: number, height: number | null = null) {
  const ref = useRef<T>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const fit = () => {
      const across = (el.clientWidth - 2) / width;
      if (height === null) setScale(Math.max(MIN_SCALE, Math.min(1, across)));
      else setScale(Math.max(MIN_CONTAIN_SCALE, Math.min(1, across, (el.clientHeight - 2) / height)));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [width, height]);
  return [ref, scale] as const;
}
