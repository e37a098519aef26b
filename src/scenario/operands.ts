/** Parsers for the operands that many statements share: names, numbers, addresses, values, prot. */

import type { Addr, FdRef, Num, Prot, Value } from '../sim/spec.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { nameProblem } from './limits.ts';

export const PROTS: readonly Prot[] = ['none', 'r', 'w', 'rw', 'rx', 'rwx'];

/** A name being declared (device, process, variable, card label, region): checked against the name rule. */
export function declaredName(c: Cursor, what: string): Token & { kind: 'word' } {
  const tok = c.word(what);
  const problem = nameProblem(tok.text);
  if (problem) c.failWith(problem, tok);
  return tok;
}

/** A size or byte offset: a number that may carry a unit (`4k`, `2p`). */
export function size(c: Cursor, what: string): Num {
  const tok = c.peek();
  if (tok?.kind !== 'num') c.fail(what, tok);
  c.next();
  c.spots.set(tok.num, 'self', c.pos(tok));
  return tok.num;
}

/** A count (`ram=`, `pages=`, a screen number): a number without a unit. */
export function count(c: Cursor, what: string): Num {
  const tok = c.peek();
  const num = size(c, what);
  if (num.unit !== '') c.report(`${what} is a count and takes no unit, found "${tok?.text ?? ''}"`, tok);
  return num;
}

/** `scr`, `scr+16`, `end-8`, `a+2p` or a number, with no spaces inside. */
export function address(c: Cursor): Addr {
  const first = c.peek();
  const what = 'an address (a number, a variable, or a variable plus or minus a number)';
  let addr: Addr;
  if (first?.kind === 'num') {
    c.next();
    c.spots.set(first.num, 'self', c.pos(first));
    addr = { kind: 'num', num: first.num };
  } else if (first?.kind === 'word') {
    c.next();
    addr = { kind: 'var', name: first.text, sign: 1, offset: null };
    const op = c.peek();
    if (op?.kind === 'punct' && (op.text === '+' || op.text === '-')) {
      const num = c.peek(1);
      if (op.col !== first.end || num?.col !== op.end)
        c.failWith('no spaces are allowed inside an address', op);
      c.next();
      addr.sign = op.text === '+' ? 1 : -1;
      addr.offset = size(c, `a number after "${op.text}"`);
    }
  } else {
    c.fail(what, first);
  }
  c.spots.set(addr, 'self', c.pos(first));
  const after = c.peek();
  if (after?.kind === 'punct' && (after.text === '+' || after.text === '-'))
    c.failWith('an address is a number, a variable, or a variable plus or minus one number', after);
  return addr;
}

/** A file descriptor: a variable or a number. */
export function fdRef(c: Cursor): FdRef {
  const tok = c.peek();
  if (tok?.kind === 'word') {
    c.next();
    return { kind: 'var', name: tok.text };
  }
  if (tok?.kind !== 'num') c.fail('a file descriptor (a variable or a number)', tok);
  c.next();
  if (tok.num.unit !== '') c.report(`a file descriptor takes no unit, found "${tok.text}"`, tok);
  return { kind: 'num', value: tok.num.value };
}

/** A value to write or expect: a string or a number (numbers are stored as decimal text). */
export function value(c: Cursor): Value {
  const tok = c.peek();
  if (tok?.kind === 'str') {
    c.next();
    return { kind: 'str', text: tok.value };
  }
  if (tok?.kind !== 'num') c.fail('a value (a string or a number)', tok);
  c.next();
  if (tok.num.unit !== '') c.report(`a value takes no unit, found "${tok.text}"`, tok);
  c.spots.set(tok.num, 'self', c.pos(tok));
  return { kind: 'num', num: tok.num };
}

/** `none`, `r`, `w`, `rw`, `rx` or `rwx`. */
export function prot(c: Cursor): Prot {
  const tok = c.peek();
  const found = PROTS.find((p) => tok?.kind === 'word' && tok.text === p);
  if (!found) c.fail(`a prot (${PROTS.join(', ')})`, tok);
  c.next();
  return found;
}

/** One of a fixed set of words, e.g. a kernel name. */
export function oneOf<T extends string>(c: Cursor, words: readonly T[], what: string): T {
  const tok = c.peek();
  const found = words.find((w) => tok?.kind === 'word' && tok.text === w);
  if (found === undefined) c.fail(`${what} (${words.join(', ')})`, tok);
  c.next();
  return found;
}
