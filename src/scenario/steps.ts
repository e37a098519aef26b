/** Step lines: `PROC: OP ARGS [-> VAR]` and the device steps `switch`, `eject`, `insert`, `unload`. */

import type { DeviceOp, OpenMode, Pos, ProcOp, Step } from '../sim/spec.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { DEVICE_OPS, PROC_OPS } from './keywords.ts';
import { address, count, declaredName, fdRef, oneOf, prot, size, value } from './operands.ts';

export { DEVICE_OPS, PROC_OPS };

export const MODES: readonly OpenMode[] = ['rw', 'ro', 'wo'];
/** The ops that give a result worth keeping in a variable. */
const ARROW_OPS: ReadonlySet<string> = new Set(['open', 'mmap', 'fork']);

/** A step as it stands on its line; the parser adds narration, starts and expectations. */
function step<T extends object>(pos: Pos, rest: T): Step {
  return { pos, narration: null, starts: [], expects: [], ...rest } as unknown as Step;
}

/** `PROC: OP ARGS [-> VAR]`. */
export function parseProcStep(c: Cursor, pos: Pos): Step {
  const procTok = c.word('a process name');
  c.punct(':');
  const opTok = c.peek();
  const op = oneOf(c, PROC_OPS, 'an operation');
  const action = parseArgs(c, op);
  let into: string | null = null;
  let intoTok: Token | undefined;
  if (c.isPunct('->')) {
    const arrow = c.next();
    if (!ARROW_OPS.has(op)) c.report('-> VAR is allowed only on open, mmap and fork', arrow);
    const name = declaredName(c, op === 'fork' ? 'a name for the new process' : 'a variable name');
    intoTok = name;
    into = name.text;
  }
  c.end(into === null && ARROW_OPS.has(op) ? '-> or the end of the line' : 'the end of the line');
  if (op === 'fork' && into === null) c.failWith('fork needs -> CHILD to name the new process', opTok);
  const s = step(pos, { kind: 'proc', proc: procTok.text, action, into });
  c.spots.set(s, 'proc', c.pos(procTok));
  if (intoTok) c.spots.set(s, 'into', c.pos(intoTok));
  return s;
}

/** Does the argument list stop here (end of line or the arrow)? */
const atTail = (c: Cursor) => c.done() || c.isPunct('->');

function parseArgs(c: Cursor, op: (typeof PROC_OPS)[number]): ProcOp {
  switch (op) {
    case 'open': {
      const path = c.peek();
      if (path?.kind !== 'path') c.fail('a device path such as /dev/NAME', path);
      c.next();
      const mode = atTail(c) ? null : oneOf(c, MODES, 'an open mode');
      const action: ProcOp = { op, path: path.text, mode };
      c.spots.set(action, 'path', c.pos(path));
      return action;
    }
    case 'close':
      return { op, fd: fdAt(c) };
    case 'mmap':
      return parseMmap(c);
    case 'munmap':
      return { op, addr: address(c), len: size(c, 'a length') };
    case 'mprotect':
      return { op, addr: address(c), len: size(c, 'a length'), prot: prot(c) };
    case 'read':
      return { op, addr: address(c) };
    case 'write':
      return { op, addr: address(c), value: atTail(c) ? null : value(c) };
    default:
      return { op };
  }
}

function fdAt(c: Cursor) {
  const tok = c.peek();
  const fd = fdRef(c);
  c.spots.set(fd, 'self', c.pos(tok));
  return fd;
}

/** `mmap FD LEN [off=N] [prot=P] [shared|private] [at=ADDR]`, options in any order, each once. */
function parseMmap(c: Cursor): ProcOp {
  const action: Extract<ProcOp, { op: 'mmap' }> = {
    op: 'mmap',
    fd: fdAt(c),
    len: size(c, 'a length'),
    off: null,
    prot: null,
    share: null,
    at: null,
    order: [],
  };
  const what = 'an mmap option (off=N, prot=P, shared, private, at=ADDR), -> or the end of the line';
  while (!atTail(c)) {
    const tok = c.word(what);
    const key = tok.text === 'shared' || tok.text === 'private' ? 'share' : tok.text;
    if (key !== 'off' && key !== 'prot' && key !== 'share' && key !== 'at') c.fail(what, tok);
    if (key !== 'share') c.punct('=', `"=" after ${key}`);
    const given = action.order.includes(key);
    if (given) c.report(key === 'share' ? 'shared or private is given twice' : `${key} is given twice`, tok);
    if (key === 'off') {
      const off = size(c, 'an offset');
      if (!given) action.off = off;
    } else if (key === 'prot') {
      const p = prot(c);
      if (!given) action.prot = p;
    } else if (key === 'at') {
      const at = address(c);
      if (!given) action.at = at;
    } else if (!given) {
      action.share = tok.text as 'shared' | 'private';
    }
    if (!given) action.order.push(key);
  }
  return action;
}

/** `switch DEV N`, `eject DEV`, `insert DEV LABEL`, `unload DEV`. */
export function parseDeviceStep(c: Cursor, pos: Pos): Step {
  const op = oneOf(c, DEVICE_OPS, 'a device operation');
  const devTok = c.word('a device name');
  const device = devTok.text;
  let action: DeviceOp;
  let labelTok: Token | undefined;
  if (op === 'switch') {
    action = { op, device, screen: count(c, 'a screen number') };
  } else if (op === 'insert') {
    if (c.isWord('none')) c.failWith('none is not a card label: eject empties a slot');
    const label = declaredName(c, 'a card label');
    labelTok = label;
    action = { op, device, label: label.text };
  } else {
    action = { op, device };
  }
  c.end();
  const s = step(pos, { kind: 'device', action });
  c.spots.set(s, 'device', c.pos(devTok));
  if (labelTok) c.spots.set(s, 'label', c.pos(labelTok));
  return s;
}
