import { useEffect, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';

/** The part of the drawing (in drawing units, top to bottom) worth drawing now. */
export interface ShownRange {
  top: number;
  bottom: number;
}

/** The range, held by the drawing: it reads the range before its layout (which leaves rows out of it). */
export type ShownRangeState = [ShownRange | null, Dispatch<SetStateAction<ShownRange | null>>];

/** The state useShownRange keeps the range in. */
export const useShownRangeState = (): ShownRangeState => useState<ShownRange | null>(null);

/** The least a stopped range grows by per frame (drawing units), so a box of no height still ends it. */
const MIN_GROWTH = 400;

/**
 * While `active`, the drawing's rows that the scroll box shows (give or take one box height); after that,
 * a range growing to the whole drawing over a few frames, then null (draw everything). At max speed a
 * step is drawn on nearly every frame and most rows of a big machine sit out of sight, yet their bands,
 * tables and arrows cost the browser layout and paint on every step that touches them: the drawing
 * leaves them out until playback stops. The range is kept per scroll position, so the rows move in as
 * the reader scrolls.
 */
export function useShownRange(
  box: RefObject<HTMLElement | null>,
  scale: number,
  active: boolean,
  /** The drawing's height (drawing units): a range reaching past both ends is no range. */
  height: number,
  [range, setRange]: ShownRangeState,
): ShownRange | null {
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
  }, [box, scale, active, setRange]);
  // Stopped: the rows left out come back a screen above and below per animation frame, not all at once
  // (drawing every row of a big machine with its words in one go was a long task of 100 ms and more).
  useEffect(() => {
    const el = box.current;
    if (active || !range || !el) return;
    const frame = requestAnimationFrame(() => {
      const more = Math.max(el.clientHeight / scale, MIN_GROWTH);
      const next = { top: range.top - more, bottom: range.bottom + more };
      setRange(next.top <= 0 && next.bottom >= height ? null : next);
    });
    return () => cancelAnimationFrame(frame);
  }, [box, scale, active, range, height, setRange]);
  return range;
}
