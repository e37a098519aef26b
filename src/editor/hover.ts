/** What hovering a word of the text shows: its entry in the language reference. Pure over the text. */

import { referenceEntries } from '../scenario/reference/entries.ts';
import { entryForWord } from '../scenario/reference/search.ts';
import type { Entry } from '../scenario/reference/types.ts';

const ENTRIES = referenceEntries();
const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);

/** The entry for the word at offset `pos` of `text`, with the word's range; null for no entry. */
export function hoverAt(text: string, pos: number): { from: number; to: number; entry: Entry } | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const line = text.slice(lineStart, nl === -1 ? text.length : nl);
  const at = pos - lineStart;
  if (/^\s*[>#]/.test(line)) return null;
  const comment = line.indexOf('#');
  if (comment !== -1 && at >= comment) return null;
  let from = at;
  let to = at;
  while (isWordChar(line[from - 1])) from--;
  while (isWordChar(line[to])) to++;
  // A word ends at `-` when `->` follows: `fd->x` is not a word with an arrow in it.
  const arrow = line.slice(from, to).indexOf('->');
  if (arrow !== -1) to = Math.min(to, from + arrow);
  const word = line.slice(from, to).replace(/-+$/, '');
  if (!/^[A-Za-z_]/.test(word)) return null;
  const words = line.trim().split(/\s+/);
  const head = words[0] ?? '';
  const colon = /^\s*[A-Za-z_]\w*\s*:/.test(line) ? line.indexOf(':') : -1;
  const entry = entryForWord(ENTRIES, {
    word,
    head: head.replace(/:.*/, ''),
    // The operation of a process step: the first word after `NAME:`.
    procStep: colon !== -1 && colon < from && line.slice(colon + 1, from).trim() === '',
    deviceType: head === 'device' ? (words[2] ?? null) : null,
    isKey: line[from + word.length] === '=',
  });
  return entry ? { from: lineStart + from, to: lineStart + from + word.length, entry } : null;
}
