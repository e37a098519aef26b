/** A process ends (exit, or killed by a signal): everything unmapped, files closed, tables freed. */

import type { KernelModel } from '../kernels/index.ts';
import { freeTables } from '../pagetable.ts';
import type { Signal } from '../spec.ts';
import type { Ctx, Proc } from '../state.ts';
import { tlbFlushProc } from '../tlb.ts';
import { closeFd } from './files.ts';
import { removeAllVmas } from './unmap.ts';

/** `signal`: what killed it (how = 'killed'). */
export function exitProcess(
  ctx: Ctx,
  m: KernelModel,
  proc: Proc,
  how: 'exit' | 'killed',
  signal: Signal = 'SIGKILL',
): void {
  removeAllVmas(ctx, m, proc);
  for (const fd of [...proc.fds.keys()].sort((a, b) => a - b)) closeFd(ctx, m, proc, fd);
  tlbFlushProc(ctx, proc);
  freeTables(ctx, proc);
  proc.alive = false;
  proc.end = how === 'exit' ? 'exit' : signal;
  ctx.ev.push({ t: 'process', proc: proc.name, pid: proc.pid, change: how });
}
