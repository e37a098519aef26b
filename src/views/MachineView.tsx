import {
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type JSX,
} from 'react';

import { stepStory } from '../scenario/stepStory.ts';
import type { TraceEvent } from '../sim/events.ts';
import type { MachinePicture } from '../sim/picture.ts';
import { ArrowsView } from './ArrowsView.tsx';
import { Calm, TallestHeight } from './calm.ts';
import { GAP, GUTTER, type Columns } from './columns.ts';
import { CopyLayer } from './CopyLayer.tsx';
import { DeviceMemoryView } from './DeviceMemoryView.tsx';
import { devicesLayout } from './deviceLayout.ts';
import { DeviceView } from './DevicesView.tsx';
import { pictureDigest } from './digest.ts';
import { drawingWords } from './drawingWords.ts';
import { EventLayer } from './EventLayer.tsx';
import { stepFocus, type StepFocus } from './eventFocus.ts';
import { eventMarks, marksBounds } from './eventMarks.ts';
import { GhostLayer } from './GhostLayer.tsx';
import { KernelBox } from './KernelBox.tsx';
import { Legend, Patterns } from './Legend.tsx';
import { columnsFor, PlaceMemory } from './machineLayout.ts';
import { CANVAS_FRAMES, memoryLayoutOf } from './memoryLayout.ts';
import { ProcessBand } from './ProcessBand.tsx';
import { ScrollLinkContext } from './scrollLink.ts';
import { RamCanvas, RamSvg, RamTitle } from './RamView.tsx';
import { PictureMemory, SameShape } from './stable.ts';
import { NO_NOTES, stepNotes, type NotedStep } from './stepNotes.ts';
import { TableToggles } from './TableToggles.tsx';
import { TableTree } from './TableTree.tsx';
import { TlbView } from './TlbView.tsx';
import { useShownRange, useShownRangeState } from './useShownRange.ts';
import { useZoom } from './useZoom.ts';
import { ViolationList } from './ViolationList.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import { EXPLORE, followScroll, zoomKey, type Legibility, type Size } from './zoom.ts';
import { FONT, LINE } from './metrics.ts';
import { HEAD, touchHead } from './tableLayout.ts';
import { useCoarsePointer } from './usePointer.ts';
import './machine.css';

export interface MachineViewProps {
  /** The state shown (after eventIndex events of this step). */
  picture: MachinePicture;
  /** The state before the step (what a changed count was); the shown picture when not known. */
  before?: MachinePicture;
  /** The current step's events. */
  events: readonly TraceEvent[];
  /** How many have happened; events[eventIndex-1] is the one animating now (none if 0). */
  eventIndex: number;
  /** Steps done, 0 before the first. */
  step: number;
  /** What the step did (its outcome and text), to say on the drawing once it is done; null before step 1. */
  row?: NotedStep | null;
  reducedMotion: boolean;
  /** 1 normal; bigger is faster; Infinity = no animation at all (full-speed playback). */
  speed: number;
  /** How small the fit may make the text in this place (zoom.ts). */
  legibility?: Legibility;
  /** Playing: rows keep their tallest height, so the drawing does not jump (machineLayout.ts). */
  hold?: boolean;
  /** Told the drawing's own size (drawing units) when it changes: side by side arranges by it. */
  onSize?: (size: Size) => void;
  /**
   * Whether the view follows the event on screen when the drawing overflows its box (default yes). Side by
   * side, the compared drawing does not: it scrolls with the first one (ScrollLink).
   */
  follow?: boolean;
}

/** One event's movement at speed 1; divided by the playback speed. */
const EVENT_MS = 320;

function ColumnTitles({ cols }: { cols: Columns }) {
  const y = LINE + 2;
  return (
    <g className="column-titles">
      <text x={cols.procs.x} y={y}>
        Processes
      </text>
      <text x={cols.tables.x} y={y}>
        TLB · page tables
      </text>
      <text x={cols.memory.x} y={y}>
        Physical memory
      </text>
      <text x={cols.devices.x} y={y}>
        Devices
      </text>
    </g>
  );
}

