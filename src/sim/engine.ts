/**
 * The engine's entry: `runStep` applies step i of the scenario to the state (mutating it) and
 * returns what happened (the outcome) and how (the trace events). Pure: no clock, no randomness,
 * no DOM; the same scenario always gives the same states and events.
 */

import { startProcess, usersOf } from './boot.ts';
import type { TraceEvent } from './events.ts';
import { updateViolations } from './isolation.ts';
import { kernelModel, type KernelModel } from './kernels/index.ts';
import type { StepOutcome } from './outcome.ts';
import { ownProcMaps, type Ctx, type Proc, type SimState } from './state.ts';
import { READ, WRITE } from './program.ts';
import { addressWords, failure, type Failure } from './failure.ts';
import { LENGTH_ZERO } from './kernels/common.ts';
import { hexAddress } from './sentence.ts';
import { bytes, type Addr, type FdRef, type ProcOp, type Step } from './spec.ts';
import { accessMemory } from './vm/access.ts';
import { eject, insert, switchScreen, unload } from './vm/devsteps.ts';
import { exitProcess } from './vm/exit.ts';
import { closeFd, openFile } from './vm/files.ts';
import { fork } from './vm/fork.ts';
import { mmap } from './vm/mmap.ts';
import { mprotect } from './vm/mprotect.ts';
import { unmapRange } from './vm/unmap.ts';

export interface StepResult {
  outcome: StepOutcome;
  events: TraceEvent[];
}

/** A process step that is no access: a system call. */
type Syscall = Exclude<ProcOp, { op: 'read' | 'write' }>;

type Partial = Pick<StepOutcome, 'result' | 'signal' | 'fault' | 'lands' | 'value' | 'why'>;
const OK: Partial = { result: 'ok', signal: null, fault: false, lands: null, value: null, why: null };
const fail = (f: Failure): Partial => ({
  result: f.errno,
  signal: null,
  fault: false,
  lands: null,
  value: null,
  why: f.why,
});

/** Runs step `s.step` (the next one) and advances the state. */
export function runStep(s: SimState): StepResult {
  const prog = s.program;
  const i = s.step;
  const ctx: Ctx = { s, ev: [], dirty: [], recheckAll: false, usersChanged: false };
  const line = prog.line[i]!;
  const actor = prog.actor[i]!;
  const op = prog.op[i]!;
  ctx.ev.push({ t: 'step', index: i, line, actor, op });
  if (prog.starts[i] === 1) {
    for (const decl of s.scenario.steps[i]!.starts) {
      const proc = startProcess(s, decl);
      ctx.ev.push({ t: 'process', proc: proc.name, pid: proc.pid, change: 'start' });
    }
  }
  const m = kernelModel(s.kernel);
  const done = actor === null ? deviceStep(ctx, m, i) : procStep(ctx, m, actor, i);
  updateViolations(ctx);
  if (ctx.usersChanged) s.users = usersOf(s.devices);
  s.step++;
  const outcome: StepOutcome = {
    line,
    actor,
    op,
    result: done.result,
    signal: done.signal,
    fault: done.fault,
    lands: done.lands,
    value: done.value,
    violations: s.rules,
    users: s.users,
    why: done.why,
  };
  return { outcome, events: ctx.ev };
}

function procStep(ctx: Ctx, m: KernelModel, actor: string, i: number): Partial {
  const s = ctx.s;
  const prog = s.program;
  const pid = s.procByName.get(actor);
  const proc = pid === undefined ? undefined : s.procs[pid];
  if (!proc || !proc.alive) return refused(ctx, actor, null, prog.op[i]!, gone(actor, proc));
  const kind = prog.kind[i];
  if (kind === READ || kind === WRITE) {
    const name = prog.addrVar[i] ?? null;
    const vaddr = name === null ? prog.addrBase[i]! : varOf(proc, name) + prog.addrBase[i]!;
    return accessMemory(ctx, m, proc, vaddr, prog.value[i] ?? null);
  }
  const step = s.scenario.steps[i] as Step & { kind: 'proc' };
  // The program says this step is no read or write.
  const a = step.action as Syscall;
  ctx.ev.push({ t: 'syscall', proc: proc.name, name: a.op });
  const done = procOp(ctx, m, proc, a, step.into);
  const into = a.op === 'fork' ? null : step.into;
  const value = into === null ? null : (proc.vars.get(into) ?? null);
  ctx.ev.push({
    t: 'sysret',
    proc: proc.name,
    name: a.op,
    result: done.result === 'signal' ? 'ok' : done.result,
    into: value === null ? null : into,
    value,
    why: done.result === 'signal' ? null : done.why,
  });
  return done;
}

