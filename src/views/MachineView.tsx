import { useCallback, useMemo, useState, type CSSProperties, type JSX } from 'react';

import type { TraceEvent } from '../sim/events.ts';
import type { MachinePicture } from '../sim/picture.ts';
import { ArrowsView } from './ArrowsView.tsx';
import { Calm, TallestHeight } from './calm.ts';
import { COLUMN, DRAWING_WIDTH, GAP, LINE } from './columns.ts';
import { DeviceMemoryView } from './DeviceMemoryView.tsx';
import { devicesLayout } from './deviceLayout.ts';
import { DeviceView } from './DevicesView.tsx';
import { pictureDigest } from './digest.ts';
import { EventLayer } from './EventLayer.tsx';
import { stepFocus, type StepFocus } from './eventFocus.ts';
import { eventMarks } from './eventMarks.ts';
import { KernelBox } from './KernelBox.tsx';
import { Legend, Patterns } from './Legend.tsx';
import { PlaceMemory } from './machineLayout.ts';
import { CANVAS_FRAMES, memoryLayoutOf } from './memoryLayout.ts';
import { ProcessBand } from './ProcessBand.tsx';
import { RamCanvas, RamSvg, RamTitle } from './RamView.tsx';
import { PictureMemory } from './stable.ts';
import { TableTree } from './TableTree.tsx';
import { TlbView } from './TlbView.tsx';
import { ViolationList } from './ViolationList.tsx';
import { ViolationMarks } from './ViolationMarks.tsx';
import { useFitScale, type FitRange } from './useFitScale.ts';
import { useShownRange } from './useShownRange.ts';
import './machine.css';

export interface MachineViewProps {
  /** The state shown (after eventIndex events of this step). */
  picture: MachinePicture;
  /** The current step's events. */
  events: readonly TraceEvent[];
  /** How many have happened; events[eventIndex-1] is the one animating now (none if 0). */
  eventIndex: number;
  /** Steps done, 0 before the first. */
  step: number;
  reducedMotion: boolean;
  /** 1 normal; bigger is faster; Infinity = no animation at all (full-speed playback). */
  speed: number;
  /** How far the drawing may shrink or grow to fit its box (default: shrink a little, never grow). */
  fit?: FitRange;
  /** Playing: rows keep their tallest height, so the drawing does not jump (machineLayout.ts). */
  hold?: boolean;
}

/** One event's movement at speed 1; divided by the playback speed. */
const EVENT_MS = 320;

/** The same on every render: a constant element, which React does not compare again. */
const COLUMN_TITLES = (
  <g className="column-titles">
    <text x={COLUMN.procs.x} y={LINE}>
      Processes (virtual pages)
    </text>
    <text x={COLUMN.tables.x} y={LINE}>
      TLB · page tables
    </text>
    <text x={COLUMN.memory.x} y={LINE}>
      Physical memory
    </text>
    <text x={COLUMN.devices.x} y={LINE}>
      Devices
    </text>
  </g>
);

