/**
 * The language reference, built from the parser's own tables: every keyword, key, expectation, errno,
 * signal and rule the parser accepts is an entry, with what the notes say about it. A word the parser
 * knows and no note describes still gets an entry (marked undescribed), so the reference never leaves a
 * word out; a note for a word the parser does not know is reported by `staleNotes`.
 */

import { BUILTIN_HOOKS, HOOK_CHOICES, hookText, TYPE_HOOKS } from '../../sim/driverHooks.ts';
import { DEVICE_DEFAULTS, ERRNOS, KERNELS, RULES, SIGNALS } from '../../sim/spec.ts';
import { DRIVER_WORD } from '../driver-block.ts';
import { COMMON_DEVICE_KEYS, DEVICE_KEYS, DEVICE_TYPES } from '../device-line.ts';
import { EXPECT_WORDS } from '../expect-parse.ts';
import { defaultMachine, MACHINE_KEYS } from '../header.ts';
import { DEVICE_OPS, HEADER_WORDS, PROC_OPS } from '../keywords.ts';
import { DEVICE_NOTES, KEY_DEFAULT_WORDS, KEY_NOTES } from './notes-devices.ts';
import { DRIVER_NOTES } from './notes-drivers.ts';
import { ERRNO_NOTES, EXPECT_NOTES, RULE_NOTES, SIGNAL_NOTES } from './notes-expect.ts';
import { KERNEL_NOTES, LINE_NOTES, MACHINE_NOTES } from './notes-lines.ts';
import { STEP_NOTES } from './notes-steps.ts';
import type { Entry, Note, Section, SectionId } from './types.ts';

/** The parser's tables the reference is made from; a test passes altered copies. */
export interface LanguageTables {
  headerWords: readonly string[];
  kernels: readonly string[];
  machineKeys: readonly string[];
  machineDefaults: Readonly<Record<string, number>>;
  deviceTypes: readonly string[];
  deviceKeys: Readonly<Record<string, readonly string[]>>;
  commonDeviceKeys: readonly string[];
  /** The word that starts a driver block (not a keyword: names may still use it). */
  driverWord: string;
  /** Each hook's choices, and the hooks each device type's driver has. */
  hookChoices: Readonly<Record<string, readonly string[]>>;
  typeHooks: Readonly<Record<string, readonly string[]>>;
  deviceDefaults: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  procOps: readonly string[];
  deviceOps: readonly string[];
  expectWords: readonly string[];
  errnos: readonly string[];
  signals: readonly string[];
  rules: readonly string[];
}

/** The tables as the parser holds them now. */
export function parserTables(): LanguageTables {
  const m = defaultMachine();
  return {
    headerWords: HEADER_WORDS,
    kernels: KERNELS,
    machineKeys: MACHINE_KEYS,
    machineDefaults: { pagesize: m.pageSize, ram: m.ram, levels: m.levels, tlb: m.tlb },
    deviceTypes: DEVICE_TYPES,
    deviceKeys: DEVICE_KEYS,
    commonDeviceKeys: COMMON_DEVICE_KEYS,
    driverWord: DRIVER_WORD,
    hookChoices: HOOK_CHOICES,
    typeHooks: TYPE_HOOKS,
    deviceDefaults: DEVICE_DEFAULTS,
    procOps: PROC_OPS,
    deviceOps: DEVICE_OPS,
    expectWords: EXPECT_WORDS,
    errnos: ERRNOS,
    signals: SIGNALS,
    rules: RULES,
  };
}

const NOTES: Readonly<Record<string, Note>> = {
  ...LINE_NOTES,
  ...KERNEL_NOTES,
  ...MACHINE_NOTES,
  ...DEVICE_NOTES,
  ...KEY_NOTES,
  ...DRIVER_NOTES,
  ...STEP_NOTES,
  ...EXPECT_NOTES,
  ...ERRNO_NOTES,
  ...SIGNAL_NOTES,
  ...RULE_NOTES,
};

const TITLES: Record<SectionId, [string, string]> = {
  lines: [
    'Lines',
    'One statement per line. Header lines come before the first step; `process` may also come between steps.',
  ],
  kernels: ['Kernels', 'The `kernel` line names one of these models.'],
  machine: ['Machine', 'The keys of the `machine` line, each optional.'],
  devices: ['Devices', 'The types of a `device` line, each with its keys and their defaults.'],
  drivers: [
    'Driver hooks',
    'The hooks of a `driver NAME TYPE` block, each `HOOK=CHOICE`. A hook not written is the built-in driver\u2019s (the default); src/scenario/drivers/ writes out each built-in driver as a block.',
  ],
  steps: ['Steps', 'A process step is `PROC: OP ARGS [-> VAR]`; a device step starts with its operation.'],
  expectations: ['Expectations', 'An `expect` line checks the step before it.'],
  errnos: [
    'Errnos',
    'What a refused step returns, and what `expect ERRNO` names. Every refused step says why.',
  ],
  signals: ['Signals', 'What ends an access, and what `expect SIGNAL` names.'],
  rules: ['Rules', 'The isolation rules, checked after every step; `expect violation RULE` names one.'],
};

/** A default in the language's own words: `4k`, `1p`, `0x100`, `a:1@0`. */
function defaultWords(key: string, value: unknown): string {
  if (key === 'fb') return `${String(value)}p`;
  if (key === 'pagesize' && typeof value === 'number') return `${value / 1024}k`;
  if (key === 'size' && typeof value === 'number') return `0x${value.toString(16)}`;
  if (typeof value === 'object' && value !== null) {
    const r = value as { name: string; pages: number; offset: number };
    return `${r.name}:${r.pages}@${r.offset}`;
  }
  return String(value);
}

