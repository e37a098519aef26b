/**
 * The `driver NAME TYPE [HOOK=CHOICE ...]` block: a driver of the TYPE's memory written from its hooks,
 * one `HOOK=CHOICE` or more per line, on the `driver` line or on the lines after it (a line that starts
 * with `WORD=` continues the block above). Nothing in it runs: each hook takes one of a few words.
 * `driver` is not a keyword, so a file that names a process or device `driver` stays valid.
 */

import { checkWords, HOOK_CHOICES, TYPE_HOOKS, type DriverHooks, type HookName } from '../sim/driverHooks.ts';
import type { DriverDecl, Pos } from '../sim/spec.ts';
import type { Cursor } from './cursor.ts';
import { DEVICE_TYPES } from './device-line.ts';
import { excerpt } from './lexer.ts';
import { declaredName, oneOf } from './operands.ts';

export const DRIVER_WORD = 'driver';

/** Parses the `driver NAME TYPE` line (after its first word) with any hooks on it. */
export function parseDriver(c: Cursor, pos: Pos): DriverDecl {
  const nameTok = declaredName(c, 'a driver name');
  const type = oneOf(c, DEVICE_TYPES, 'the type of device the driver drives');
  const decl: DriverDecl = { name: nameTok.text, type, pos, hooks: {}, hookOrder: [] };
  c.spots.set(decl, 'name', c.pos(nameTok));
  parseHooks(c, decl);
  return decl;
}

/** Parses `HOOK=CHOICE ...` to the end of the line into `decl`. */
export function parseHooks(c: Cursor, decl: DriverDecl): void {
  c.keyValues(() => parseHook(c, decl));
}

function parseHook(c: Cursor, decl: DriverDecl): void {
  const hooks = TYPE_HOOKS[decl.type];
  const keyTok = c.word(`a hook of a ${decl.type} driver (${hooks.join(', ')})`);
  const hook = hooks.find((h) => h === keyTok.text);
  if (!hook)
    c.failWith(
      `unknown hook "${excerpt(keyTok.text)}" for a ${decl.type} driver (hooks: ${hooks.join(', ')})`,
      keyTok,
    );
  c.punct('=', `"=" after ${hook}`);
  const value = hook === 'checks' ? checks(c, decl) : oneOf(c, HOOK_CHOICES[hook], `a choice for ${hook}`);
  if (decl.hookOrder.includes(hook)) {
    c.report(`the ${hook} hook is given twice in driver ${decl.name}`, keyTok);
    return;
  }
  c.spots.set(decl, `hook:${hook}`, c.pos(keyTok));
  decl.hookOrder.push(hook);
  (decl.hooks as Record<HookName, unknown>)[hook] = value;
}

/** `checks=range,slot` or `checks=none`. */
function checks(c: Cursor, decl: DriverDecl): DriverHooks['checks'] {
  const words = checkWords(decl.type);
  const out = { range: false, slot: false };
  const first = oneOf(c, words, 'what the mmap hook checks');
  if (first === 'none') return out;
  out[first as 'range' | 'slot'] = true;
  while (c.isPunct(',')) {
    c.next();
    const w = oneOf(
      c,
      words.filter((x) => x !== 'none'),
      'what the mmap hook checks',
    );
    out[w as 'range' | 'slot'] = true;
  }
  return out;
}
