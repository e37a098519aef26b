/**
 * A picture as it travels from the worker to the page: only what changed since the last picture sent.
 * Structured clone copies every object it is given, and the page then had a new copy of the whole
 * machine on every frame, costing it the copy, the garbage, and a deep comparison to find what did not
 * change (views/stable.ts). At max speed a frame changes some processes of dozens, a page of a screen,
 * a few RAM frames of a thousand: the worker sends those, down to the list element or the field that
 * changed, and the page patches its last picture. Whatever did not change arrives as the very object
 * the page already drew, so everything keyed by identity (layouts, memoised components) skips it.
 */

import type { MachinePicture } from '../sim/picture.ts';

/**
 * The change from one value of type T to another. `set`: the new value whole (a primitive, a record of
 * primitives, or a change of shape). `at`: a list's new length and its changed elements by index, and
 * `tail`: how many elements it ends with that are the old list's last ones (an element put in or taken
 * out shifts every one after it: a PTE installed in a sorted list, a value written to a screen). `keys`:
 * an object's changed fields. A value that did not change has no delta at all.
 */
export type Delta<T> =
  | { set: T }
  | (T extends readonly (infer E)[]
      ? { length: number; at: Array<[index: number, change: Delta<E>]>; tail?: number }
      : T extends object
        ? { keys: { [K in keyof T]?: Delta<T[K]> } }
        : never);

export type PictureDelta = Delta<MachinePicture>;

type Plain = Record<string, unknown>;
type AnyDelta =
  { set: unknown } | { length: number; at: Array<[number, AnyDelta]>; tail?: number } | { keys: Plain };

const isObject = (x: unknown): x is Plain => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An object whose fields are all primitives: when it changes, it goes whole (smaller than its delta). */
function isRecord(x: Plain): boolean {
  for (const k in x) if (typeof x[k] === 'object' && x[k] !== null) return false;
  return true;
}

/** How many elements the two lists end with alike (at most the shorter's length). */
function sameEnd(base: readonly unknown[], next: readonly unknown[]): number {
  const most = Math.min(base.length, next.length);
  let n = 0;
  while (n < most && diff(base[base.length - 1 - n], next[next.length - 1 - n]) === null) n++;
  return n;
}

/** The delta from `base` to `next`, or null when they are equal. */
function diff(base: unknown, next: unknown): AnyDelta | null {
  if (base === next) return null;
  if (Array.isArray(base) && Array.isArray(next)) {
    // Only a change of length can shift elements: lists of the same length are compared index by index.
    const tail = base.length === next.length ? 0 : sameEnd(base, next);
    const at: Array<[number, AnyDelta]> = [];
    for (let i = 0; i < next.length - tail; i++) {
      const d = i < base.length ? diff(base[i], next[i]) : { set: next[i] };
      if (d) at.push([i, d]);
    }
    if (at.length === 0 && base.length === next.length) return null;
    return tail > 0 ? { length: next.length, at, tail } : { length: next.length, at };
  }
  if (isObject(base) && isObject(next)) {
    const keys: Plain = {};
    let changed = false;
    for (const k in next) {
      if (!(k in base)) return { set: next };
      const d = diff(base[k], next[k]);
      if (d) {
        keys[k] = d;
        changed = true;
      }
    }
    for (const k in base) if (!(k in next)) return { set: next };
    if (!changed) return null;
    return isRecord(next) ? { set: next } : { keys };
  }
  return { set: next };
}

/** `base` with `delta` applied: every part the delta does not touch is base's own object. */
function patch(base: unknown, delta: AnyDelta): unknown {
  if ('set' in delta) return delta.set;
  if ('at' in delta) {
    const from = base as unknown[];
    const tail = delta.tail ?? 0;
    const list = from.slice(0, delta.length - tail);
    for (const [i, d] of delta.at) list[i] = patch(list[i], d);
    for (let j = from.length - tail; j < from.length; j++) list.push(from[j]);
    return list;
  }
  const out: Plain = { ...(base as Plain) };
  for (const k in delta.keys) out[k] = patch(out[k], delta.keys[k] as AnyDelta);
  return out;
}

/** What turns `base` into `next` (`base` null: all of it). */
export function diffPicture(base: MachinePicture | null, next: MachinePicture): PictureDelta {
  return ((base && diff(base, next)) ?? (base ? { keys: {} } : { set: next })) as PictureDelta;
}

/**
 * `base` with `delta` applied: a new picture sharing every unchanged part with `base` (the same
 * objects), or `base` itself when nothing changed. Never changes `base`.
 */
export function patchPicture(base: MachinePicture | null, delta: PictureDelta): MachinePicture {
  const d = delta as AnyDelta;
  if ('keys' in d && Object.keys(d.keys).length === 0 && base) return base;
  return patch(base, d) as MachinePicture;
}

/**
 * How many values a delta carries (its primitives, at any depth, with those of the values it sets whole):
 * about what the page unpacks, patches in, keeps and draws for it.
 */
export function deltaSize(delta: PictureDelta | undefined): number {
  return delta === undefined ? 0 : valuesIn(delta);
}

function valuesIn(x: unknown): number {
  if (typeof x !== 'object' || x === null) return 1;
  let n = 0;
  for (const k in x) n += valuesIn((x as Plain)[k]);
  return n;
}
