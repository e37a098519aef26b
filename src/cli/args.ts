/** The runner's command line (scenario-language.md, "The runner"), parsed without side effects. */

import { KERNELS, type KernelName } from '../sim/spec.ts';

export type Command =
  | { kind: 'file'; file: string; json: boolean; kernel: KernelName | null }
  | { kind: 'example'; id: string; json: boolean; kernel: KernelName | null }
  | { kind: 'list' }
  | { kind: 'help' };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

const K = KERNELS.join('|');

export const USAGE = `usage: npm run -s sim -- FILE [--json] [--kernel ${K}]
       npm run -s sim -- --list
       npm run -s sim -- --example ID [--json] [--kernel ${K}]`;

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
      case '--help':
      case '-h':
        if (eq >= 0) return fail(`${flag} takes no value`);
        if (flag === '--json') json = true;
        else if (flag === '--list') list = true;
        else help = true;
        break;
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
