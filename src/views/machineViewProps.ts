import type { TraceEvent } from '../sim/events.ts';
import type { MachinePicture } from '../sim/picture.ts';
import type { NotedStep } from './stepNotes.ts';
import type { Legibility, Size } from './zoom.ts';

/** What the machine drawing is given (MachineView). */
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
