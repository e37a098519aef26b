import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { binMarks, MARK_KINDS, markSummary } from '../store/marks.ts';
import { positionText, selectPosition } from '../store/selectors.ts';
import { appStore } from '../store/store.ts';
import { useCalmApp } from '../store/useCalmApp.ts';
import type { AppState } from '../store/types.ts';
import { DifferenceLane } from './compare/DifferenceLane.tsx';

const selectScrub = (s: AppState) => ({
  step: s.step,
  stepCount: s.stepCount,
  marks: s.marks,
  theme: s.theme,
});

/** One lane per kind of mark (fault, signal, violation, failed), so position tells them apart, not colour alone. */
function drawMarks(canvas: HTMLCanvasElement, marks: Uint8Array): void {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const g = canvas.getContext('2d');
  if (!g || width === 0) return;
  g.scale(ratio, ratio);
  g.clearRect(0, 0, width, height);
  const bins = binMarks(marks, Math.floor(width / 2));
  if (bins.length === 0) return;
  const style = getComputedStyle(canvas);
  const lane = height / MARK_KINDS.length;
  const w = Math.max(1.5, width / bins.length);
  MARK_KINDS.forEach((kind, k) => {
    g.fillStyle = style.getPropertyValue(`--mark-${kind.name}`) || '#000';
    bins.forEach((bits, i) => {
      // Step i + 1 sits at the thumb position i + 1 of 0..n.
      if (bits & kind.bit) g.fillRect(((i + 0.5) / bins.length) * width - w / 2, k * lane, w, lane - 1);
    });
  });
}

/** The timeline: a range over steps 0..n with the run's marks drawn behind it. */
export function Scrubber() {
  const { step, stepCount, marks, theme } = useCalmApp(useShallow(selectScrub));
  const position = useCalmApp(useShallow(selectPosition));
  const canvas = useRef<HTMLCanvasElement>(null);
  const summary = useMemo(() => markSummary(marks), [marks]);

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    drawMarks(c, marks);
    const observer = new ResizeObserver(() => drawMarks(c, marks));
    observer.observe(c);
    return () => observer.disconnect();
  }, [marks, theme]);

  return (
    <div className="scrubber">
      <canvas ref={canvas} className="scrubber-marks" role="img" aria-label={`Marks: ${summary}`} />
      <DifferenceLane />
      <input
        type="range"
        aria-label="Timeline"
        aria-valuetext={positionText(position)}
        min={0}
        max={stepCount}
        step={1}
        value={Math.min(step, stepCount)}
        disabled={stepCount === 0}
        onChange={(e) => appStore.getState().seek(Number(e.target.value))}
      />
    </div>
  );
}
