/** The machine drawing itself, from its scene (machineScene.ts): SVG layers, the RAM canvas, the toggles. */

import { ColumnTitles } from './ColumnTitles.tsx';
import { GUTTER } from './columns.ts';
import { CopyLayer } from './CopyLayer.tsx';
import { DeviceMemoryView } from './DeviceMemoryView.tsx';
import { DeviceView } from './DevicesView.tsx';
import { EventLayer } from './EventLayer.tsx';
import { GhostLayer } from './GhostLayer.tsx';
import { Patterns } from './Legend.tsx';
import type { MachineScene } from './machineScene.ts';
import { Arrows, BandFills, ProcessRows } from './ProcessRows.tsx';
import { RamCanvas, RamSvg, RamTitle } from './RamView.tsx';
import { TableToggles } from './TableToggles.tsx';
import { TlbView } from './TlbView.tsx';
import type { ShownRange } from './useShownRange.ts';

interface DrawingProps {
  scene: MachineScene;
  step: number;
  scale: number;
  shown: ShownRange | null;
  /** The id of the drawing's words (its text alternative). */
  describedBy: string;
  onToggle: (key: string) => void;
}

export function MachineDrawing({ scene, step, scale, shown, describedBy, onToggle }: DrawingProps) {
  const { cols, height, picture, layout, mem, dev, notes, canvas, current } = scene;
  const { procs, frames, pageSize } = picture;
  return (
    <div className="drawing" style={{ width: cols.width, height, zoom: scale }}>
      <svg
        width={cols.width}
        height={height}
        data-drawing=""
        role="img"
        aria-label={step === 0 ? 'Machine before the first step' : `Machine after step ${step}`}
        aria-describedby={describedBy}
      >
        <Patterns />
        <ColumnTitles cols={cols} />
        {/* Under the boxes: a ghost shows in the gutters it crosses, never over a box's words. */}
        <GhostLayer
          ghosts={notes.ghosts}
          cutX={cols.memory.x - GUTTER / 2}
          procs={procs}
          places={layout.places}
          mem={mem}
        />
        {/*
          The bands' panels, then the arrows' lines, then the boxes and words: a line runs over a band's
          empty space and under its cells and words (which keep a halo of the panel's colour), under the
          TLB, and under physical memory's cells; only the heads go over everything.
        */}
        <BandFills scene={scene} shown={shown} />
        <Arrows scene={scene} shown={shown} part="lines" />
        <TlbView
          tlb={scene.tlb}
          next={scene.tlbNext}
          col={cols.tables}
          digits={scene.digits}
          y={layout.tlbY}
        />
        <ProcessRows scene={scene} shown={shown} />
        {canvas ? null : <RamSvg frames={frames} grid={mem.grid} />}
        <DeviceMemoryView mem={mem} col={cols.memory} pageSize={pageSize} />
        {dev.boxes.map((b) => (
          <DeviceView key={b.device.name} box={b} col={cols.devices} />
        ))}
        <Arrows scene={scene} shown={shown} part="heads" />
        <CopyLayer copies={notes.copies} boxes={dev.boxes} col={cols.devices} />
        {current ? (
          <EventLayer key={`${step}:${scene.focus.index}`} marks={scene.marks} still={scene.still} />
        ) : null}
        {canvas ? <RamTitle grid={mem.grid} /> : null}
      </svg>
      {canvas ? <RamCanvas frames={frames} grid={mem.grid} /> : null}
      {scene.racing ? null : <TableToggles procs={procs} places={layout.places} onToggle={onToggle} />}
    </div>
  );
}
