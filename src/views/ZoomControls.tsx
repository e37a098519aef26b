import type { Zoom } from './useZoom.ts';

/**
 * Zoom out, the zoom as a percentage of the drawing's own size, zoom in, and fit. The keys (+, −, 0) work
 * when the drawing area has focus; Ctrl with the wheel, or a pinch, zooms where the pointer is.
 */
export function ZoomControls({ zoom }: { zoom: Zoom }) {
  const percent = Math.round(zoom.scale * 100);
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={zoom.zoomOut}>
        −
      </button>
      <output className="zoom-level" aria-label={`Zoom ${percent}%`}>
        {percent}%
      </output>
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={zoom.zoomIn}>
        +
      </button>
      <button
        type="button"
        aria-pressed={zoom.factor === 1}
        title="Fit the drawing to its pane (0)"
        onClick={zoom.reset}
      >
        Fit
      </button>
    </div>
  );
}