/** The machine drawing: processes -> page tables and TLB -> physical memory -> devices, left to right. */
export function MachineView(props: MachineViewProps): JSX.Element {
  const { events, eventIndex, step, reducedMotion, speed, hold = false } = props;
  // Reuse the previous picture's objects where nothing changed, so memoised parts skip their work.
  const [memory] = useState(() => new PictureMemory());
  // Max-speed playback: a drawing that changes on every frame, and is partial (data-partial, below).
  const racing = hold && speed === Infinity;
  const picture = useMemo(() => memory.next(props.picture), [memory, props.picture]);

  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set());
  const onToggle = useCallback(
    (key: string) =>
      setToggled((t) => {
        const next = new Set(t);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  // The TLB's and the devices' words follow a racing playback calmly (calm.ts).
  const [calmText] = useState(() => new Calm<MachinePicture>());
  const { tlb, tlbNext, devices } = useMemo(
    () => calmText.next(picture, racing),
    [calmText, picture, racing],
  );
  const { procs, pageSize, levels, frames, deviceMemory } = picture;
  const [placeMemory] = useState(() => new PlaceMemory());
  const layout = useMemo(
    () => placeMemory.layout(procs, pageSize, levels, tlb.length, toggled, hold),
    [placeMemory, procs, pageSize, levels, tlb.length, toggled, hold],
  );
  const frameCount = frames.length;
  const mem = useMemo(
    () => memoryLayoutOf(frameCount, deviceMemory, pageSize),
    [frameCount, deviceMemory, pageSize],
  );
  const dev = useMemo(() => devicesLayout(devices), [devices]);

  const focus = useMemo(() => stepFocus(events, eventIndex), [events, eventIndex]);
  const [calmFocus] = useState(() => new Calm<StepFocus>());
  const kernelFocus = useMemo(() => calmFocus.next(focus, racing), [calmFocus, focus, racing]);
  const animate = speed !== Infinity;
  // The digest is for a drawing that stays put (tests compare them): hashing the whole picture on every
  // max-speed frame cost about a millisecond of each.
  const digest = useMemo(() => (racing ? undefined : pictureDigest(picture)), [racing, picture]);
  const still = reducedMotion;
  const current = animate ? focus.current : null;
  const marks = useMemo(
    () =>
      current
        ? eventMarks(current, {
            procs,
            places: layout.places,
            tlbY: layout.tlbY,
            tlbSlots: tlb.length,
            mem,
            devices: dev.boxes,
            pageSize,
          })
        : [],
    [current, procs, layout, tlb.length, mem, dev, pageSize],
  );
  const violating = useMemo(() => {
    const byProc = new Map<string, Set<number>>();
    for (const v of picture.violations) {
      const set = byProc.get(v.proc) ?? new Set<number>();
      set.add(v.vpn);
      byProc.set(v.proc, set);
    }
    return byProc;
  }, [picture.violations]);
  const pulse = current?.t === 'violation' && current.on ? `${current.proc}:${current.vpn}` : null;

  const canvas = frames.length > CANVAS_FRAMES;
  const [tallest] = useState(() => new TallestHeight());
  const natural = Math.max(layout.height, mem.height, dev.height) + GAP;
  const height = useMemo(() => tallest.next(natural, racing), [tallest, natural, racing]);
  const [fitRef, scale] = useFitScale<HTMLDivElement>(DRAWING_WIDTH, height, props.fit);
  // Max-speed playback draws only the rows in sight (useShownRange), without per-page and per-PTE
  // words (a blur at that speed, and most of the text to lay out); anything else draws it all.
  const shown = useShownRange(fitRef, scale, racing, height);
  const inSight = (i: number) => {
    const top = layout.places[i]!.bandY;
    return !shown || (top < shown.bottom && top + layout.rows[i]! > shown.top);
  };
  const motion = !animate ? 'none' : still ? 'reduced' : 'full';
  const style = { '--event-ms': `${Math.round(EVENT_MS / Math.max(speed, 0.25))}ms` } as CSSProperties;

  return (
    <figure
      aria-label="Machine"
      className="machine"
      data-step={step}
      data-kernel={picture.kernel}
      data-digest={digest}
      data-event={focus.current?.t ?? ''}
      data-motion={motion}
      data-partial={racing || shown ? '' : undefined}
      style={style}
    >
      <div className="machine-head">
        <KernelBox focus={kernelFocus} still={still || !animate} />
        <ViolationList violations={picture.violations} />
      </div>
      <div className="machine-scroll" ref={fitRef}>
        <div className="drawing" style={{ width: DRAWING_WIDTH, height, zoom: scale }}>
          <svg
            width={DRAWING_WIDTH}
            height={height}
            data-drawing=""
            role="img"
            aria-label="Processes, page tables, memory and devices"
          >
            <Patterns />
            {COLUMN_TITLES}
            <TlbView tlb={tlb} next={tlbNext} y={layout.tlbY} />
            {procs.map((p, i) => {
              if (!inSight(i)) return null;
              const place = layout.places[i]!;
              return (
                <g key={p.pid}>
                  <ProcessBand
                    proc={p}
                    band={place.band}
                    y={place.bandY}
                    pageSize={pageSize}
                    signal={focus.signals.get(p.name) ?? null}
                    labels={!racing}
                  />
                  <TableTree
                    proc={p}
                    tree={place.tree}
                    y={place.treeY}
                    onToggle={onToggle}
                    labels={!racing}
                  />
                </g>
              );
            })}
            {canvas ? <RamTitle grid={mem.grid} /> : <RamSvg frames={frames} grid={mem.grid} />}
            <DeviceMemoryView
              blocks={mem.blocks}
              pageSize={pageSize}
              x={COLUMN.memory.x}
              y={mem.grid.y + mem.grid.height + GAP + LINE}
            />
            {dev.boxes.map((b) => (
              <DeviceView key={b.device.name} box={b} />
            ))}
            {procs.map((p, i) =>
              !inSight(i) ? null : (
                <ArrowsView
                  key={p.pid}
                  proc={p}
                  place={layout.places[i]!}
                  mem={mem}
                  growing={current?.t === 'pte-install' && current.proc === p.name ? current.vpn : null}
                  violating={violating.get(p.name) ?? null}
                />
              ),
            )}
            <ViolationMarks
              violations={picture.violations}
              procs={procs}
              places={layout.places}
              pulse={still ? null : pulse}
            />
            {current ? <EventLayer key={`${step}:${focus.index}`} marks={marks} still={still} /> : null}
          </svg>
          {canvas ? <RamCanvas frames={frames} grid={mem.grid} /> : null}
        </div>
      </div>
      <Legend />
    </figure>
  );
}
