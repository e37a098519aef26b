/**
 * fork(2): the child shares the open files, gets copies of the VMAs (`vm_ops->open` on linux) and,
 * where the model copies them, of the PTEs (linux: PFN mappings; irix: all; netbsd: none).
 */

import { copyMap } from '../cow.ts';
import type { KernelModel } from '../kernels/index.ts';
import { forEachPte, setPte } from '../pagetable.ts';
import { freeFrames } from '../ram.ts';
import { copyVma, type Ctx, type Proc, type Pte } from '../state.ts';
import { failure, type Failure } from '../failure.ts';
import { holdFile, useDevice } from './files.ts';
import { tablesNeeded } from './install.ts';
import { holdObject } from './pagerObject.ts';
import { findVma, vmaChanged, vmaPath } from './vmas.ts';

/** Forks `parent` into a new process named `name`; ENOMEM (and no child) when tables do not fit. */
export function fork(ctx: Ctx, m: KernelModel, parent: Proc, name: string): Proc | Failure {
  const s = ctx.s;
  const child: Proc = {
    pid: s.procs.length,
    name,
    alive: true,
    end: null,
    nohandler: parent.nohandler,
    cow: s.cow,
    vars: copyMap(parent.vars),
    fds: copyMap(parent.fds),
    fdFrom: parent.fdFrom,
    vmas: [],
    freeFrom: 0,
    root: null,
    tables: new Map(),
  };
  const copies: Array<[number, Pte]> = [];
  forEachPte(s, parent, (vpn, pte) => {
    const vma = findVma(parent, vpn * s.geo.pageSize);
    if (vma && m.forkCopiesPtes(s.devices[vma.device]!)) copies.push([vpn, pte]);
  });
  if (copies.length > 0) {
    const tables = tablesNeeded(
      s,
      child,
      copies.map(([vpn]) => vpn),
    );
    if (tables > freeFrames(s))
      return failure(
        'ENOMEM',
        `the copied PTEs need ${tables} page-table pages for ${name} and ${freeFrames(s)} RAM frames are free`,
      );
  }
  s.procs.push(child);
  s.procByName.set(name, child.pid);
  ctx.ev.push({ t: 'process', proc: name, pid: child.pid, change: 'fork', parent: parent.name });
  for (const id of child.fds.values()) holdFile(ctx, s.files.get(id)!, true);
  for (const v of parent.vmas) {
    const vma = copyVma(v, s.nextVma++, v.start);
    child.vmas.push(vma);
    holdFile(ctx, s.files.get(vma.file)!);
    useDevice(ctx, m, s.devices[vma.device]!, 'map', +1);
    holdObject(ctx, m, s.devices[vma.device]!, vma, +1);
    vmaChanged(ctx, child, 'map', vmaPath(s, vma), [], [vma]);
    m.vmaOpened(ctx, child, vma);
  }
  for (const [vpn, pte] of copies) setPte(ctx, child, vpn, pte);
  return child;
}
