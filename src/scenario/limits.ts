/** The constants of the language: limits, keywords and the name rule (scenario-language.md). */

import { KEYWORDS } from './keywords.ts';

export const MAX_TEXT_BYTES = 4 * 1024 * 1024;
export const MAX_LINES = 200_000;
export const MAX_STEPS = 150_000;
export const MAX_PROCESSES = 64;
export const MAX_DEVICES = 32;
export const MAX_RAM_FRAMES = 4096;
export const MAX_PAGES = 65_536;
export const MAX_SCREENS = 12;
export const MAX_STRING = 64;
export const MAX_NAME = 32;
/** Every number, and every size once its unit is applied, stays below 2^48. */
export const NUMBER_LIMIT = 2 ** 48;

/** Device memory the engine places (framebuffers, card windows) lies in [0x8000_0000, 0xC000_0000). */
export const PLACED_BASE = 0x8000_0000;
export const PLACED_END = 0xc000_0000;
/** Register blocks lie in [0xC000_0000, 2^32). */
export const REGS_BASE = 0xc000_0000;
export const REGS_END = 2 ** 32;

export { KEYWORDS };

export const PAGE_SIZES: readonly number[] = [4096, 8192, 16384];

/** Why `word` cannot name a process, device, variable, card or region; null when it can. */
export function nameProblem(word: string): string | null {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) return `"${word}" is not a name`;
  if (word.length > MAX_NAME)
    return `a name has at most ${MAX_NAME} characters ("${word.length > 40 ? `${word.slice(0, 40)}...` : word}" has ${word.length})`;
  if (KEYWORDS.has(word)) return `"${word}" is a keyword and cannot be a name`;
  return null;
}

/** UTF-8 length of a string, counted without building the bytes. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The text limits, checked before any lexing so that a huge input costs little. */
export function textLimit(text: string): string | null {
  // A UTF-16 unit is at least one UTF-8 byte, so a long string is refused before it is even measured.
  const bytes = text.length > MAX_TEXT_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_TEXT_BYTES)
    return `the scenario is too large: at least ${bytes} bytes, the limit is 4 MB (${MAX_TEXT_BYTES} bytes)`;
  return null;
}
