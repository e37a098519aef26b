/**
 * Canonical text for a Scenario: the header (title, kernel, machine, devices, processes), then each
 * step with its narration, the `process` lines it starts and its expectations, then what follows the
 * last step. Keys, options and numbers come out as they were written, so a parsed file prints back
 * close to its source and parses back to the same Scenario.
 */

import { BUILTIN_HOOKS, hookText } from '../sim/driverHooks.ts';
import type {
  DeviceSpec,
  DriverDecl,
  Expectation,
  MachineSpec,
  ProcessDecl,
  ProcOp,
  Scenario,
  Step,
} from '../sim/spec.ts';
import { LineError, Cursor } from './cursor.ts';
import { COMMON_DEVICE_KEYS, DEVICE_KEYS } from './device-line.ts';
import { Diagnostics } from './diagnostic.ts';
import { sameValue } from './equal.ts';
import { parseCheck, statementText } from './expect-parse.ts';
import {
  formatAddr,
  formatCheck,
  formatDeviceKey,
  formatFd,
  formatNum,
  formatString,
  formatValue,
} from './format.ts';
import { lexLine, toChars } from './lexer.ts';
import { SourceSpots } from './spots.ts';

/** The scenario as canonical `.scn` text, ending with a newline. */
export function printScenario(s: Scenario): string {
  const out: string[] = [];
  if (s.title !== null) out.push(`title ${formatString(s.title)}`);
  if (s.kernel !== null) out.push(`kernel ${s.kernel}`);
  if (s.machine.written) out.push(machineLine(s.machine.written));
  for (const d of s.drivers) out.push(...driverLines(d));
  for (const d of s.devices) out.push(deviceLine(d));
  if (out.length > 0 && s.processes.length > 0) out.push('');
  for (const p of s.processes) out.push(processLine(p));
  s.steps.forEach((step, i) => {
    // A blank line before each narrated passage (and after the header) keeps the story readable.
    if (out.length > 0 && (i === 0 || step.narration !== null)) out.push('');
    narrate(out, step.narration);
    for (const p of step.starts) out.push(processLine(p));
    out.push(stepLine(step));
    for (const e of step.expects) out.push(expectLine(e));
  });
  for (const p of s.trailingProcesses) out.push(processLine(p));
  if (s.epilogue !== null) {
    if (out.length > 0) out.push('');
    narrate(out, s.epilogue);
  }
  return out.map((l) => `${l}\n`).join('');
}

function narrate(out: string[], text: string | null): void {
  if (text === null) return;
  for (const l of text.split('\n')) out.push(l === '' ? '>' : `> ${l}`);
}

function machineLine(w: NonNullable<MachineSpec['written']>): string {
  const keys = [
    ...w.order,
    ...(['pagesize', 'ram', 'levels', 'tlb'] as const).filter((k) => !w.order.includes(k)),
  ];
  const parts = keys.flatMap((k) => {
    const n = w[k];
    return n ? [`${k}=${formatNum(n)}`] : [];
  });
  return ['machine', ...parts].join(' ');
}

function deviceLine(d: DeviceSpec): string {
  const rest = [...DEVICE_KEYS[d.type], ...COMMON_DEVICE_KEYS].filter((k) => !d.keyOrder.includes(k));
  const keys = [...new Set(d.keyOrder), ...rest].flatMap((k) => formatDeviceKey(d, k) ?? []);
  return ['device', d.name, d.type, ...keys].join(' ');
}

/** `driver NAME TYPE`, then one indented `HOOK=CHOICE` line per hook written. */
function driverLines(d: DriverDecl): string[] {
  const hooks = { ...BUILTIN_HOOKS[d.type], ...d.hooks };
  return [`driver ${d.name} ${d.type}`, ...d.hookOrder.map((h) => `  ${h}=${hookText(hooks, h)}`)];
}

function processLine(p: ProcessDecl): string {
  return `process ${p.name}${p.nohandler ? ' nohandler' : ''}`;
}

function stepLine(step: Step): string {
  if (step.kind === 'device') {
    const a = step.action;
    if (a.op === 'switch') return `switch ${a.device} ${formatNum(a.screen)}`;
    if (a.op === 'insert') return `insert ${a.device} ${a.label}`;
    return `${a.op} ${a.device}`;
  }
  const into = step.into === null ? '' : ` -> ${step.into}`;
  return `${step.proc}: ${[step.action.op, ...args(step.action)].join(' ')}${into}`;
}

function args(a: ProcOp): string[] {
  switch (a.op) {
    case 'open':
      return a.mode ? [a.path, a.mode] : [a.path];
    case 'close':
      return [formatFd(a.fd)];
    case 'mmap': {
      const order = [
        ...new Set(a.order),
        ...(['off', 'prot', 'share', 'at'] as const).filter((k) => !a.order.includes(k)),
      ];
      const opts = order.flatMap((k) => {
        if (k === 'off') return a.off ? [`off=${formatNum(a.off)}`] : [];
        if (k === 'prot') return a.prot ? [`prot=${a.prot}`] : [];
        if (k === 'share') return a.share ? [a.share] : [];
        return a.at ? [`at=${formatAddr(a.at)}`] : [];
      });
      return [formatFd(a.fd), formatNum(a.len), ...opts];
    }
    case 'munmap':
      return [formatAddr(a.addr), formatNum(a.len)];
    case 'mprotect':
      return [formatAddr(a.addr), formatNum(a.len), a.prot];
    case 'read':
      return [formatAddr(a.addr)];
    case 'write':
      return a.value ? [formatAddr(a.addr), formatValue(a.value)] : [formatAddr(a.addr)];
    default:
      return [];
  }
}

/** The expectation as its author wrote it when that text still says the same thing, else canonical. */
function expectLine(e: Expectation): string {
  const canonical = formatCheck(e.check);
  return e.text !== canonical && textMeans(e.text, e) ? e.text : canonical;
}

function textMeans(text: string, e: Expectation): boolean {
  const chars = toChars(text);
  if (statementText(chars) !== text) return false;
  const { tokens, errors } = lexLine(chars, 1);
  if (errors.length > 0 || tokens[0]?.text !== 'expect') return false;
  const diags = new Diagnostics();
  const c = new Cursor(tokens, 1, 1, diags, new SourceSpots());
  try {
    c.next();
    const check = parseCheck(c);
    c.end();
    return diags.list.length === 0 && sameValue(check, e.check);
  } catch (err) {
    if (err instanceof LineError) return false;
    throw err;
  }
}
