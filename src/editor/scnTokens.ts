/**
 * The .scn tokenizer for CodeMirror's StreamLanguage. Every statement is one line, so the state is reset
 * at each line start: highlighting a line never depends on the lines before it, any line can be
 * highlighted on its own (CodeMirror may start parsing in the middle of a 4 MB file), and each call
 * consumes at least one character, so a line costs time linear in its length.
 */
import type { StreamParser, StringStream } from '@codemirror/language';
import { DRIVER_WORD } from '../scenario/driver-block.ts';
import { KEYWORDS } from '../scenario/keywords.ts';
import { ERRNOS, SIGNALS } from '../sim/spec.ts';

/** What the tokenizer calls each piece; highlight.ts gives each a tag and a colour. */
export type ScnToken =
  | 'keyword'
  | 'actor'
  | 'narration'
  | 'comment'
  | 'string'
  | 'number'
  | 'key'
  | 'arrow'
  | 'definition'
  | 'errno'
  | 'signal'
  | 'path'
  | 'punctuation';

export interface ScnState {
  /** How many tokens of the line came before (0: the next one starts the statement). */
  tokens: number;
  /** The last token was `->`: the next name is the variable it sets. */
  afterArrow: boolean;
  /** The statement is an `expect` line: errno and signal names are its outcomes. */
  inExpect: boolean;
}

export { KEYWORDS };
// The parser's own tables: one source for what the parser accepts and what the editor colours.
export const ERRNO_NAMES: ReadonlySet<string> = new Set(ERRNOS);
export const SIGNAL_NAMES: ReadonlySet<string> = new Set(SIGNALS);

// Character classes by comparison, never `stream.match(regex)`: CodeMirror's StringStream matches a regex
// against a copy of the rest of the line, which would make a long line quadratic.
type Ch = string | undefined;
const isDigit = (c: Ch) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: Ch) =>
  isDigit(c) || (c !== undefined && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
const isWordStart = (c: Ch) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
const isWordChar = (c: Ch) => isWordStart(c) || isDigit(c);
const isPathChar = (c: Ch) => isWordChar(c) || c === '.' || c === '/';
const isUnit = (c: Ch) => c === 'k' || c === 'm' || c === 'p';

function startState(): ScnState {
  return { tokens: 0, afterArrow: false, inExpect: false };
}

/** Reads one token from the stream; `null` for spaces and text without a class. */
export function scnToken(stream: StringStream, state: ScnState): ScnToken | null {
  if (stream.sol()) Object.assign(state, startState());
  if (stream.eatSpace()) return null;
  const c = stream.peek();
  const first = state.tokens++ === 0;
  if (c === '>' && first) {
    // Narration is free text to the end of the line: no comments, no strings in it.
    stream.skipToEnd();
    return 'narration';
  }
  if (c === '#') {
    stream.skipToEnd();
    return 'comment';
  }
  if (c === '"') return readString(stream);
  if (stream.match('->')) {
    state.afterArrow = true;
    return 'arrow';
  }
  if (isDigit(c)) return readNumber(stream);
  if (c === '/') return readPath(stream);
  if (isWordStart(c)) {
    stream.eatWhile(isWordChar);
    return classifyWord(stream, state, stream.current(), first);
  }
  // One character, whole: a highlight span must not split a surrogate pair.
  const code = stream.next()?.charCodeAt(0) ?? 0;
  if (code >= 0xd800 && code <= 0xdbff) stream.next();
  return 'punctuation';
}

/** `4096`, `0x1000`, `4k`, `2p`; a digit-led word that is not a number (`4kb`, `0xzz`) gets no colour. */
function readNumber(stream: StringStream): ScnToken | null {
  const hex = stream.match('0x');
  const digits = stream.eatWhile(hex ? isHex : isDigit);
  if (isUnit(stream.peek())) stream.next();
  // The parser rejects the glued word; here it stays one token, uncoloured.
  if (stream.eatWhile(isWordChar) || (hex && !digits)) return null;
  return 'number';
}

/** `/dev/ttyv0`: a path may hold `-`, but not the `-` of an arrow glued to it. */
function readPath(stream: StringStream): ScnToken {
  stream.next();
  for (;;) {
    const c = stream.peek();
    if (isPathChar(c)) stream.next();
    else if (c === '-' && !stream.match('->', false)) stream.next();
    else return 'path';
  }
}

function classifyWord(stream: StringStream, state: ScnState, word: string, first: boolean): ScnToken | null {
  if (state.afterArrow) {
    state.afterArrow = false;
    return 'definition';
  }
  if (first && isActorColon(stream)) return 'actor';
  if (stream.peek() === '=') return 'key';
  // `driver` starts a block only at the start of a line: it is not a keyword, and may name things.
  if (KEYWORDS.has(word) || (first && word === DRIVER_WORD)) {
    if (first && word === 'expect') state.inExpect = true;
    return 'keyword';
  }
  if (state.inExpect && ERRNO_NAMES.has(word)) return 'errno';
  if (state.inExpect && SIGNAL_NAMES.has(word)) return 'signal';
  return null;
}

/** The `:` after the first word of a process step (spaces may come before it); consumed with the name. */
function isActorColon(stream: StringStream): boolean {
  const from = stream.pos;
  stream.eatSpace();
  if (stream.eat(':')) return true;
  stream.backUp(stream.pos - from);
  return false;
}

/** A double-quoted string with `\"` and `\\` escapes; an unterminated one runs to the end of the line. */
function readString(stream: StringStream): ScnToken {
  stream.next();
  for (let ch = stream.next(); ch !== undefined; ch = stream.next()) {
    if (ch === '\\') stream.next();
    else if (ch === '"') break;
  }
  return 'string';
}

export const scnStreamParser: StreamParser<ScnState> = {
  name: 'scenario',
  startState,
  token: scnToken,
  copyState: (s) => ({ ...s }),
  languageData: { commentTokens: { line: '#' } },
};
