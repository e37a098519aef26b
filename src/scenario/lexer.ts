/**
 * The line-oriented tokenizer. A line is lexed as an array of characters (code points), so that a
 * column counts characters as the language says, whatever UTF-16 does with them.
 */

import type { Num } from '../sim/spec.ts';
import { MAX_ERRORS, type Diagnostic } from './diagnostic.ts';
import { MAX_STRING, NUMBER_LIMIT } from './limits.ts';

export type Punct = '->' | ':' | '=' | ',' | '@' | '+' | '-';

interface TokenBase {
  /** 1-based column of the first character. */
  col: number;
  /** Column just past the last character: two tokens touch when `a.end === b.col`. */
  end: number;
  /** The characters as written. */
  text: string;
}

export type Token =
  | (TokenBase & { kind: 'word' })
  | (TokenBase & { kind: 'num'; num: Num })
  | (TokenBase & { kind: 'str'; value: string })
  | (TokenBase & { kind: 'path' })
  | (TokenBase & { kind: 'punct'; text: Punct });

export interface LexedLine {
  tokens: Token[];
  /** The first MAX_ERRORS errors of the line. */
  errors: Diagnostic[];
  /** How many more the line has, and the column of the first of them (0 when none). */
  dropped: number;
  droppedCol: number;
}

/** Input quoted in a message: at most 40 characters of it, so a 4 MB token is not echoed whole. */
export function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

// Character classes by comparison: a scenario can have 200,000 lines, and these run for every character.
type Ch = string | undefined;
const isSpace = (c: Ch) => c === ' ' || c === '\t';
const isDigit = (c: Ch) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: Ch) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isHex = (c: Ch) =>
  isDigit(c) || (c !== undefined && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
const isWordStart = (c: Ch) => isLetter(c) || c === '_';
const isWordChar = (c: Ch) => isWordStart(c) || isDigit(c);
const isPathChar = (c: Ch) => isWordChar(c) || c === '.' || c === '/';

/** A line as characters: the string itself when each character is one UTF-16 unit, else its code points. */
export type Chars = string | readonly string[];

/** The characters of a line, so that an index is a column minus one. */
export function toChars(line: string): Chars {
  return /[\uD800-\uDFFF]/.test(line) ? Array.from(line) : line;
}

/** Characters [from, to) as a string. */
export function slice(chars: Chars, from: number, to?: number): string {
  return typeof chars === 'string' ? chars.slice(from, to) : chars.slice(from, to).join('');
}

/** Splits text into lines on \n, \r\n or a lone \r; a final newline does not start another line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Index of the first character that is not a space or tab. */
export function skipSpaces(chars: Chars, from = 0): number {
  let i = from;
  while (isSpace(chars[i])) i++;
  return i;
}

/**
 * Characters a reader cannot see or tell apart in a message: controls, format characters (U+200B,
 * U+FEFF, the bidirectional marks), separators (U+2028), surrogates, private and unassigned code
 * points, and combining marks, which would join the quote around them.
 */
const INVISIBLE = /^[\p{C}\p{Z}\p{M}]/u;

/** A readable form of one character for messages: `'x'`, or its code point for an invisible one. */
export function showChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x21 || INVISIBLE.test(c)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${c}'`;
}

/** Tokenizes one line (not a narration line); `#` outside a string ends it. Errors do not stop it. */
export function lexLine(chars: Chars, line: number): LexedLine {
  const tokens: Token[] = [];
  const errors: Diagnostic[] = [];
  let dropped = 0;
  let droppedCol = 0;
  const fail = (col: number, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ line, col, message });
    else if (dropped++ === 0) droppedCol = col;
  };
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    const col = i + 1;
    if (isSpace(c)) {
      i++;
    } else if (c === '#') {
      break;
    } else if (isWordStart(c)) {
      let j = i + 1;
      while (isWordChar(chars[j])) j++;
      tokens.push({ kind: 'word', col, end: j + 1, text: slice(chars, i, j) });
      i = j;
    } else if (isDigit(c)) {
      i = lexNumber(chars, i, tokens, fail);
    } else if (c === '"') {
      i = lexString(chars, i, tokens, fail);
    } else if (c === '/') {
      let j = i + 1;
      while (isPathChar(chars[j]) || (chars[j] === '-' && chars[j + 1] !== '>')) j++;
      tokens.push({ kind: 'path', col, end: j + 1, text: slice(chars, i, j) });
      i = j;
    } else if (c === '-' && chars[i + 1] === '>') {
      tokens.push({ kind: 'punct', col, end: col + 2, text: '->' });
      i += 2;
    } else if (c === ':' || c === '=' || c === ',' || c === '@' || c === '+' || c === '-') {
      tokens.push({ kind: 'punct', col, end: col + 1, text: c });
      i++;
    } else {
      fail(col, `unexpected character ${showChar(c ?? '')}`);
      i++;
    }
  }
  return { tokens, errors, dropped, droppedCol };
}

type Fail = (col: number, message: string) => void;

/** `4096`, `0x1000`, `4k`, `2p`: digits, then at most one lowercase unit. */
function lexNumber(chars: Chars, start: number, tokens: Token[], fail: Fail): number {
  const hex = chars[start] === '0' && chars[start + 1] === 'x';
  let i = hex ? start + 2 : start;
  const digitsFrom = i;
  while (hex ? isHex(chars[i]) : isDigit(chars[i])) i++;
  const digits = slice(chars, digitsFrom, i);
  let unit: Num['unit'] = '';
  const u = chars[i];
  if (u === 'k' || u === 'm' || u === 'p') {
    unit = u;
    i++;
  }
  let end = i;
  while (isWordChar(chars[end])) end++;
  const text = slice(chars, start, end);
  const col = start + 1;
  if (digits === '' || end !== i) {
    fail(
      col,
      `bad number "${excerpt(text)}": expected decimal digits or 0x and hex digits, then at most one unit (k, m or p)`,
    );
    return end;
  }
  const significant = digits.replace(/^0+/, '');
  // Past 13 hex or 15 decimal digits a number is surely too large; parsing it would only lose precision.
  const value =
    significant.length > (hex ? 13 : 15)
      ? Infinity
      : significant === ''
        ? 0
        : parseInt(significant, hex ? 16 : 10);
  if (value >= NUMBER_LIMIT) {
    fail(col, `number "${excerpt(text)}" is too large: numbers are below 2^48 (281474976710656)`);
    return end;
  }
  tokens.push({ kind: 'num', col, end: end + 1, text, num: { value, unit, hex } });
  return end;
}

/** A double-quoted string; `\"` and `\\` are its only escapes. */
function lexString(chars: Chars, start: number, tokens: Token[], fail: Fail): number {
  let i = start + 1;
  let value = '';
  let length = 0;
  while (i < chars.length && chars[i] !== '"') {
    const c = chars[i] ?? '';
    if (c === '\\') {
      const next = chars[i + 1];
      if (next === '"' || next === '\\') {
        value += next;
        i += 2;
      } else {
        fail(i + 1, `unknown escape in a string: only \\" and \\\\ are escapes`);
        value += c;
        i++;
      }
    } else {
      value += c;
      i++;
    }
    length++;
  }
  if (i >= chars.length) {
    fail(start + 1, 'unterminated string: expected a closing "');
    return i;
  }
  if (length > MAX_STRING)
    fail(start + 1, `a string holds at most ${MAX_STRING} characters (this one has ${length})`);
  tokens.push({ kind: 'str', col: start + 1, end: i + 2, text: slice(chars, start, i + 1), value });
  return i + 1;
}
