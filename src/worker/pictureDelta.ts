/**
 * A picture as it travels from the worker to the page: only what changed since the last picture sent.
 * Structured clone copies every object it is given and the page then has a new copy of the whole
 * machine on every frame, costing it the copy, the garbage, and a deep comparison to find what did not
 * change (views/stable.ts). At max speed a step changes a process or two of dozens and a few RAM frames
 * of a thousand, so the worker sends those and the page patches its last picture: unchanged processes,
 * devices and frames arrive as the very objects the page already drew, and everything keyed by their
 * identity (layouts, memoised components) skips its work.
 */

import type { MachinePicture } from '../sim/picture.ts';

/** The lists diffed element by element (the rest of a picture is sent whole when it changes). */
const LISTS = ['procs', 'devices', 'frames', 'tlb'] as const;
type ListKey = (typeof LISTS)[number];
type Element<K extends ListKey> = MachinePicture[K][number];

/** A list's change: its new length and the elements that differ, by index. */
export interface ListDelta<T> {
  length: number;
  changed: Array<[index: number, value: T]>;
}

/** The changes from one picture to the next: fields sent whole, lists by element; omitted is unchanged. */
export interface PictureDelta {
  fields: Partial<Omit<MachinePicture, ListKey>>;
  lists: { [K in ListKey]?: ListDelta<Element<K>> };
}

/** Structural equality of plain data (what a picture is made of). */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if (!samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

const isList = (key: string): key is ListKey => (LISTS as readonly string[]).includes(key);

function listDelta<T>(base: readonly T[], next: readonly T[]): ListDelta<T> | null {
  const changed: Array<[number, T]> = [];
  for (let i = 0; i < next.length; i++)
    if (i >= base.length || !samePlain(base[i], next[i])) changed.push([i, next[i]!]);
  return changed.length === 0 && base.length === next.length ? null : { length: next.length, changed };
}

/** What turns `base` into `next` (`base` null: everything). */
export function diffPicture(base: MachinePicture | null, next: MachinePicture): PictureDelta {
  const fields: Record<string, unknown> = {};
  const lists: Record<string, ListDelta<unknown>> = {};
  const from = (base ?? {}) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(next) as Array<[string, unknown]>) {
    const old = from[key];
    if (base && isList(key) && Array.isArray(old) && Array.isArray(value)) {
      const d = listDelta(old, value);
      if (d) lists[key] = d;
    } else if (!base || !samePlain(old, value)) fields[key] = value;
  }
  return { fields, lists } as PictureDelta;
}

/**
 * `base` with `delta` applied: a new picture sharing every unchanged part with `base` (the same
 * objects), or `base` itself when nothing changed. Never changes `base`.
 */
export function patchPicture(base: MachinePicture | null, delta: PictureDelta): MachinePicture {
  const lists = Object.entries(delta.lists) as Array<[ListKey, ListDelta<unknown>]>;
  if (base && lists.length === 0 && Object.keys(delta.fields).length === 0) return base;
  const out = { ...base, ...delta.fields } as Record<string, unknown>;
  for (const [key, d] of lists) {
    const list = ((out[key] as unknown[] | undefined) ?? []).slice(0, d.length);
    for (const [i, value] of d.changed) list[i] = value;
    out[key] = list;
  }
  return out as unknown as MachinePicture;
}
