/**
 * What the editor offers as one types: a pure function of the text and the cursor, over the parser's
 * own tables (through the reference, which also gives each word its one-line description) and the
 * names the scenario has declared. CodeMirror's adapter is in setup.ts.
 */

import { DEVICE_OPS } from '../scenario/keywords.ts';
import { checkWords, HOOK_CHOICES, TYPE_HOOKS } from '../sim/driverHooks.ts';
import { PAGE_SIZES } from '../scenario/limits.ts';
import { referenceEntries } from '../scenario/reference/entries.ts';
import type { Entry } from '../scenario/reference/types.ts';
import { PROTS } from '../scenario/operands.ts';
import { MODES } from '../scenario/steps.ts';
import { devicePaths, scanNames, type ScenarioNames } from './scanNames.ts';

/** One offer, shaped as CodeMirror's Completion (this module does not import CodeMirror). */
export interface Offer {
  label: string;
  /** What is inserted, when it is not the label (`screens=` for the key `screens`). */
  apply?: string;
  type: 'keyword' | 'function' | 'type' | 'property' | 'constant' | 'variable' | 'enum' | 'text';
  /** A short hint beside the label: a form, a default. */
  detail?: string;
  /** The reference's description, shown beside the list. */
  info?: string;
}

export interface Completions {
  /** Where the word being completed starts (an offset in the text). */
  from: number;
  options: Offer[];
}

const ENTRIES = referenceEntries();
const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));
const entryOf = (id: string): Entry | undefined => BY_ID.get(id);
const entriesIn = (prefix: string) => ENTRIES.filter((e) => e.id.startsWith(prefix));

function offer(e: Entry | undefined, label: string, type: Offer['type'], more: Partial<Offer> = {}): Offer {
  return {
    label,
    type,
    ...(e && e.form !== e.name ? { detail: e.form } : {}),
    ...(e ? { info: e.text.replaceAll('`', '') } : {}),
    ...more,
  };
}

const words = (list: readonly string[], type: Offer['type'], detail?: string): Offer[] =>
  list.map((w) => ({ label: w, type, ...(detail ? { detail } : {}) }));

/** The statements a line may start with, and the processes (as `NAME: `). */
function lineStarts(names: ScenarioNames): Offer[] {
  const lines = entriesIn('line:')
    .filter((e) => /^[a-z]/.test(e.name))
    .map((e) => offer(e, e.name, 'keyword', { apply: `${e.name} ` }));
  const deviceSteps = DEVICE_OPS.map((w) => offer(entryOf(`step:${w}`), w, 'keyword', { apply: `${w} ` }));
  const procs = names.processes.map((p): Offer => ({
    label: `${p}:`,
    apply: `${p}: `,
    type: 'variable',
    detail: 'a step of this process',
  }));
  return [...procs, ...lines, ...deviceSteps];
}

function keyOffers(prefix: string, keys: readonly string[]): Offer[] {
  return keys.map((k) => {
    const e = entryOf(`${prefix}${k}`) ?? entryOf(`key:${k}`);
    const dflt = e?.default ? ` (default ${e.default})` : '';
    return offer(e, `${k}=`, 'property', { apply: `${k}=`, detail: `${e?.form ?? k}${dflt}` });
  });
}

/** Values after `KEY=` on a machine or device line. */
function keyValues(key: string, names: ScenarioNames): Offer[] | null {
  switch (key) {
    case 'pagesize':
      return words(
        PAGE_SIZES.map((b) => `${b / 1024}k`),
        'constant',
      );
    case 'levels':
      return words(['2', '3', '4'], 'constant');
    case 'alloc':
      return words(['vmalloc', 'kmalloc'], 'constant');
    case 'unmap':
      return words(['no'], 'constant');
    case 'pager':
      return words(['device'], 'constant');
    case 'cloning':
      return words(['no'], 'constant');
    case 'usecount':
      return words(['vma', 'open'], 'constant');
    case 'card':
      return words([...names.cardLabels, 'none'], 'constant');
    case 'prot':
      return words(PROTS, 'constant');
    default:
      return null;
  }
}

/**
 * The type a driver block drives when the cursor is among its hooks: on its `driver NAME TYPE` line past
 * the type, or on a `HOOK=` line below it; null elsewhere.
 */
