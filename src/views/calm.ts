/**
 * At max speed the drawing's words are rewritten on every frame: the TLB's lines, the devices' boxes
 * (what each screen, card and buffer holds), the kernel box. Nobody can read them at that speed, and as
 * text they are the largest part of what a frame costs the browser to lay out and paint. While racing
 * they follow playback 8 times a second, as the words around the drawing do (useCalmApp), while pages,
 * arrows and RAM follow every frame. Any other time they follow every change.
 *
 * Each calm value takes its turn at its own point of the 125 ms beat (its `phase`): taken all in the
 * same frame, the TLB, the devices, the kernel box and the words around made one frame in eight cost
 * three times the others, and those frames were the slowest twentieth of a max-speed run.
 */

import { CALM_MS } from '../store/useCalmApp.ts';

/** A value followed calmly while racing. One per value per mounted drawing (held in state). */
export class Calm<T> {
  private shown: { value: T } | null = null;
  private input: { value: T } | null = null;
  private racing = false;
  /** The beat (calmBeat) of the last value taken while racing. */
  private takenIn = Number.NEGATIVE_INFINITY;

  /** `phase`: where in each beat this value takes its turn, from 0 to 1 of CALM_MS. */
  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly phase = 0,
  ) {}

  /** The value to show now; idempotent for the same input (a render done twice takes no more). */
  next(value: T, racing: boolean): T {
    if (this.shown && this.input?.value === value && racing === this.racing) return this.shown.value;
    this.input = { value };
    this.racing = racing;
    const beat = calmBeat(this.now(), this.phase);
    if (!racing || !this.shown || beat > this.takenIn) {
      this.shown = { value };
      this.takenIn = beat;
    }
    return this.shown.value;
  }
}

/** Which 125 ms beat `now` falls in, the beats of this `phase` starting `phase` of a beat late. */
export const calmBeat = (now: number, phase: number) => Math.floor((now - phase * CALM_MS) / CALM_MS);

/** While racing the height grows in steps this tall (drawing units), not one row at a time. */
const HEIGHT_STEP = 1024;

/**
 * The drawing's height while racing: its tallest so far, rounded up to a HEIGHT_STEP. Rows growing (a
 * process mapping more), a card pulled out or put back, a device's box growing a line, changed the height
 * on most max-speed frames, and with it the SVG's size (laid out again whole) and the scroll box around
 * it; the space to spare at the bottom goes when playback stops. Any other time the height is the
 * drawing's own.
 */
export class TallestHeight {
  private tallest = 0;

  next(height: number, racing: boolean): number {
    this.tallest = racing ? Math.max(this.tallest, Math.ceil(height / HEIGHT_STEP) * HEIGHT_STEP) : height;
    return this.tallest;
  }
}
