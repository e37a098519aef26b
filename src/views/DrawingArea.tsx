import type { ReactNode, RefObject } from 'react';

import type { Zoom } from './useZoom.ts';
import { zoomKey } from './zoom.ts';

/** The drawing's scroll box: it pans, and zooms with + and − (0 fits). */
export function DrawingArea({
  box,
  zoom,
  children,
}: {
  box: RefObject<HTMLDivElement | null>;
  zoom: Zoom;
  children: ReactNode;
}) {
  return (
    <div
      className="machine-scroll"
      ref={box}
      tabIndex={0}
      role="group"
      aria-label="Drawing area: scroll or drag to pan, + and − to zoom, 0 to fit"
      onKeyDown={(e) => {
        const act = zoomKey(e);
        if (!act) return;
        e.preventDefault();
        (act === 'in' ? zoom.zoomIn : act === 'out' ? zoom.zoomOut : zoom.reset)();
      }}
    >
      {children}
    </div>
  );
}