function drivenType(text: string, lineStart: number, tokens: string[]): string | null {
  if (tokens[0] === 'driver') return tokens.length >= 3 ? (tokens[2] ?? null) : null;
  const rest = text.slice(lineStart).split('\n', 1)[0] ?? '';
  if (!/^\s*[A-Za-z_]\w*=/.test(rest) && !(tokens.length === 0 && /^\s+$/.test(rest))) return null;
  const above = text
    .slice(0, Math.max(0, lineStart - 1))
    .split('\n')
    .reverse();
  for (const line of above) {
    const bare = line.replace(/#.*$/, '');
    const m = /^\s*driver\s+\S+\s+(\S+)/.exec(bare);
    if (m?.[1]) return m[1];
    if (!/^\s*[A-Za-z_]\w*=/.test(bare)) return null;
  }
  return null;
}

/** The hooks a driver of `type` has, each with its choices and built-in default. */
function hookOffers(type: string): Offer[] {
  const hooks = (TYPE_HOOKS as Record<string, readonly string[] | undefined>)[type] ?? [];
  return keyOffers('hook:', hooks);
}

/** The choices after `HOOK=` in a driver block. */
function hookValues(hook: string, type: string): Offer[] | null {
  if (hook === 'checks' && type in TYPE_HOOKS)
    return words(checkWords(type as keyof typeof TYPE_HOOKS), 'constant');
  const choices = (HOOK_CHOICES as Record<string, readonly string[] | undefined>)[hook];
  return choices ? words(choices, 'constant') : null;
}

/** The tokens of a line before the cursor, split on spaces (a rough cut: enough to tell the place). */
function tokensOf(before: string): string[] {
  return before.trim() === '' ? [] : before.trim().split(/\s+/);
}

/** The completions at offset `pos` of `text`, or null where nothing is offered (narration, a comment). */
export function completeAt(text: string, pos: number): Completions | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  if (/^\s*>/.test(before) || before.includes('#')) return null;
  // The word being typed: a name, a key, a rule (with -), a path, or `KEY=partial`.
  const word = /[A-Za-z0-9_/.-]*$/.exec(before)?.[0] ?? '';
  const keyed = /([A-Za-z_]+)=([A-Za-z0-9_]*)$/.exec(before);
  const names = scanNames(text, lineStart);
  const tokens = tokensOf(before.slice(0, before.length - word.length));
  const at = (options: Offer[] | null, from = pos - word.length): Completions | null =>
    options && options.length > 0 ? { from, options } : null;

  const driven = drivenType(text, lineStart, tokens);
  if (keyed?.[1] && driven !== null) return at(hookValues(keyed[1], driven), pos - (keyed[2] ?? '').length);
  if (keyed?.[1] === 'driver') {
    const type = tokens[0] === 'device' ? tokens[2] : undefined;
    const blocks = names.drivers.filter((d) => type === undefined || d.type === type);
    return at(
      words(
        blocks.map((d) => d.name),
        'variable',
        'a driver block',
      ),
      pos - (keyed[2] ?? '').length,
    );
  }
  if (keyed?.[1]) return at(keyValues(keyed[1], names), pos - (keyed[2] ?? '').length);
  if (driven !== null) return at(hookOffers(driven));
  if (tokens.length === 0) return at(lineStarts(names));

  const head = tokens[0] ?? '';
  const proc = /^([A-Za-z_]\w*):$/.exec(head)?.[1] ?? (tokens[1] === ':' ? head : null);
  if (proc !== null) return at(stepArgs(proc, tokens.slice(tokens[1] === ':' ? 2 : 1), names));

  switch (head) {
    case 'kernel':
      return at(tokens.length === 1 ? entriesIn('kernel:').map((e) => offer(e, e.name, 'constant')) : null);
    case 'machine':
      return at(
        keyOffers(
          'machine:',
          entriesIn('machine:').map((e) => e.name),
        ),
      );
    case 'process':
      return at(tokens.length === 2 ? words(['nohandler'], 'keyword') : null);
    case 'driver':
      return at(tokens.length === 2 ? entriesIn('device:').map((e) => offer(e, e.name, 'type')) : null);
    case 'device':
      if (tokens.length === 2) return at(entriesIn('device:').map((e) => offer(e, e.name, 'type')));
      if (tokens.length >= 3) {
        const type = tokens[2] ?? '';
        const keys = ENTRIES.filter((e) => e.id.startsWith('key:') && (e.owner === type || e.owner === null));
        return at(
          keyOffers(
            `key:${type}.`,
            keys.map((e) => e.name),
          ),
        );
      }
      return null;
    case 'expect':
      return at(expectArgs(tokens.slice(1), names));
    case 'switch':
      return at(tokens.length === 1 ? deviceNames(names, 'vt') : null);
    case 'eject':
      return at(tokens.length === 1 ? deviceNames(names, 'card') : null);
    case 'unload':
      return at(tokens.length === 1 ? deviceNames(names, null) : null);
    case 'insert':
      if (tokens.length === 1) return at(deviceNames(names, 'card'));
      return at(tokens.length === 2 ? words(names.cardLabels, 'constant', 'a card label') : null);
    default:
      return null;
  }
}

