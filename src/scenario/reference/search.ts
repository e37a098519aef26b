/** Finding entries of the reference: the Language dialog's search, and the editor's hover. */

import type { Entry } from './types.ts';

/** The words of a query, lowercased; an entry matches when it holds every one. */
function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** The text an entry is searched in: its name, form, text, default and example. */
function haystack(e: Entry): string {
  return [e.name, e.form, e.text, e.default ?? '', e.owner ?? '', e.id, e.example ?? '']
    .join('\n')
    .toLowerCase();
}

/**
 * The entries that match `query`, best first: an entry named by the query, then one whose name starts
 * with it, then the rest in the reference's order. An empty query matches everything, in order.
 */
export function searchEntries(entries: readonly Entry[], query: string): Entry[] {
  const ws = words(query);
  if (ws.length === 0) return [...entries];
  const q = ws.join(' ');
  const rank = (e: Entry) => {
    const name = e.name.toLowerCase();
    return name === q ? 0 : name.startsWith(q) ? 1 : 2;
  };
  return entries
    .map((e, i) => ({ e, i, h: haystack(e) }))
    .filter((x) => ws.every((w) => x.h.includes(w)))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map((x) => x.e);
}

/** Where a word stands on its line, as far as the hover needs to tell. */
export interface WordPlace {
  /** The word under the pointer. */
  word: string;
  /** The line's first word (`expect`, `device`, a process name), and whether the line is `NAME: ...`. */
  head: string;
  procStep: boolean;
  /** For a `KEY=` word: the device type of the line (`vt`), when it is a device line. */
  deviceType: string | null;
  /** The word is followed by `=`. */
  isKey: boolean;
}

/** The reference's entry for a word of a line, or null when it names none (a process name, a number). */
export function entryForWord(entries: readonly Entry[], p: WordPlace): Entry | null {
  const byId = (id: string) => entries.find((e) => e.id === id) ?? null;
  const w = p.word;
  if (p.isKey) {
    if (p.head === 'machine') return byId(`machine:${w}`);
    if (p.head === 'device')
      return (p.deviceType ? byId(`key:${p.deviceType}.${w}`) : null) ?? byId(`key:${w}`);
    // A hook on a `driver` line, or on a `HOOK=` line of its block.
    if (p.head === 'driver' || p.head.includes('=')) return byId(`hook:${w}`);
    return null;
  }
  if (p.procStep) return byId(`step:${w}`);
  if (p.head === w) return byId(`line:${w}`) ?? byId(`step:${w}`);
  if (p.head === 'expect')
    return byId(`expect:${w}`) ?? byId(`errno:${w}`) ?? byId(`signal:${w}`) ?? byId(`rule:${w}`);
  if (p.head === 'kernel') return byId(`kernel:${w}`);
  if (p.head === 'device' || p.head === 'driver') return byId(`device:${w}`);
  return null;
}
