/**
 * At max speed the drawing's words are rewritten on every frame: the TLB's lines, the devices' boxes
 * (what each screen, card and buffer holds), the kernel box. Nobody can read them at that speed, and as
 * text they are the largest part of what a frame costs the browser to lay out and paint. While racing
 * they follow playback 8 times a second, as the words around the drawing do (useCalmApp), while pages,
 * arrows and RAM follow every frame. Any other time they follow every change.
 */

import { CALM_MS } from '../store/useCalmApp.ts';

/** A value followed calmly while racing. One per value per mounted drawing (held in state). */
export class Calm<T> {
  private shown: { value: T } | null = null;
  private input: { value: T } | null = null;
  private racing = false;
  private takenAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The value to show now; idempotent for the same input (a render done twice takes no more). */
  next(value: T, racing: boolean): T {
    if (this.shown && this.input?.value === value && racing === this.racing) return this.shown.value;
    this.input = { value };
    this.racing = racing;
    const now = this.now();
    if (!racing || !this.shown || now - this.takenAt >= CALM_MS) {
      this.shown = { value };
      this.takenAt = now;
    }
    return this.shown.value;
  }
}

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