function procOp(ctx: Ctx, m: KernelModel, proc: Proc, a: Syscall, into: string | null): Partial {
  const s = ctx.s;
  const P = s.geo.pageSize;
  const set = (v: number) => {
    if (into !== null) ownProcMaps(s, proc).vars.set(into, v);
  };
  switch (a.op) {
    case 'open': {
      const r = openFile(ctx, m, proc, a.path, a.mode ?? 'rw');
      set('fd' in r ? r.fd : -1);
      return 'fd' in r ? OK : fail(r);
    }
    case 'close': {
      const err = closeFd(ctx, m, proc, fdOf(proc, a.fd));
      return err ? fail(err) : OK;
    }
    case 'mmap': {
      const at = a.at ? addrOf(proc, a.at, P) : null;
      const req = {
        len: bytes(a.len, P),
        off: a.off ? bytes(a.off, P) : 0,
        prot: a.prot ?? 'rw',
        shared: a.share !== 'private',
        at,
        pageoff: 0,
      };
      const r = mmap(ctx, m, proc, fdOf(proc, a.fd), req);
      set('addr' in r ? r.addr : -1);
      return 'addr' in r ? OK : fail(r);
    }
    case 'munmap': {
      let addr = addrOf(proc, a.addr, P);
      let len = bytes(a.len, P);
      if (m.foldsAddress && len > 0) {
        // kern_munmap: the address is rounded down to its page and the length grows by as much.
        const pageoff = ((addr % P) + P) % P;
        addr -= pageoff;
        len += pageoff;
      }
      const bad = munmapArgs(addr, len, P, s.geo.vaTop);
      if (bad) return fail(bad);
      const err = unmapRange(ctx, m, proc, addr, addr + Math.ceil(len / P) * P);
      return err ? fail(err) : OK;
    }
    case 'mprotect': {
      const err = mprotect(ctx, m, proc, addrOf(proc, a.addr, P), bytes(a.len, P), a.prot);
      return err ? fail(err) : OK;
    }
    case 'fork': {
      const r = fork(ctx, m, proc, into!);
      return 'errno' in r ? fail(r) : OK;
    }
    case 'exit':
      exitProcess(ctx, m, proc, 'exit');
      return OK;
  }
}

function deviceStep(ctx: Ctx, m: KernelModel, i: number): Partial {
  const a = (ctx.s.scenario.steps[i] as Step & { kind: 'device' }).action;
  const d = ctx.s.devices.find((x) => x.name === a.device)!;
  let err: Failure | null = null;
  if (a.op === 'unload') err = unload(ctx, m, d);
  else if (a.op === 'switch' && d.type === 'vt') err = switchScreen(ctx, m, d, a.screen.value);
  else if (a.op === 'eject' && d.type === 'card') err = eject(ctx, m, d);
  else if (a.op === 'insert' && d.type === 'card') err = insert(ctx, m, d, a.label);
  return err ? refused(ctx, null, d.name, a.op, err) : OK;
}

/** A step refused before any system call: traced with its reason, as a failed syscall's sysret is. */
function refused(ctx: Ctx, actor: string | null, device: string | null, op: string, f: Failure): Partial {
  ctx.ev.push({ t: 'refused', actor, device, op, result: f.errno, why: f.why });
  return fail(f);
}

/** ESRCH: the step's process has ended, or never began (the fork that was to make it failed). */
function gone(actor: string, proc: Proc | undefined): Failure {
  if (!proc) return failure('ESRCH', `${actor} does not exist: the fork that was to create it failed`);
  return failure('ESRCH', proc.end === 'exit' ? `${actor} has exited` : `${actor} was killed by ${proc.end}`);
}

/** munmap's own checks (every model makes them): a length, a page-aligned start, inside the space. */
function munmapArgs(addr: number, len: number, P: number, top: number): Failure | null {
  if (len === 0) return LENGTH_ZERO;
  if (addr % P !== 0) return failure('EINVAL', `the address ${addressWords(addr)} is not page aligned`);
  // Only freebsd's folded address reaches here negative (-1 folds to -P).
  if (addr < 0) return failure('EINVAL', `the address ${addressWords(addr)} lies below the address space`);
  if (addr + len > top)
    return failure('EINVAL', `the range runs past the end of the address space (${hexAddress(top)})`);
  return null;
}

/** A variable's value; a failed step left -1 in it, as an unchecking C program would have. */
function varOf(proc: Proc, name: string): number {
  return proc.vars.get(name) ?? -1;
}

function fdOf(proc: Proc, fd: FdRef): number {
  return fd.kind === 'num' ? fd.value : varOf(proc, fd.name);
}

function addrOf(proc: Proc, a: Addr, P: number): number {
  if (a.kind === 'num') return bytes(a.num, P);
  return varOf(proc, a.name) + (a.offset ? a.sign * bytes(a.offset, P) : 0);
}
