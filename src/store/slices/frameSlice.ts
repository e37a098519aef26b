/**
 * The frame slice: the step on screen, as the worker computed it (pictures before and after, its events,
 * its row). It may lag `step` while the next frame is on its way; the drawing shows it meanwhile.
 */

import type { Frame } from '../../worker/protocol.ts';
import type { SliceCreator } from '../types.ts';

export interface FrameSlice {
  frame: Frame | null;
  /** The worker's time for the last frame (ms): max-speed playback sizes its strides by it. */
  frameMs: number;
  frameArrived(frame: Frame, ms: number): void;
}

export const createFrameSlice: SliceCreator<FrameSlice> = (set) => ({
  frame: null,
  frameMs: 0,
  frameArrived: (frame, ms) =>
    set((s) =>
      // Now that the step's event count is known, an index past it means "after the step".
      frame.step === s.step && s.eventIndex > frame.events.length
        ? { frame, frameMs: ms, eventIndex: Number.POSITIVE_INFINITY }
        : { frame, frameMs: ms },
    ),
});
