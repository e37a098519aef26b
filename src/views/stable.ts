/**
 * Pictures arrive from the worker as fresh objects every time, even when most of the machine did not
 * change. `stabilize` hands back the previous objects for the parts that are equal, so the per-part
 * caches and React.memo below see the same identity and skip their work.
 */

import type { MachinePicture } from '../sim/picture.ts';

/** Structural equality of plain data (what a picture is made of). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

function keepEqual<T>(prev: readonly T[], next: readonly T[]): T[] {
  return next.map((x, i) => (i < prev.length && deepEqual(prev[i], x) ? prev[i]! : x));
}

/** `next`, reusing `prev`'s objects (procs, devices, frames, TLB, ...) wherever they are equal. */
export function stabilize(prev: MachinePicture | null, next: MachinePicture): MachinePicture {
  if (!prev || prev === next) return next;
  const pick = <T>(a: T, b: T): T => (deepEqual(a, b) ? a : b);
  const procs = keepEqual(prev.procs, next.procs);
  const devices = keepEqual(prev.devices, next.devices);
  return {
    ...next,
    frames: pick(prev.frames, next.frames),
    deviceMemory: pick(prev.deviceMemory, next.deviceMemory),
    tlb: pick(prev.tlb, next.tlb),
    violations: pick(prev.violations, next.violations),
    procs:
      procs.every((p, i) => p === prev.procs[i]) && procs.length === prev.procs.length ? prev.procs : procs,
    devices:
      devices.every((d, i) => d === prev.devices[i]) && devices.length === prev.devices.length
        ? prev.devices
        : devices,
  };
}

/**
 * The drawing's memory across renders: the last picture it stabilised against. One per mounted
 * MachineView (held in state); `next` is idempotent for the same input, so a re-render is harmless.
 */
export class PictureMemory {
  private last: MachinePicture | null = null;
  private input: MachinePicture | null = null;

  next(picture: MachinePicture): MachinePicture {
    if (picture !== this.input) {
      this.last = stabilize(this.last, picture);
      this.input = picture;
    }
    return this.last!;
  }
}

/**
 * A derived value that keeps its previous object while it is structurally the same, so that whatever is
 * keyed by its identity (layout caches, memoised components) skips its work. One per mounted drawing.
 */
export class SameShape<T> {
  private last: T | undefined;

  next(value: T): T {
    if (this.last === undefined || !deepEqual(this.last, value)) this.last = value;
    return this.last;
  }
}
