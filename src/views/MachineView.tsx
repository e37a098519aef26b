import { useContext, useEffect, useId, useRef, useState, type CSSProperties, type JSX } from 'react';

import { DrawingArea } from './DrawingArea.tsx';
import { KernelBox } from './KernelBox.tsx';
import { Legend } from './Legend.tsx';
import { MachineDrawing } from './MachineDrawing.tsx';
import { machineScene, SceneMemory } from './machineScene.ts';
import type { MachineViewProps } from './machineViewProps.ts';
import { FONT } from './metrics.ts';
import { ScrollLinkContext } from './scrollLink.ts';
import { HEAD, touchHead } from './tableLayout.ts';
import { useFollowEvent } from './useFollowEvent.ts';
import { useCoarsePointer } from './usePointer.ts';
import { useShownRange, useShownRangeState } from './useShownRange.ts';
import { useToggled } from './useToggled.ts';
import { useZoom } from './useZoom.ts';
import { ViolationList } from './ViolationList.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import { EXPLORE } from './zoom.ts';
import './machine.css';

export type { MachineViewProps } from './machineViewProps.ts';

/** The machine drawing: processes -> page tables and TLB -> physical memory -> devices, left to right. */
export function MachineView(props: MachineViewProps): JSX.Element {
  const { step, hold = false, onSize, follow = true } = props;
  const [memory] = useState(() => new SceneMemory());
  const [toggled, onToggle] = useToggled();
  const legibility = props.legibility ?? EXPLORE;
  // A finger needs a 44 px target: a table's head line (its toggle) is that tall at the smallest zoom.
  const head = useCoarsePointer() ? touchHead(legibility.minTextPx / FONT) : HEAD;
  const shownState = useShownRangeState();
  const input = { ...props, row: props.row ?? null, hold, toggled, head, sight: shownState[0] };
  const scene = machineScene(input, memory);
  useEffect(() => onSize?.(scene.size), [onSize, scene.size]);
  const box = useRef<HTMLDivElement>(null);
  const zoom = useZoom(box, scene.size, legibility);
  // Max-speed playback draws only the rows in sight (useShownRange), without per-page and per-PTE
  // words (a blur at that speed, and most of the text to lay out); anything else draws it all.
  const shown = useShownRange(box, zoom.scale, scene.racing, scene.height, shownState);
  useFollowEvent(box, { follow, marks: scene.marks, scale: zoom.scale, still: scene.still });
  const link = useContext(ScrollLinkContext);
  useEffect(() => (link && box.current ? link.attach(box.current) : undefined), [link]);
  const describedBy = useId();
  return (
    <figure
      aria-label="Machine"
      className="machine"
      data-step={zoom.measured ? step : undefined}
      data-kernel={scene.picture.kernel}
      data-digest={scene.digest}
      data-event={scene.focus.current?.t ?? ''}
      data-motion={scene.motion}
      data-partial={scene.racing || shown ? '' : undefined}
      data-scale={zoom.scale.toFixed(3)}
      style={{ '--event-ms': `${scene.eventMs}ms` } as CSSProperties}
    >
      <div className="machine-head">
        <KernelBox focus={scene.kernelFocus} still={scene.still || !scene.animate} />
        <ViolationList violations={scene.picture.violations} />
        <ZoomControls zoom={zoom} />
      </div>
      <DrawingArea box={box} zoom={zoom}>
        {/*
          The drawing mounts once its box is measured (useZoom), and the figure says its step (data-step)
          from then on: drawn before, it was laid out whole at scale 1 by the measuring itself, then again
          at the fit.
        */}
        {zoom.measured ? (
          <MachineDrawing {...{ scene, step, shown, describedBy, onToggle }} scale={zoom.scale} />
        ) : null}
      </DrawingArea>
      <p id={describedBy} className="sr-only" data-drawing-words="">
        {scene.words}
      </p>
      <Legend folded={legibility.foldLegend === true} />
    </figure>
  );
}