/** The machine drawing: processes -> page tables and TLB -> physical memory -> devices, left to right. */
export function MachineView(props: MachineViewProps): JSX.Element {
  const { events, eventIndex, step, reducedMotion, speed, hold = false, onSize, follow = true } = props;
  // Reuse the previous picture's objects where nothing changed, so memoised parts skip their work.
  const [memory] = useState(() => new PictureMemory());
  // Max-speed playback: a drawing that changes on every frame, and is partial (data-partial, below).
  const racing = hold && speed === Infinity;
  const picture = useMemo(() => memory.next(props.picture), [memory, props.picture]);
  const before = props.before ?? picture;

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

  // The columns keep their object while their widths do not change: every layout below is keyed by it.
  const [sameColumns] = useState(() => new SameShape<ReturnType<typeof columnsFor>>());
  const { cols, digits } = sameColumns.next(columnsFor(picture));

  // The TLB's and the devices' words follow a racing playback calmly, each at its own turn (calm.ts).
  const [calmTlb] = useState(() => new Calm<MachinePicture>(undefined, 0));
  const [calmDevices] = useState(() => new Calm<MachinePicture>(undefined, 1 / 3));
  const { tlb, tlbNext } = useMemo(() => calmTlb.next(picture, racing), [calmTlb, picture, racing]);
  const { devices } = useMemo(() => calmDevices.next(picture, racing), [calmDevices, picture, racing]);
  const row = props.row ?? null;
  const notes = useMemo(
    () => (racing ? NO_NOTES : stepNotes({ row, events, shown: eventIndex, before, now: picture })),
    [racing, row, events, eventIndex, before, picture],
  );
  const { procs, pageSize, levels, frames, deviceMemory } = picture;
  const legibility = props.legibility ?? EXPLORE;
  // A finger needs a 44 px target: a table's head line (its toggle) is that tall at the smallest zoom.
  const head = useCoarsePointer() ? touchHead(legibility.minTextPx / FONT) : HEAD;
  const [placeMemory] = useState(() => new PlaceMemory());
  // Racing, the rows out of sight are laid out by their heights alone (procsLayout): none is drawn.
  const shownState = useShownRangeState();
  const sight = racing ? shownState[0] : null;
  const layout = useMemo(
    () =>
      placeMemory.layout(
        procs,
        { cols, pageSize, levels, tlbSlots: tlb.length, toggled, notes: notes.bands, head },
        hold,
        sight,
      ),
    [placeMemory, procs, cols, pageSize, levels, tlb.length, toggled, notes.bands, head, hold, sight],
  );
  const frameCount = frames.length;
  const mem = useMemo(
    () => memoryLayoutOf(frameCount, deviceMemory, pageSize, cols.memory),
    [frameCount, deviceMemory, pageSize, cols],
  );
  const dev = useMemo(
    () => devicesLayout(devices, cols.devices, notes.devices),
    [devices, cols, notes.devices],
  );

  const focus = useMemo(() => stepFocus(events, eventIndex), [events, eventIndex]);
  const [calmFocus] = useState(() => new Calm<StepFocus>(undefined, 2 / 3));
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
            cols,
            procs,
            places: layout.places,
            tlbY: layout.tlbY,
            tlbSlots: tlb.length,
            mem,
            devices: dev.boxes,
            pageSize,
          })
        : [],
    [current, cols, procs, layout, tlb.length, mem, dev, pageSize],
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
  const pulse = !still && current?.t === 'violation' && current.on ? current : null;

  const canvas = frames.length > CANVAS_FRAMES;
  const [tallest] = useState(() => new TallestHeight());
  const natural = Math.max(layout.height, mem.height, dev.height) + GAP;
  const height = useMemo(() => tallest.next(natural, racing), [tallest, natural, racing]);
  const size = useMemo(() => ({ width: cols.width, height }), [cols.width, height]);
  useEffect(() => onSize?.(size), [onSize, size]);
  const box = useRef<HTMLDivElement>(null);
  const zoom = useZoom(box, size, legibility);
  const { scale } = zoom;
  // Max-speed playback draws only the rows in sight (useShownRange), without per-page and per-PTE
  // words (a blur at that speed, and most of the text to lay out); anything else draws it all.
  const shown = useShownRange(box, scale, racing, height, shownState);
  const inSight = (i: number) => {
    const top = layout.tops[i]!;
    return layout.places[i] !== null && (!shown || (top < shown.bottom && top + layout.rows[i]! > shown.top));
  };
  // When the drawing is larger than its box (a phone, the presenter's large type), the view follows the
  // event on screen, so the reader never has to hunt for it; a reader dragging the view is left alone.
  useEffect(() => {
    const el = box.current;
    const target = follow ? marksBounds(marks) : null;
    if (!el || !target || el.dataset.dragging !== undefined) return;
    if (el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight) return;
    const view = { left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight };
    const to = followScroll(view, target, scale);
    if (to) el.scrollTo({ ...to, behavior: still ? 'auto' : 'smooth' });
  }, [follow, marks, scale, still]);
  const link = useContext(ScrollLinkContext);
  useEffect(() => (link && box.current ? link.attach(box.current) : undefined), [link]);
  const motion = !animate ? 'none' : still ? 'reduced' : 'full';
  const style = { '--event-ms': `${Math.round(EVENT_MS / Math.max(speed, 0.25))}ms` } as CSSProperties;
  const describedBy = useId();
  const words = useMemo(() => {
    if (racing) return '';
    const done = row !== null && eventIndex >= events.length;
    const story = done ? stepStory({ step, row, events, after: picture }) : null;
    return drawingWords(step, picture, notes, story);
  }, [racing, step, picture, notes, row, events, eventIndex]);

  const arrows = (part: 'lines' | 'heads') =>
    procs.map((p, i) =>
      !inSight(i) ? null : (
        <ArrowsView
          key={p.pid}
          proc={p}
          place={layout.places[i]!}
          mem={mem}
          growing={current?.t === 'pte-install' && current.proc === p.name ? current.vpn : null}
          violating={violating.get(p.name) ?? null}
          part={part}
        />
      ),
    );

  return (
    <figure
      aria-label="Machine"
      className="machine"
      data-step={zoom.measured ? step : undefined}
      data-kernel={picture.kernel}
      data-digest={digest}
      data-event={focus.current?.t ?? ''}
      data-motion={motion}
      data-partial={racing || shown ? '' : undefined}
      data-scale={scale.toFixed(3)}
      style={style}
    >
      <div className="machine-head">
        <KernelBox focus={kernelFocus} still={still || !animate} />
        <ViolationList violations={picture.violations} />
        <ZoomControls zoom={zoom} />
      </div>
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
        {/*
          The drawing mounts once its box is measured (useZoom), and the figure says its step (data-step)
          from then on: drawn before, it was laid out whole at scale 1 by the measuring itself, then again
          at the fit.
        */}
        {zoom.measured ? (
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
              {procs.map((p, i) => {
                const place = layout.places[i]!;
                return inSight(i) ? (
                  <rect
                    key={p.pid}
                    className="band-fill"
                    x={cols.procs.x}
                    y={place.bandY}
                    width={cols.procs.width}
                    height={place.band.height}
                    rx={4}
                  />
                ) : null;
              })}
              {arrows('lines')}
              <TlbView tlb={tlb} next={tlbNext} col={cols.tables} digits={digits} y={layout.tlbY} />
              {procs.map((p, i) => {
                if (!inSight(i)) return null;
                const place = layout.places[i]!;
                const bad = violating.get(p.name) ?? null;
                return (
                  <g key={p.pid}>
                    <ProcessBand
                      proc={p}
                      band={place.band}
                      col={cols.procs}
                      y={place.bandY}
                      violating={bad}
                      pulse={pulse?.proc === p.name ? pulse.vpn : null}
                      labels={!racing}
                    />
                    <TableTree
                      proc={p}
                      tree={place.tree}
                      col={cols.tables}
                      y={place.treeY}
                      violating={bad}
                      labels={!racing}
                    />
                  </g>
                );
              })}
              {canvas ? null : <RamSvg frames={frames} grid={mem.grid} />}
              <DeviceMemoryView mem={mem} col={cols.memory} pageSize={pageSize} />
              {dev.boxes.map((b) => (
                <DeviceView key={b.device.name} box={b} col={cols.devices} />
              ))}
              {arrows('heads')}
              <CopyLayer copies={notes.copies} boxes={dev.boxes} col={cols.devices} />
              {current ? <EventLayer key={`${step}:${focus.index}`} marks={marks} still={still} /> : null}
              {canvas ? <RamTitle grid={mem.grid} /> : null}
            </svg>
            {canvas ? <RamCanvas frames={frames} grid={mem.grid} /> : null}
            {racing ? null : <TableToggles procs={procs} places={layout.places} onToggle={onToggle} />}
          </div>
        ) : null}
      </div>
      <p id={describedBy} className="sr-only" data-drawing-words="">
        {words}
      </p>
      <Legend folded={legibility.foldLegend === true} />
    </figure>
  );
}
