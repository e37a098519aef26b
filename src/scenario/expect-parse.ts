/** `expect ...` lines, and the text by which the runner reports an expectation that failed. */

import { ERRNOS, RULES, SIGNALS, type ExpectCheck, type Expectation, type Pos } from '../sim/spec.ts';
import type { Cursor } from './cursor.ts';
import type { Chars } from './lexer.ts';
import { count, oneOf, value } from './operands.ts';

const SIMPLE = ['ok', 'fault', 'nofault', 'ram', 'clean'] as const;
const CHECK_LIST =
  'an expectation (ok, an errno, SIGBUS, SIGSEGV, SIGKILL, fault, nofault, device, ram, value, violation, clean, users)';

/** `expect CHECK`; `chars` is the whole line, for the expectation's text. */
export function parseExpect(c: Cursor, pos: Pos, chars: Chars): Expectation {
  const check = parseCheck(c);
  c.end();
  return { check, pos, text: statementText(chars) };
}

/** What follows `expect`; the cursor stands just past it. */
export function parseCheck(c: Cursor): ExpectCheck {
  const tok = c.word(CHECK_LIST);
  const w = tok.text;
  const simple = SIMPLE.find((s) => s === w);
  if (simple) return { kind: simple };
  const errno = ERRNOS.find((e) => e === w);
  if (errno) return { kind: 'errno', errno };
  const signal = SIGNALS.find((s) => s === w);
  if (signal) return { kind: 'signal', signal };
  if (w === 'device') {
    const dev = c.word('a device name');
    let page = null;
    if (!c.done()) {
      oneOf(c, ['page'] as const, 'page or the end of the line');
      page = count(c, 'a page number');
    }
    const check: ExpectCheck = { kind: 'device', device: dev.text, page };
    c.spots.set(check, 'device', c.pos(dev));
    return check;
  }
  if (w === 'users') {
    const dev = c.word('a device name');
    const check: ExpectCheck = { kind: 'users', device: dev.text, count: count(c, 'a use count') };
    c.spots.set(check, 'device', c.pos(dev));
    return check;
  }
  if (w === 'value') return { kind: 'value', value: value(c) };
  if (w === 'violation') return { kind: 'violation', rule: c.done() ? null : rule(c) };
  if (/^SIG[A-Z]+$/.test(w)) c.failWith(`unknown signal "${w}" (signals: ${SIGNALS.join(', ')})`, tok);
  if (/^E[A-Z]+$/.test(w)) c.failWith(`unknown errno "${w}" (errnos: ${ERRNOS.join(', ')})`, tok);
  c.fail(CHECK_LIST, tok);
}

/** A rule name such as `vt-foreground`: words joined by `-` with no spaces. */
function rule(c: Cursor): NonNullable<Extract<ExpectCheck, { kind: 'violation' }>['rule']> {
  const first = c.word(`a rule (${RULES.join(', ')})`);
  let text = first.text;
  let end = first.end;
  while (
    c.isPunct('-') &&
    c.peek()?.col === end &&
    c.peek(1)?.kind === 'word' &&
    c.peek(1)?.col === end + 1
  ) {
    c.next();
    const part = c.next();
    text += `-${part?.text ?? ''}`;
    end = part?.end ?? end;
  }
  const found = RULES.find((r) => r === text);
  if (!found) c.failWith(`unknown rule "${text}" (rules: ${RULES.join(', ')})`, first);
  return found;
}

/**
 * A line as the runner quotes it: without its comment and surrounding spaces, and with each run of
 * spaces outside strings made one space, so `expect  ok   # x` reads `expect ok`.
 */
export function statementText(chars: Chars): string {
  let out = '';
  let inString = false;
  let space = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (inString) {
      out += ch;
      if (ch === '\\' && i + 1 < chars.length) out += chars[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '#') break;
    if (ch === ' ' || ch === '\t') {
      space = true;
      continue;
    }
    if (space && out !== '') out += ' ';
    space = false;
    out += ch;
    if (ch === '"') inString = true;
  }
  return out;
}
