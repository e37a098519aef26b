/** `expect ...` lines, and the text by which the runner reports an expectation that failed. */

import { ERRNOS, RULES, SIGNALS, type ExpectCheck, type Expectation, type Pos } from '../sim/spec.ts';
import type { Cursor } from './cursor.ts';
import { excerpt, type Chars } from './lexer.ts';
import { count, oneOf, value } from './operands.ts';

/** What follows each expectation word (an errno or a signal name aside); the cursor stands past it. */
const CHECKS: Record<string, (c: Cursor) => ExpectCheck> = {
  ok: () => ({ kind: 'ok' }),
  fault: () => ({ kind: 'fault' }),
  nofault: () => ({ kind: 'nofault' }),
  device: (c) => {
    const dev = c.word('a device name');
    let page = null;
    if (!c.done()) {
      oneOf(c, ['page'] as const, 'page or the end of the line');
      page = count(c, 'a page number');
    }
    const check: ExpectCheck = { kind: 'device', device: dev.text, page };
    c.spots.set(check, 'device', c.pos(dev));
    return check;
  },
  ram: () => ({ kind: 'ram' }),
  value: (c) => ({ kind: 'value', value: value(c) }),
  violation: (c) => ({ kind: 'violation', rule: c.done() ? null : rule(c) }),
  clean: () => ({ kind: 'clean' }),
  // kernel-models-more.md §11: the device's module use count after the step.
  users: (c) => {
    const dev = c.word('a device name');
    const check: ExpectCheck = { kind: 'users', device: dev.text, count: count(c, 'a use count') };
    c.spots.set(check, 'device', c.pos(dev));
    return check;
  },
};

/** The words an expectation starts with, besides an errno or a signal name: the parser's own table. */
export const EXPECT_WORDS: readonly string[] = Object.keys(CHECKS);

const CHECK_LIST = `an expectation (${['ok', 'an errno', ...SIGNALS, ...EXPECT_WORDS.filter((w) => w !== 'ok')].join(', ')})`;

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
  const errno = ERRNOS.find((e) => e === w);
  if (errno) return { kind: 'errno', errno };
  const signal = SIGNALS.find((s) => s === w);
  if (signal) return { kind: 'signal', signal };
  const check = Object.hasOwn(CHECKS, w) ? CHECKS[w] : undefined;
  if (check) return check(c);
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
  if (!found) c.failWith(`unknown rule "${excerpt(text)}" (rules: ${RULES.join(', ')})`, first);
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
