import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';

import { anchoredScroll, fitScale, shownScale, STEP, zoomBy, type Legibility, type Size } from './zoom.ts';

export interface Zoom {
  /**
   * Whether the box has been measured. Until it is, the fit is unknown: the drawing waits for it rather
   * than be drawn once at scale 1 and again at the fit (see MachineView).
   */
  measured: boolean;
  /** The zoom drawn now. */
  scale: number;
  /** The zoom that fits the box (within the legibility floor); `scale` is it times the reader's factor. */
  fit: number;
  /** The reader's own zoom on top of the fit: 1 is "fit". */
  factor: number;
  zoomIn(): void;
  zoomOut(): void;
  /** Back to the fit. */
  reset(): void;
}

/** The box's middle: where a key or button zoom keeps the drawing still. */
function middle(el: HTMLElement) {
  return { x: el.clientWidth / 2, y: el.clientHeight / 2 };
}

/**
 * The drawing's zoom in its scroll box: the fit (zoom.ts), remeasured whenever the box or the drawing
 * changes size, times the reader's zoom: Ctrl or a trackpad pinch with the wheel, two fingers on a touch
 * screen, and the +, − and Fit controls (and keys). Zooming keeps the point under the pointer (or the
 * box's middle) where it was. Panning is the box's own scrolling, plus dragging with the mouse.
 */
export function useZoom(ref: RefObject<HTMLDivElement | null>, drawing: Size, legibility: Legibility): Zoom {
  const [box, setBox] = useState<Size | null>(null);
  const [factor, setFactor] = useState(1);
  const fit = fitScale(box ?? { width: 0, height: 0 }, drawing, legibility);
  const scale = shownScale(fit, factor);
  // A zoom the reader made, to anchor once the new scale is drawn: the point and the scale it left.
  const anchor = useRef<{ x: number; y: number; from: number } | null>(null);
  // What the listeners (set up once) read: the zoom as last drawn.
  const live = useRef({ fit, factor, scale });
  useLayoutEffect(() => {
    live.current = { fit, factor, scale };
  }, [fit, factor, scale]);

  // The box as last drawn: null until the first measure has been rendered.
  const drawnBox = useRef(box);
  useLayoutEffect(() => {
    drawnBox.current = box;
  }, [box]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const next = { width: el.clientWidth - 2, height: el.clientHeight - 2 };
      const update = () =>
        setBox((b) => (b && b.width === next.width && b.height === next.height ? b : next));
      // The first measure mounts the drawing (`measured`): as a transition, React renders it in slices of
      // a few milliseconds instead of one task (50 ms and more for a first drawing on a busy machine,
      // while the page loads). The drawing is committed whole all the same. Later measures refit at once.
      if (drawnBox.current === null) startTransition(update);
      else update();
    };
    // The first measure comes with the next frame's own layout: taken here, it laid the whole page out
    // in the task that rendered it, a third of that task. A hidden page paints no frames: at once then.
    const first = document.visibilityState === 'hidden' ? (measure(), null) : requestAnimationFrame(measure);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      if (first !== null) cancelAnimationFrame(first);
      observer?.disconnect();
    };
  }, [ref]);

  useLayoutEffect(() => {
    const el = ref.current;
    const a = anchor.current;
    if (!el || !a) return;
    anchor.current = null;
    const to = anchoredScroll(a, { left: el.scrollLeft, top: el.scrollTop }, a.from, scale);
    el.scrollLeft = to.left;
    el.scrollTop = to.top;
  }, [ref, scale]);

  const zoomAt = useCallback(
    (by: number, at?: { x: number; y: number }) => {
      const el = ref.current;
      if (!el) return;
      const { fit: f, factor: k, scale: s } = live.current;
      const next = zoomBy(f, k, by);
      if (next === k) return;
      anchor.current = { ...(at ?? middle(el)), from: s };
      setFactor(next);
    },
    [ref],
  );

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const point = (e: { clientX: number; clientY: number }) => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    // Ctrl + wheel (and a trackpad's pinch, which the browser sends as one): zoom here, not the page.
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      zoomAt(Math.exp(-e.deltaY * 0.0025), point(e));
    };
    // Two fingers pinch; the mouse drags the drawing about (touch pans by the box's own scrolling).
    const touches = new Map<number, { x: number; y: number }>();
    let pinch: number | null = null;
    let drag: { x: number; y: number; left: number; top: number } | null = null;
    const spread = () => {
      const [a, b] = [...touches.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : null;
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType === 'touch') {
        touches.set(e.pointerId, point(e));
        pinch = spread();
      } else if (e.pointerType === 'mouse' && e.button === 0 && !(e.target as Element).closest('button')) {
        drag = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop };
      }
    };
    const onMove = (e: PointerEvent) => {
      if (drag && e.pointerType === 'mouse') {
        el.scrollLeft = drag.left - (e.clientX - drag.x);
        el.scrollTop = drag.top - (e.clientY - drag.y);
        el.dataset.dragging = '';
        return;
      }
      if (!touches.has(e.pointerId)) return;
      touches.set(e.pointerId, point(e));
      const now = spread();
      if (pinch !== null && now !== null && pinch > 0) {
        const [a, b] = [...touches.values()];
        zoomAt(now / pinch, { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 });
        pinch = now;
      }
    };
    const onUp = (e: PointerEvent) => {
      touches.delete(e.pointerId);
      pinch = spread();
      drag = null;
      delete el.dataset.dragging;
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [ref, zoomAt]);

  return {
    measured: box !== null,
    scale,
    fit,
    factor,
    zoomIn: useCallback(() => zoomAt(STEP), [zoomAt]),
    zoomOut: useCallback(() => zoomAt(1 / STEP), [zoomAt]),
    reset: useCallback(() => {
      const el = ref.current;
      if (el) anchor.current = { ...middle(el), from: live.current.scale };
      setFactor(1);
    }, [ref]),
  };
}