function entry(
  section: SectionId,
  id: string,
  name: string,
  extra: { default?: string | null; owner?: string | null } = {},
): Entry {
  const note = NOTES[id];
  return {
    id,
    section,
    name,
    form: note?.form ?? name,
    text: note?.text ?? 'Not described yet: the parser accepts it (npm run docs lists such words).',
    example: note?.example ?? null,
    default: extra.default ?? note?.default ?? null,
    owner: extra.owner ?? null,
    described: note !== undefined,
  };
}

/** Every section of the reference, in order, each entry in its table's order. */
export function referenceSections(t: LanguageTables = parserTables()): Section[] {
  const make = (id: SectionId, entries: Entry[]): Section => ({
    id,
    title: TITLES[id][0],
    intro: TITLES[id][1],
    entries,
  });
  const keyEntry = (type: string | null, key: string) => {
    const id = type === null ? `key:${key}` : `key:${type}.${key}`;
    const value = type === null ? undefined : t.deviceDefaults[type]?.[key];
    const dflt = value === undefined ? (KEY_DEFAULT_WORDS[id] ?? 'none') : defaultWords(key, value);
    const e = entry('devices', id, key, { default: dflt, owner: type });
    // An undescribed key is still written as a key.
    return e.described ? e : { ...e, form: `${key}=VALUE` };
  };
  return [
    make('lines', [
      ...t.headerWords.map((w) => entry('lines', `line:${w}`, w)),
      entry('lines', `line:${t.driverWord}`, t.driverWord),
      entry('lines', 'line:expect', 'expect'),
      entry('lines', 'line:narration', '>'),
      entry('lines', 'line:comment', '#'),
    ]),
    make(
      'kernels',
      t.kernels.map((k) => entry('kernels', `kernel:${k}`, k)),
    ),
    make(
      'machine',
      t.machineKeys.map((k) =>
        entry('machine', `machine:${k}`, k, { default: defaultWords(k, t.machineDefaults[k]) }),
      ),
    ),
    make('devices', [
      ...t.deviceTypes.flatMap((type) => {
        const keys = (t.deviceKeys[type] ?? []).map((k) => keyEntry(type, k));
        // The line's form from its keys, so a key the parser gains shows in it at once.
        const args = keys.map((k) => (k.default === 'required' ? k.form : `[${k.form}]`));
        const device = {
          ...entry('devices', `device:${type}`, type),
          form: ['device NAME', type, ...args].join(' '),
        };
        return [device, ...keys];
      }),
      ...t.commonDeviceKeys.map((k) => keyEntry(null, k)),
    ]),
    make(
      'drivers',
      Object.entries(t.hookChoices).map(([hook, choices]) => {
        const types = Object.keys(t.typeHooks).filter((type) => t.typeHooks[type]?.includes(hook));
        const e = entry('drivers', `hook:${hook}`, hook, {
          default: hookDefault(hook, types),
          owner: types.length === 1 ? (types[0] ?? null) : null,
        });
        const form = hook === 'checks' ? 'checks=range,slot|none' : `${hook}=${choices.join('|')}`;
        return { ...e, form };
      }),
    ),
    make('steps', [
      ...t.procOps.map((op) => entry('steps', `step:${op}`, op)),
      ...t.deviceOps.map((op) => entry('steps', `step:${op}`, op)),
    ]),
    make('expectations', [
      ...t.expectWords.map((w) => entry('expectations', `expect:${w}`, w)),
      entry('expectations', 'expect:errno', 'ERRNO'),
      entry('expectations', 'expect:signal', 'SIGNAL'),
    ]),
    make(
      'errnos',
      t.errnos.map((e) => entry('errnos', `errno:${e}`, e)),
    ),
    make(
      'signals',
      t.signals.map((s) => entry('signals', `signal:${s}`, s)),
    ),
    make(
      'rules',
      t.rules.map((r) => entry('rules', `rule:${r}`, r)),
    ),
  ];
}

/** A hook's built-in choice: one word, or each type's where they differ (`fault; now for pseudo, regs`). */
function hookDefault(hook: string, types: readonly string[]): string {
  const known = types.filter((t): t is keyof typeof BUILTIN_HOOKS => t in BUILTIN_HOOKS);
  if (!(hook in HOOK_CHOICES) || known.length === 0) return 'none';
  const words = known.map((t) => hookText(BUILTIN_HOOKS[t], hook as keyof typeof HOOK_CHOICES));
  const common = words[0]!;
  const others = known.filter((_, i) => words[i] !== common);
  if (others.length === 0) return common;
  const other = hookText(BUILTIN_HOOKS[others[0]!], hook as keyof typeof HOOK_CHOICES);
  return `${common}; ${other} for ${others.join(', ')}`;
}

/** Every entry of the reference, in the doc's order. */
export function referenceEntries(t?: LanguageTables): Entry[] {
  return referenceSections(t).flatMap((s) => s.entries);
}

/** Notes whose word the parser does not accept (a renamed or removed word): each is a mistake. */
export function staleNotes(t: LanguageTables = parserTables()): string[] {
  const ids = new Set(referenceEntries(t).map((e) => e.id));
  return Object.keys(NOTES).filter((id) => !ids.has(id));
}
