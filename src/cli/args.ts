/** The runner's command line (scenario-language.md, "The runner"), parsed without side effects. */

import { KERNELS, RULES, type KernelName, type Rule } from '../sim/spec.ts';
import { DEFAULT_DEPTH } from '../search/search.ts';

/** The deepest attack search the runner takes: past it the states outgrow any machine's memory. */
export const MAX_DEPTH = 12;

export type Command =
  | { kind: 'file'; file: string; json: boolean; kernel: KernelName | null }
  | { kind: 'example'; id: string; json: boolean; kernel: KernelName | null }
  | {
      kind: 'search';
      /** The setup: a file, or a shipped setup's id (`--setup`). */
      from: { file: string } | { setup: string };
      depth: number;
      rule: Rule | null;
      kernel: KernelName | null;
    }
  | { kind: 'list' }
  | { kind: 'help' };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

/** The kernel names as the usage lines give them. */
const K = KERNELS.join('|');

export const USAGE = `usage: npm run -s sim -- FILE [--json] [--kernel ${K}]
       npm run -s sim -- --list
       npm run -s sim -- --example ID [--json] [--kernel ${K}]
       npm run -s sim -- --search FILE|--setup ID [--depth N] [--rule RULE] [--kernel ${K}]`;

function isKernel(name: string): name is KernelName {
  return (KERNELS as readonly string[]).includes(name);
}

/** Parses the arguments after the script name; every mistake is a message, never an exception. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let json = false;
  let list = false;
  let help = false;
  let kernel: KernelName | null = null;
  let example: string | null = null;
  let search = false;
  let depth: number | null = null;
  let rule: Rule | null = null;
  let setup: string | null = null;
  const files: string[] = [];
  const fail = (message: string): ParsedArgs => ({ ok: false, message });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | null => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    switch (flag) {
      case '--json':
      case '--list':
      case '--search':
      case '--help':
      case '-h':
        if (eq >= 0) return fail(`${flag} takes no value`);
        if (flag === '--json') json = true;
        else if (flag === '--list') list = true;
        else if (flag === '--search') search = true;
        else help = true;
        break;
      case '--depth': {
        const value = takeValue();
        if (value === null || !/^[0-9]{1,3}$/.test(value) || Number(value) < 1 || Number(value) > MAX_DEPTH)
          return fail(`--depth needs a number of steps from 1 to ${MAX_DEPTH}`);
        if (depth !== null) return fail('--depth given twice');
        depth = Number(value);
        break;
      }
      case '--setup': {
        const value = takeValue();
        if (value === null || value === '') return fail('--setup needs the id of a shipped setup');
        if (setup !== null) return fail('--setup given twice');
        setup = value;
        break;
      }
      case '--rule': {
        const value = takeValue();
        if (value === null || !(RULES as readonly string[]).includes(value))
          return fail(`--rule needs one of ${RULES.join(', ')}`);
        if (rule !== null) return fail('--rule given twice');
        rule = value as Rule;
        break;
      }
      case '--kernel': {
        const value = takeValue();
        if (value === null) return fail(`--kernel needs a value: ${KERNELS.join(', ')}`);
        if (!isKernel(value)) return fail(`unknown kernel '${value}' (expected ${KERNELS.join(', ')})`);
        if (kernel !== null) return fail('--kernel given twice');
        kernel = value;
        break;
      }
      case '--example': {
        const value = takeValue();
        if (value === null || value === '') return fail('--example needs the id of a built-in scenario');
        if (example !== null) return fail('--example given twice');
        example = value;
        break;
      }
      default:
        return fail(`unknown option '${flag}'`);
    }
  }

  if (help) return { ok: true, command: { kind: 'help' } };
  if (!search && (depth !== null || rule !== null || setup !== null))
    return fail('--depth, --rule and --setup go with --search');
  if (search) {
    if (json || list || example !== null)
      return fail('--search takes FILE or --setup ID, --depth, --rule and --kernel only');
    const [file, ...extra] = files;
    if (file !== undefined && setup !== null) return fail('give either FILE or --setup ID, not both');
    if (file === undefined && setup === null) return fail('--search needs a setup: FILE or --setup ID');
    if (extra.length > 0) return fail(`one setup file at a time (also got '${extra[0]}')`);
    const from = file !== undefined ? { file } : { setup: setup! };
    return { ok: true, command: { kind: 'search', from, depth: depth ?? DEFAULT_DEPTH, rule, kernel } };
  }
  if (list) {
    if (json || kernel !== null || example !== null || files.length > 0) {
      return fail('--list takes no other arguments');
    }
    return { ok: true, command: { kind: 'list' } };
  }
  if (example !== null) {
    if (files.length > 0) return fail('give either FILE or --example ID, not both');
    return { ok: true, command: { kind: 'example', id: example, json, kernel } };
  }
  const [file, ...extra] = files;
  if (file === undefined) return fail('no scenario file given');
  if (extra.length > 0) return fail(`one scenario file at a time (also got '${extra[0]}')`);
  return { ok: true, command: { kind: 'file', file, json, kernel } };
}
