/**
 * Random valid steps. Each process remembers which of its variables hold a file descriptor (set by
 * `open`) and which an address (set by `mmap`, with the mapping's length), so most steps act on
 * mappings that exist; some use raw numbers, zero or unaligned values, which are runtime errors.
 */

import { formatCheck } from '../src/scenario/format.ts';
import { KEYWORDS } from '../src/scenario/limits.ts';
import {
  ERRNOS,
  RULES,
  SIGNALS,
  type Addr,
  type ExpectCheck,
  type Expectation,
  type FdRef,
  type ProcessDecl,
  type ProcOp,
  type Step,
  type Value,
} from '../src/sim/spec.ts';
import type { BuiltDevices } from './arb-devices.ts';
import { freshName, NOWHERE } from './arb-names.ts';
import { num, type Rand } from './arb-rand.ts';

export interface StepContext {
  devices: BuiltDevices;
  processes: ProcessDecl[];
  /** Every process name used so far (declared or forked): the limit is 64. */
  taken: Set<string>;
  maxSteps: number;
  pageSize: number;
  freshProcess: () => ProcessDecl;
}

/** What a variable of a process holds, as far as the generator knows. */
/** `span`: how far a mapping of the opened device may reach. */
type VarKind = { kind: 'fd'; span: number } | { kind: 'addr'; len: number };
type Live = { name: string; vars: Map<string, VarKind> };

const VAR_NAMES = [
  'fd',
  'scr',
  'buf',
  'a',
  'b',
  'm',
  'p',
  'r',
  'rw',
  'shared',
  'off',
  'at',
  'x1',
  'End',
  '_t',
  'none',
];
const CHILD_NAMES = ['child', 'kid', 'c1', 'forked', 'twin'];

/** 0 to maxSteps steps, the processes they start, and `process` lines after the last one. */
export function buildSteps(r: Rand, ctx: StepContext): { steps: Step[]; trailing: ProcessDecl[] } {
  const procs: Live[] = ctx.processes.map((p) => ({ name: p.name, vars: new Map() }));
  const steps: Step[] = [];
  const n = r.chance(0.1) ? 0 : r.int(1, Math.max(1, ctx.maxSteps));
  for (let i = 0; i < n; i++) {
    const starts: ProcessDecl[] = [];
    if (i > 0 && ctx.taken.size < 60 && r.chance(0.05)) {
      const p = ctx.freshProcess();
      starts.push(p);
      procs.push({ name: p.name, vars: new Map() });
    }
    const dev = r.chance(0.12) ? deviceStep(r, ctx.devices) : null;
    const step = dev ?? procStep(r, ctx, procs);
    step.narration = r.chance(0.2) ? r.narration() : null;
    step.starts = starts;
    step.expects = expectations(r, step, ctx.devices);
    steps.push(step);
  }
  const trailing = ctx.taken.size < 60 && r.chance(0.1) ? [ctx.freshProcess()] : [];
  return { steps, trailing };
}

function blank(): Pick<Step, 'pos' | 'narration' | 'starts' | 'expects'> {
  return { pos: NOWHERE, narration: null, starts: [], expects: [] };
}

function deviceStep(r: Rand, devices: BuiltDevices): Step | null {
  const d = r.pick(devices.specs);
  if (d.type === 'vt' && r.chance(0.9)) {
    const screen = r.int(0, (devices.screens.get(d.name) ?? 2) - 1);
    return {
      ...blank(),
      kind: 'device',
      action: { op: 'switch', device: d.name, screen: num(r, screen, 1, false) },
    };
  }
  if (d.type === 'card' && r.chance(0.9)) {
    if (r.chance(0.5)) return { ...blank(), kind: 'device', action: { op: 'eject', device: d.name } };
    const label = r.pick(['A', 'B', 'sd', 'cf_1', 'r']);
    return { ...blank(), kind: 'device', action: { op: 'insert', device: d.name, label } };
  }
  // Unload ends a device's story (every later open gives ENXIO), so it comes rarely.
  return r.chance(0.05) ? { ...blank(), kind: 'device', action: { op: 'unload', device: d.name } } : null;
}

