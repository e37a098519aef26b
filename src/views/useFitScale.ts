import { useEffect, useRef, useState } from 'react';

/** Below this the text gets too small to read: the drawing scrolls instead. */
const MIN_SCALE = 0.72;

/** How far a drawing may shrink or grow to fit: a side-by-side half shrinks more, a presenter grows. */
export interface FitRange {
  min: number;
  max: number;
  /** Fit the height too (the presenter's screen shows all of the drawing at once). */
  height?: boolean;
}

export const DEFAULT_FIT: FitRange = { min: MIN_SCALE, max: 1 };
/** An embed's frame cannot grow: the whole drawing shows, down to half size (the reader can open the app). */
export const EMBED_FIT: FitRange = { min: 0.5, max: 1, height: true };

/**
 * The zoom that fits a drawing `width` wide (and `height` high, when the range says so) into the element
 * the ref goes on, kept within the range, so the whole left-to-right path shows in a narrow panel and the
 * rest scrolls.
 */
export function useFitScale<T extends HTMLElement>(width: number, height = 0, fit: FitRange = DEFAULT_FIT) {
  const ref = useRef<T>(null);
  const [scale, setScale] = useState(1);
  const { min, max } = fit;
  const tall = fit.height === true ? height : 0;
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const across = (el.clientWidth - 2) / width;
      const down = tall > 0 ? (el.clientHeight - 2) / tall : Infinity;
      setScale(Math.max(min, Math.min(max, across, down)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [width, tall, min, max]);
  return [ref, scale] as const;
}
