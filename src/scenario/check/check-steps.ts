/**
 * The steps in order, with what exists at each point: processes (declared or forked so far), each
 * process's variables (set by an earlier `-> VAR` of that process, or inherited at a fork), devices
 * and device nodes.
 */

import type { Addr, FdRef, Num, Pos, ProcessDecl, Scenario, Step } from '../../sim/spec.ts';
import { checkExpectations } from './check-expect.ts';
import type { DeviceTable } from './check-devices.ts';
import { grouped, sizeBytes, type CheckContext } from './check-numbers.ts';
import { MAX_PAGES, MAX_PROCESSES } from '../limits.ts';

interface Proc {
  vars: Set<string>;
  nohandler: boolean;
}

/** Walks the processes and steps, reporting every name that does not exist where it is used. */
export function checkSteps(
  s: Scenario,
  devices: DeviceTable,
  broken: ReadonlySet<Step>,
  ctx: CheckContext,
): void {
  const w = new StepWalker(s, devices, ctx);
  for (const p of s.processes) w.declare(p);
  for (const step of s.steps) {
    for (const p of step.starts) w.declare(p);
    w.step(step, broken.has(step));
  }
  for (const p of s.trailingProcesses) w.declare(p);
}

class StepWalker {
  private readonly procs = new Map<string, Proc>();
  /** The first `process` line of each name, wherever it stands: a fork child may not take one. */
  private readonly declared = new Map<string, ProcessDecl>();
  private count = 0;

  constructor(
    s: Scenario,
    private readonly devices: DeviceTable,
    private readonly ctx: CheckContext,
  ) {
    const all = [...s.processes, ...s.steps.flatMap((st) => st.starts), ...s.trailingProcesses];
    for (const p of all) if (!this.declared.has(p.name)) this.declared.set(p.name, p);
  }

  declare(p: ProcessDecl): void {
    const namePos = this.ctx.spots.get(p, 'name', p.pos);
    const first = this.declared.get(p.name);
    if (first && first !== p) {
      this.ctx.diags.at(
        namePos,
        `process ${p.name} is declared twice (the first is on line ${first.pos.line})`,
      );
      return;
    }
    // A fork child that took this name earlier has been reported at the fork.
    if (this.procs.has(p.name)) return;
    this.add(p.name, { vars: new Set(), nohandler: p.nohandler }, p.pos);
  }

  private add(name: string, proc: Proc, pos: Pos): void {
    this.count++;
    if (this.count === MAX_PROCESSES + 1)
      this.ctx.diags.at(pos, `too many processes: the limit is ${MAX_PROCESSES}`);
    this.procs.set(name, proc);
  }

  step(step: Step, broken: boolean): void {
    if (step.kind === 'device') {
      if (!broken) this.deviceStep(step);
    } else {
      const proc = this.procs.get(step.proc);
      if (!proc) {
        if (!broken)
          this.ctx.diags.at(
            this.ctx.spots.get(step, 'proc', step.pos),
            `unknown process ${step.proc} (no process line or fork before this step names it)`,
          );
      } else {
        if (!broken) this.procStep(step, proc);
        this.declares(step, proc);
      }
    }
    checkExpectations(step, broken, this.devices, this.ctx);
  }

  /** `-> VAR` sets a variable; `fork -> CHILD` starts a process with copies of the parent's. */
  private declares(step: Extract<Step, { kind: 'proc' }>, proc: Proc): void {
    if (step.into === null) return;
    if (step.action.op !== 'fork') {
      proc.vars.add(step.into);
      return;
    }
    const intoPos = this.ctx.spots.get(step, 'into', step.pos);
    const decl = this.declared.get(step.into);
    if (decl)
      this.ctx.diags.at(
        intoPos,
        `the name ${step.into} is taken by the process declared on line ${decl.pos.line}`,
      );
    else if (this.procs.has(step.into))
      this.ctx.diags.at(intoPos, `the name ${step.into} is taken by an earlier fork child`);
    else this.add(step.into, { vars: new Set(proc.vars), nohandler: proc.nohandler }, intoPos);
  }

  private procStep(step: Extract<Step, { kind: 'proc' }>, proc: Proc): void {
    const a = step.action;
    switch (a.op) {
      case 'open':
        if (!this.devices.nodes.has(a.path))
          this.ctx.diags.at(this.ctx.spots.get(a, 'path', step.pos), `no device node ${a.path}`);
        return;
      case 'close':
        return this.fd(a.fd, step, proc);
      case 'mmap': {
        this.fd(a.fd, step, proc);
        const len = sizeBytes(this.ctx, a.len, step.pos, 'the length');
        const pages = len === null ? 0 : Math.ceil(len / this.ctx.pageSize);
        if (pages > MAX_PAGES) {
          this.ctx.diags.at(
            this.ctx.spots.get(a.len, 'self', step.pos),
            `a mapping has at most ${grouped(MAX_PAGES)} pages, this length is ${grouped(pages)}`,
          );
        }
        if (a.off) sizeBytes(this.ctx, a.off, step.pos, 'off');
        if (a.at) this.addr(a.at, step, proc);
        return;
      }
      case 'munmap':
      case 'mprotect':
        this.addr(a.addr, step, proc);
        sizeBytes(this.ctx, a.len, step.pos, 'the length');
        return;
      case 'read':
      case 'write':
        return this.addr(a.addr, step, proc);
      default:
        return;
    }
  }

  private variable(name: string, pos: Pos, step: Extract<Step, { kind: 'proc' }>, proc: Proc): void {
    if (!proc.vars.has(name)) {
      this.ctx.diags.at(
        pos,
        `unknown variable ${name} in process ${step.proc} (no earlier step of ${step.proc} sets it with -> ${name})`,
      );
    }
  }

  private fd(fd: FdRef, step: Extract<Step, { kind: 'proc' }>, proc: Proc): void {
    if (fd.kind === 'var') this.variable(fd.name, this.ctx.spots.get(fd, 'self', step.pos), step, proc);
  }

  private addr(a: Addr, step: Extract<Step, { kind: 'proc' }>, proc: Proc): void {
    const pos = this.ctx.spots.get(a, 'self', step.pos);
    const n: Num | null = a.kind === 'num' ? a.num : a.offset;
    if (n) sizeBytes(this.ctx, n, pos, 'the address');
    if (a.kind === 'var') this.variable(a.name, pos, step, proc);
  }

  private deviceStep(step: Extract<Step, { kind: 'device' }>): void {
    const a = step.action;
    const at = this.ctx.spots.get(step, 'device', step.pos);
    const dev = this.devices.byName.get(a.device);
    if (!dev) {
      this.ctx.diags.at(at, `unknown device ${a.device}`);
      return;
    }
    const needs = a.op === 'switch' ? 'vt' : a.op === 'eject' || a.op === 'insert' ? 'card' : null;
    if (needs && dev.spec.type !== needs) {
      this.ctx.diags.at(at, `${a.op} needs a ${needs} device, and ${a.device} is a ${dev.spec.type}`);
      return;
    }
    if (a.op === 'switch' && a.screen.value >= dev.screens) {
      const pos = this.ctx.spots.get(a.screen, 'self', step.pos);
      this.ctx.diags.at(
        pos,
        `screen ${a.screen.value} is past the last screen of ${a.device} (screens 0 to ${dev.screens - 1})`,
      );
    }
  }
}
