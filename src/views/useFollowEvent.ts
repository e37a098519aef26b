import { useEffect, type RefObject } from 'react';

import { marksBounds, type Mark } from './eventMarks.ts';
import { followScroll } from './zoom.ts';

/**
 * When the drawing is larger than its box (a phone, the presenter's large type), the view follows the
 * event on screen, so the reader never has to hunt for it; a reader dragging the view is left alone.
 */
export function useFollowEvent(
  box: RefObject<HTMLElement | null>,
  { follow, marks, scale, still }: { follow: boolean; marks: readonly Mark[]; scale: number; still: boolean },
): void {
  useEffect(() => {
    const el = box.current;
    const target = follow ? marksBounds(marks) : null;
    if (!el || !target || el.dataset.dragging !== undefined) return;
    if (el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight) return;
    const view = { left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight };
    const to = followScroll(view, target, scale);
    if (to) el.scrollTo({ ...to, behavior: still ? 'auto' : 'smooth' });
  }, [box, follow, marks, scale, still]);
}
