import { useEffect, useState, type RefObject } from 'react';

/** The part of the drawing (in drawing units, top to bottom) worth drawing now. */
export interface ShownRange {
  top: number;
  bottom: number;
}

/**
 * While `active`, the drawing's rows that the scroll box shows (give or take one box height); null (draw everything) otherwise. At max speed a step is drawn on nearly every frame and most
 * rows of a big machine sit out of sight, yet their bands, tables and arrows cost the browser layout and
 * paint on every step that touches them: the drawing leaves them out until playback stops. The range is
 * kept per scroll position, so the rows move in as the reader scrolls.
 */
export function useShownRange(
  box: RefObject<HTMLElement | null>,
  scale: number,
  active: boolean,
): ShownRange | null {
  const [range, setRange] = useState<ShownRange | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!active || !el) return;
    let frame: number | null = null;
    const measure = () => {
      frame = null;
      const view = el.clientHeight / scale;
      const top = el.scrollTop / scale;
      // Coarse steps, so small scrolls do not re-render the drawing: the view [top, top + view] always
      // lies in [from, from + 2 steps]. No more to spare: every row drawn costs each frame its layout and
      // paint, and a scroll brings new rows in on the next animation frame anyway.
      const step = Math.max(view, 1);
      const from = Math.floor(top / step) * step;
      setRange((r) =>
        r && r.top === from && r.bottom === from + 2 * step ? r : { top: from, bottom: from + 2 * step },
      );
    };
    const onScroll = () => {
      frame ??= requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [box, scale, active]);
  return active ? range : null;
}