function procStep(r: Rand, ctx: StepContext, procs: Live[]): Step {
  const p = r.pick(procs);
  const kinds = [...p.vars.values()];
  const fds = kinds.filter((v) => v.kind === 'fd').length;
  const maps = kinds.length - fds;
  // Most processes open, then map, then touch what they mapped: the scenarios worth running.
  const op = r.weighted([
    ['open', fds === 0 ? 64 : 12],
    ['mmap', fds === 0 ? 3 : maps === 0 ? 64 : 20],
    ['read', maps > 0 ? 48 : 4],
    ['write', maps > 0 ? 48 : 4],
    ['munmap', 8],
    ['mprotect', maps > 0 ? 16 : 4],
    ['close', 6],
    ['fork', 6],
    ['exit', 1],
  ] as const);
  const step = (action: ProcOp, into: string | null = null): Step => ({
    ...blank(),
    kind: 'proc',
    proc: p.name,
    action,
    into,
  });
  const into = (kind: VarKind): string | null => {
    if (r.chance(0.05)) return null;
    let name = r.chance(0.85) ? r.pick(VAR_NAMES) : r.name(false);
    if (KEYWORDS.has(name)) name = `${name}_`;
    p.vars.set(name, kind);
    return name;
  };
  switch (op) {
    case 'open': {
      const node = r.pick(ctx.devices.nodes);
      const mode = r.weighted([
        [null, 6],
        ['rw', 2],
        ['ro', 1],
        ['wo', 1],
      ] as const);
      return step(
        { op, path: node.path, mode },
        into({ kind: 'fd', span: ctx.devices.span.get(node.device.name) ?? ctx.pageSize }),
      );
    }
    case 'mmap':
      return mmap(r, p, ctx, step, into);
    case 'read':
      return step({ op, addr: address(r, p, ctx.pageSize) });
    case 'write':
      return step({ op, addr: address(r, p, ctx.pageSize), value: r.chance(0.2) ? null : value(r) });
    case 'munmap':
      return step({ op, addr: pageAddress(r, p, ctx.pageSize), len: length(r, ctx.pageSize) });
    case 'mprotect':
      return step({ op, addr: pageAddress(r, p, ctx.pageSize), len: length(r, ctx.pageSize), prot: prot(r) });
    case 'close':
      return step({ op, fd: fd(r, p).ref });
    case 'fork': {
      if (ctx.taken.size >= 60) return step({ op: 'exit' });
      const child = freshName(r, ctx.taken, CHILD_NAMES);
      procs.push({ name: child, vars: new Map(p.vars) });
      return step({ op }, child);
    }
    default:
      return step({ op });
  }
}

function mmap(
  r: Rand,
  p: Live,
  ctx: StepContext,
  step: (a: ProcOp, into: string | null) => Step,
  into: (k: VarKind) => string | null,
): Step {
  const ps = ctx.pageSize;
  const { ref, span } = fd(r, p);
  // Mostly a range the device has (the driver says yes); now and then one past it, or a runtime error.
  const inside = Math.max(ps, Math.floor(span / ps) * ps);
  const lenBytes = r.weighted([
    [ps, 6],
    [inside, 4],
    [Math.min(2 * ps, inside), 2],
    [r.int(1, inside), 2],
    [inside + ps, 1],
    [0, 1],
    [r.int(1, 3 * inside), 1],
  ] as const);
  const action: Extract<ProcOp, { op: 'mmap' }> = {
    op: 'mmap',
    fd: ref,
    len: num(r, lenBytes, ps, true),
    off: null,
    prot: null,
    share: null,
    at: null,
    order: [],
  };
  if (r.chance(0.25)) {
    const room = Math.max(0, Math.floor((inside - lenBytes) / ps));
    action.off = num(
      r,
      r.weighted([
        [0, 2],
        [r.int(0, room) * ps, 4],
        [12, 1],
        [r.int(0, 2 * inside), 1],
      ] as const),
      ps,
      true,
    );
  }
  if (r.chance(0.5)) action.prot = prot(r);
  if (r.chance(0.5)) action.share = r.chance(0.85) ? 'shared' : 'private';
  if (r.chance(0.15)) action.at = r.chance(0.7) ? pageAddress(r, p, ps) : address(r, p, ps);
  const present = (['off', 'prot', 'share', 'at'] as const).filter((k) => action[k] !== null);
  action.order = r.shuffle(present);
  return step(action, into({ kind: 'addr', len: lenBytes }));
}