function deviceNames(names: ScenarioNames, type: string | null): Offer[] {
  return names.devices
    .filter((d) => type === null || d.type === type)
    .map((d) => ({ label: d.name, type: 'variable', detail: `${d.type} device` }));
}

/**
 * After `expect`: the checks; after `expect device` or `expect users`, the devices; after `expect
 * violation`, the rules.
 */
function expectArgs(args: string[], names: ScenarioNames): Offer[] | null {
  if (args.length === 0) {
    return [
      ...entriesIn('expect:')
        .filter((e) => /^[a-z]/.test(e.name))
        .map((e) => offer(e, e.name, 'keyword')),
      ...entriesIn('errno:').map((e) => offer(e, e.name, 'constant', { detail: 'errno' })),
      ...entriesIn('signal:').map((e) => offer(e, e.name, 'constant', { detail: 'signal' })),
    ];
  }
  if (args[0] === 'violation' && args.length === 1)
    return entriesIn('rule:').map((e) => offer(e, e.name, 'enum', { detail: 'rule' }));
  if ((args[0] === 'device' || args[0] === 'users') && args.length === 1) return deviceNames(names, null);
  if (args[0] === 'device' && args.length === 2) return words(['page'], 'keyword');
  return null;
}

/** The process's variables, labelled as what they are for this argument. */
function variables(proc: string, names: ScenarioNames, detail: string): Offer[] {
  return (names.variables.get(proc) ?? []).map((v) => ({ label: v, type: 'variable', detail }));
}

/** After `PROC:`: the operations; after the operation, its arguments. */
function stepArgs(proc: string, args: string[], names: ScenarioNames): Offer[] | null {
  if (args.length === 0)
    return entriesIn('step:')
      .filter((e) => !(DEVICE_OPS as readonly string[]).includes(e.name))
      .map((e) => offer(e, e.name, 'function', { apply: `${e.name} ` }));
  const op = args[0];
  const n = args.length - 1;
  if (args.includes('->')) return null;
  switch (op) {
    case 'open':
      if (n === 0)
        return names.devices.flatMap((d) =>
          devicePaths(d).map((p): Offer => ({ label: p, type: 'text', detail: `${d.type} device` })),
        );
      return n === 1 ? words(MODES, 'constant', 'open mode') : null;
    case 'close':
      return n === 0 ? variables(proc, names, 'descriptor') : null;
    case 'mmap':
      if (n === 0) return variables(proc, names, 'descriptor');
      if (n === 1) return null;
      return [
        ...['off', 'prot', 'at'].map((k): Offer => ({
          label: `${k}=`,
          apply: `${k}=`,
          type: 'property',
          detail: `mmap ${k}=`,
        })),
        ...words(['shared', 'private'], 'keyword'),
      ];
    case 'munmap':
    case 'read':
    case 'write':
      return n === 0 ? variables(proc, names, 'address') : null;
    case 'mprotect':
      if (n === 0) return variables(proc, names, 'address');
      return n === 2 ? words(PROTS, 'constant', 'protection') : null;
    default:
      return null;
  }
}
