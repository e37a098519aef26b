/**
 * The machine drawing's scene: everything MachineView draws, computed from what it is given, with no
 * React and no DOM (compute, then draw). The columns, the rows of processes and tables, physical memory,
 * the devices, the step's notes and event marks, the violations by process, the drawing's size, its
 * digest and its words. A `SceneMemory` (one per mounted drawing) carries what the scene keeps between
 * renders: the last picture to stabilise against, the calm values (calm.ts), the rows' held heights, and
 * each part's inputs, so a part whose inputs did not change keeps its object.
 */

import { stepStory } from '../scenario/stepStory.ts';
import type { TraceEvent } from '../sim/events.ts';
import type { MachinePicture } from '../sim/picture.ts';
import { Calm, TallestHeight } from './calm.ts';
import { GAP } from './columns.ts';
import { devicesLayout } from './deviceLayout.ts';
import { pictureDigest } from './digest.ts';
import { drawingWords } from './drawingWords.ts';
import { stepFocus, type StepFocus } from './eventFocus.ts';
import { eventMarks } from './eventMarks.ts';
import { columnsFor, PlaceMemory, type ProcsLayout, type Sight } from './machineLayout.ts';
import { CANVAS_FRAMES, memoryLayoutOf } from './memoryLayout.ts';
import { Memos } from './memos.ts';
import { PictureMemory, SameShape } from './stable.ts';
import { NO_NOTES, stepNotes, type NotedStep } from './stepNotes.ts';

/** One event's movement at speed 1; divided by the playback speed. */
const EVENT_MS = 320;

export interface SceneInput {
  /** The state shown (after eventIndex events of this step). */
  picture: MachinePicture;
  /** The state before the step; the shown picture when not known. */
  before?: MachinePicture;
  events: readonly TraceEvent[];
  eventIndex: number;
  step: number;
  row: NotedStep | null;
  reducedMotion: boolean;
  speed: number;
  /** Playing: rows and the drawing keep their tallest height, so the drawing does not jump. */
  hold: boolean;
  /** The page tables the reader folded or unfolded. */
  toggled: ReadonlySet<string>;
  /** A table's head line height (tableLayout.ts). */
  head: number;
  /** The rows in sight (useShownRange): racing, only those are laid out in full. */
  sight: Sight | null;
}

/** What the scene keeps between renders of one drawing. */
export class SceneMemory {
  readonly memos = new Memos();
  // Reuse the previous picture's objects where nothing changed, so memoised parts skip their work.
  readonly picture = new PictureMemory();
  // The columns keep their object while their widths do not change: every layout is keyed by it.
  readonly columns = new SameShape<ReturnType<typeof columnsFor>>();
  // The TLB's, the devices' and the kernel box's words follow a racing playback calmly, each at its own
  // turn (calm.ts).
  readonly tlb: Calm<MachinePicture>;
  readonly devices: Calm<MachinePicture>;
  readonly focus: Calm<StepFocus>;
  readonly places = new PlaceMemory();
  readonly tallest = new TallestHeight();

  constructor(now?: () => number) {
    this.tlb = new Calm<MachinePicture>(now, 0);
    this.devices = new Calm<MachinePicture>(now, 1 / 3);
    this.focus = new Calm<StepFocus>(now, 2 / 3);
  }
}

/** Whether process row `i` is drawn: laid out, and in the shown range if there is one. */
export function inSight(layout: ProcsLayout, i: number, shown: Sight | null): boolean {
  const top = layout.tops[i]!;
  return layout.places[i] !== null && (!shown || (top < shown.bottom && top + layout.rows[i]! > shown.top));
}

/** The pages each process maps against the rules (the isolation checker's violations), by process. */
export function violatingByProc(violations: MachinePicture['violations']): Map<string, Set<number>> {
  const byProc = new Map<string, Set<number>>();
  for (const v of violations) {
    const set = byProc.get(v.proc) ?? new Set<number>();
    set.add(v.vpn);
    byProc.set(v.proc, set);
  }
  return byProc;
}