/** A file descriptor operand, and how far a mapping through it may reach (as far as known). */
function fd(r: Rand, p: Live): { ref: FdRef; span: number } {
  const fds = [...p.vars].flatMap(([name, v]) => (v.kind === 'fd' ? [{ name, span: v.span }] : []));
  if (fds.length > 0 && r.chance(0.9)) {
    const f = r.pick(fds);
    return { ref: { kind: 'var', name: f.name }, span: f.span };
  }
  if (p.vars.size > 0 && r.chance(0.1))
    return { ref: { kind: 'var', name: r.pick([...p.vars.keys()]) }, span: 4096 };
  return { ref: { kind: 'num', value: r.chance(0.8) ? r.int(3, 6) : r.int(0, 8) }, span: 4096 };
}

/** Mostly inside a mapping the process made; sometimes a raw or unmapped address. */
function address(r: Rand, p: Live, ps: number): Addr {
  const maps = [...p.vars].filter(([, v]) => v.kind === 'addr') as Array<
    [string, { kind: 'addr'; len: number }]
  >;
  if (maps.length > 0 && r.chance(0.9)) {
    const [name, m] = r.pick(maps);
    const off = r.chance(0.9) ? r.int(0, Math.max(0, m.len - 1)) : r.int(0, 4 * m.len + 8);
    if (off === 0 && r.chance(0.5)) return { kind: 'var', name, sign: 1, offset: null };
    return { kind: 'var', name, sign: r.chance(0.05) && off > 0 ? -1 : 1, offset: num(r, off, ps, true) };
  }
  return {
    kind: 'num',
    num: num(r, r.pick([0x1000_0000, 0x1000_0010, 0, 0x2000_0000, r.int(0, 2 ** 32)]), ps, true),
  };
}

/** munmap and mprotect take page-aligned addresses, mostly: a mapping's start or a page into it. */
function pageAddress(r: Rand, p: Live, ps: number): Addr {
  const maps = [...p.vars].filter(([, v]) => v.kind === 'addr');
  if (maps.length === 0 || r.chance(0.2)) return address(r, p, ps);
  const [name] = r.pick(maps);
  if (r.chance(0.6)) return { kind: 'var', name, sign: 1, offset: null };
  return { kind: 'var', name, sign: 1, offset: num(r, r.int(1, 2) * ps, ps, true) };
}

function length(r: Rand, ps: number): ReturnType<typeof num> {
  return num(r, r.pick([ps, 2 * ps, 0, 100, 4096, r.int(0, 65536)]), ps, true);
}

function prot(r: Rand) {
  return r.weighted([
    ['rw', 4],
    ['r', 2],
    ['none', 1],
    ['w', 1],
    ['rx', 1],
    ['rwx', 1],
  ] as const);
}

function value(r: Rand): Value {
  if (r.chance(0.6)) return { kind: 'str', text: r.text(64) };
  return { kind: 'num', num: num(r, r.int(0, 100000), 1, false) };
}

/** 0 to 3 expectations, each of a kind that may follow the step. */
function expectations(r: Rand, step: Step, devices: BuiltDevices): Expectation[] {
  const op = step.action.op;
  const kinds: Array<ExpectCheck['kind']> = ['ok', 'errno', 'violation', 'clean'];
  if (devices.specs.length > 0) kinds.push('users');
  if (step.kind === 'proc' && (op === 'read' || op === 'write'))
    kinds.push('signal', 'fault', 'nofault', 'device', 'ram');
  if (step.kind === 'proc' && op === 'read') kinds.push('value', 'value');
  const out: Expectation[] = [];
  for (let i = r.chance(0.5) ? 0 : r.int(1, 3); i > 0; i--) {
    const check = makeCheck(r, r.pick(kinds), devices);
    out.push({ check, pos: NOWHERE, text: formatCheck(check) });
  }
  return out;
}

function makeCheck(r: Rand, kind: ExpectCheck['kind'], devices: BuiltDevices): ExpectCheck {
  switch (kind) {
    case 'errno':
      return { kind, errno: r.pick(ERRNOS) };
    case 'signal':
      return { kind, signal: r.pick(SIGNALS) };
    case 'device':
      return {
        kind,
        device: r.pick(devices.specs).name,
        page: r.chance(0.5) ? num(r, r.int(0, 3), 1, false) : null,
      };
    case 'value':
      return { kind, value: value(r) };
    case 'violation':
      return { kind, rule: r.chance(0.5) ? r.pick(RULES) : null };
    case 'users':
      return { kind, device: r.pick(devices.specs).name, count: num(r, r.int(0, 5), 1, false) };
    default:
      return { kind } as ExpectCheck;
  }
}
