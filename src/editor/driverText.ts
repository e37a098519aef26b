/**
 * Driver blocks as the text holds them, for the hook panel: where each block and each written hook is,
 * and the text with one hook changed or one device's built-in driver written out as a block. Read from
 * the lines with no parse, so the panel follows a text that is half written; only the changed words
 * move, so the user's comments and layout stay.
 */

import { BUILTIN_DRIVER_BLOCKS } from '../scenario/drivers/index.ts';
import { DEVICE_TYPES } from '../scenario/device-line.ts';
import { BUILTIN_HOOKS, HOOK_NAMES, hookText, TYPE_HOOKS, type HookName } from '../sim/driverHooks.ts';
import type { DeviceType } from '../sim/spec.ts';

export interface HookInText {
  value: string;
  /** Offsets of the value in the text. */
  from: number;
  to: number;
}

export interface BlockInText {
  name: string;
  type: DeviceType;
  /** 1-based line of `driver NAME TYPE`. */
  line: number;
  /** Offset just past the block's last line (before its newline). */
  end: number;
  /** Indentation of the block's hook lines (two spaces when it has none). */
  indent: string;
  written: Map<HookName, HookInText>;
}

export interface DeviceInText {
  name: string;
  type: DeviceType;
  line: number;
  /** Offsets of the whole line, without its newline. */
  from: number;
  to: number;
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const DRIVER_LINE = new RegExp(`^(\\s*)driver\\s+(${NAME})\\s+(${NAME})`);
const DEVICE_LINE = new RegExp(`^\\s*device\\s+(${NAME})\\s+(${NAME})`);
const HOOK_LINE = /^(\s*)[A-Za-z_]\w*=/;
const HOOK = /([A-Za-z_]\w*)=([A-Za-z0-9_,]*)/g;

const isType = (w: string | undefined): w is DeviceType => DEVICE_TYPES.some((t) => t === w);
const isHook = (w: string): w is HookName => HOOK_NAMES.some((h) => h === w);

interface Line {
  text: string;
  from: number;
}

/** A step line: `NAME:` or a device operation. Driver blocks and devices come before the first one. */
const STEP_LINE = /^\s*(?:[A-Za-z_]\w*\s*:|(?:switch|eject|insert|unload)\s)/;

/**
 * The lines before the first step (where driver blocks and device lines stand), so the panel reads a
 * header however long the file's steps run (it reads again on every keystroke).
 */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, nl === -1 ? text.length : nl);
    if (STEP_LINE.test(line)) break;
    out.push({ text: line, from });
    if (nl === -1) break;
    from = nl + 1;
  }
  return out;
}

/** The code part of a line: up to a `#` outside a string (hook lines have no strings). */
const code = (line: string) => line.replace(/#.*$/, '');

/** Every driver block of the text, with the hooks it writes. */
export function driverBlocks(text: string): BlockInText[] {
  const out: BlockInText[] = [];
  let open: BlockInText | null = null;
  let hookLines = 0;
  linesOf(text).forEach((l, i) => {
    const bare = code(l.text);
    // Blank and comment lines may stand inside a block, as the parser reads it.
    if (bare.trim() === '') return;
    const head = DRIVER_LINE.exec(bare);
    let hooksFrom = -1;
    if (head && isType(head[3])) {
      open = { name: head[2]!, type: head[3], line: i + 1, end: 0, indent: '  ', written: new Map() };
      out.push(open);
      hooksFrom = head[0].length;
      hookLines = 0;
    } else if (open && HOOK_LINE.test(bare)) {
      // New hook lines take the indentation of the block's first one.
      if (hookLines++ === 0) open.indent = HOOK_LINE.exec(bare)![1] || '  ';
      hooksFrom = 0;
    } else open = null;
    if (!open || hooksFrom < 0) return;
    open.end = l.from + bare.trimEnd().length;
    for (const m of bare.slice(hooksFrom).matchAll(HOOK)) {
      const hook = m[1]!;
      if (!isHook(hook) || open.written.has(hook)) continue;
      const from = l.from + hooksFrom + m.index + hook.length + 1;
      open.written.set(hook, { value: m[2]!, from, to: from + m[2]!.length });
    }
  });
  return out;
}

/** The choice a block makes for `hook`: the written one, else the built-in driver's. */
export function hookChoice(block: BlockInText, hook: HookName): string {
  return block.written.get(hook)?.value ?? hookText(BUILTIN_HOOKS[block.type], hook);
}

/** The hooks a block's panel shows, in its type's order. */
export function blockHooks(block: BlockInText): readonly HookName[] {
  return TYPE_HOOKS[block.type];
}

/** The text with `hook=value` in the block: the written value replaced, or a new hook line after the block. */
export function withHook(text: string, block: BlockInText, hook: HookName, value: string): string {
  const spot = block.written.get(hook);
  if (spot) return text.slice(0, spot.from) + value + text.slice(spot.to);
  return `${text.slice(0, block.end)}\n${block.indent}${hook}=${value}${text.slice(block.end)}`;
}

/** Device lines that use their type's built-in driver (no `driver=`). */
export function devicesOnBuiltins(text: string): DeviceInText[] {
  return linesOf(text).flatMap((l, i) => {
    const m = DEVICE_LINE.exec(code(l.text));
    if (!m || !isType(m[2]) || /\bdriver=/.test(code(l.text))) return [];
    return [{ name: m[1]!, type: m[2], line: i + 1, from: l.from, to: l.from + l.text.length }];
  });
}

/**
 * The text with `device`'s built-in driver written out as a block just above its line, the line using
 * it (`driver=NAME`); the line's `unmap=` and `usecount=` move into the block.
 */
export function spellOutDevice(text: string, device: DeviceInText): string {
  const taken = new Set(driverBlocks(text).map((b) => b.name));
  const base = `${device.name}_driver`;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  const line = text.slice(device.from, device.to);
  const moved = new Map<string, string>();
  const kept = line.replace(/\s+(unmap|usecount)=(\w+)/g, (_m, key: string, value: string) => {
    moved.set(key, value);
    return '';
  });
  let block = BUILTIN_DRIVER_BLOCKS[device.type].replace(/^driver \S+/m, `driver ${name}`).replace(/\n$/, '');
  for (const [key, value] of moved)
    block = block.replace(new RegExp(`^(\\s*${key}=)\\w+`, 'm'), `$1${value}`);
  const comment = /\s*#.*$/.exec(kept)?.[0] ?? '';
  const device_ = `${kept.slice(0, kept.length - comment.length).trimEnd()} driver=${name}${comment}`;
  return `${text.slice(0, device.from)}${block}\n${device_}${text.slice(device.to)}`;
}