/** The picture as drawn and its columns' layouts: the rows of processes and tables, memory, the devices. */
function layoutsOf(input: SceneInput, memory: SceneMemory, racing: boolean) {
  const { events, eventIndex, row, hold, toggled, head } = input;
  const m = memory.memos;
  const picture = m.get('picture', [input.picture], () => memory.picture.next(input.picture));
  const before = input.before ?? picture;
  const { cols, digits } = memory.columns.next(m.get('columns', [picture], () => columnsFor(picture)));
  const { tlb, tlbNext } = m.get('tlb', [picture, racing], () => memory.tlb.next(picture, racing));
  const { devices } = m.get('devices', [picture, racing], () => memory.devices.next(picture, racing));
  const notes = m.get('notes', [racing, row, events, eventIndex, before, picture], () =>
    racing ? NO_NOTES : stepNotes({ row, events, shown: eventIndex, before, now: picture }),
  );
  const { procs, pageSize, levels, frames, deviceMemory } = picture;
  // Racing, the rows out of sight are laid out by their heights alone (procsLayout): none is drawn.
  const sight = racing ? input.sight : null;
  const tlbSlots = tlb.length;
  const rows = [procs, cols, pageSize, levels, tlbSlots, toggled, notes.bands, head, hold, sight];
  const layout = m.get('layout', rows, () =>
    memory.places.layout(
      procs,
      { cols, pageSize, levels, tlbSlots, toggled, notes: notes.bands, head },
      hold,
      sight,
    ),
  );
  const mem = m.get('mem', [frames.length, deviceMemory, pageSize, cols], () =>
    memoryLayoutOf(frames.length, deviceMemory, pageSize, cols.memory),
  );
  const dev = m.get('dev', [devices, cols, notes.devices], () =>
    devicesLayout(devices, cols.devices, notes.devices),
  );
  return { picture, cols, digits, tlb, tlbNext, notes, layout, mem, dev };
}

/** The scene of `input`, reusing what `memory` kept of the renders before. */
export function machineScene(input: SceneInput, memory: SceneMemory) {
  const { events, eventIndex, step, row, speed, hold } = input;
  const m = memory.memos;
  // Max-speed playback: a drawing that changes on every frame, and is partial (data-partial).
  const racing = hold && speed === Infinity;
  const laid = layoutsOf(input, memory, racing);
  const { picture, cols, tlb, notes, layout, mem, dev } = laid;
  const { procs, pageSize, frames } = picture;
  const focus = m.get('focus', [events, eventIndex], () => stepFocus(events, eventIndex));
  const kernelFocus = m.get('kernelFocus', [focus, racing], () => memory.focus.next(focus, racing));
  const animate = speed !== Infinity;
  const current = animate ? focus.current : null;
  const marks = m.get('marks', [current, cols, procs, layout, tlb.length, mem, dev, pageSize], () =>
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
  );
  const still = input.reducedMotion;
  const natural = Math.max(layout.height, mem.height, dev.height) + GAP;
  const height = m.get('height', [natural, racing], () => memory.tallest.next(natural, racing));
  return {
    ...laid,
    racing,
    focus,
    kernelFocus,
    animate,
    current,
    marks,
    still,
    violating: m.get('violating', [picture.violations], () => violatingByProc(picture.violations)),
    pulse: !still && current?.t === 'violation' && current.on ? current : null,
    canvas: frames.length > CANVAS_FRAMES,
    height,
    size: m.get('size', [cols.width, height], () => ({ width: cols.width, height })),
    // The digest is for a drawing that stays put (tests compare them): hashing the whole picture on every
    // max-speed frame cost about a millisecond of each.
    digest: m.get('digest', [racing, picture], () => (racing ? undefined : pictureDigest(picture))),
    motion: !animate ? 'none' : still ? 'reduced' : 'full',
    eventMs: Math.round(EVENT_MS / Math.max(speed, 0.25)),
    words: m.get('words', [racing, step, picture, notes, row, events, eventIndex], () => {
      if (racing) return '';
      const done = row !== null && eventIndex >= events.length;
      const story = done ? stepStory({ step, row, events, after: picture }) : null;
      return drawingWords(step, picture, notes, story);
    }),
  };
}

export type MachineScene = ReturnType<typeof machineScene>;
