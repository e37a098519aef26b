/** mprotect(2): all of the range or none; lowering rewrites PTEs and flushes the TLB, raising does not. */

import type { KernelModel } from '../kernels/index.ts';
import { ptesIn, setPte, walk } from '../pagetable.ts';
import { exceeds, intersect, protRights, sameRights } from '../prot.ts';
import { copyVma, withRights, type Ctx, type Proc } from '../state.ts';
import type { Errno, Prot } from '../spec.ts';
import { tlbFlushPage } from '../tlb.ts';
import { splitVma } from './unmap.ts';
import { replaceVma, vmaChanged, vmaPath, vmasIn } from './vmas.ts';

export function mprotect(
  ctx: Ctx,
  m: KernelModel,
  proc: Proc,
  addr: number,
  len: number,
  prot: Prot,
): Errno | null {
  const s = ctx.s;
  const P = s.geo.pageSize;
  if (addr % P !== 0 || addr < 0) return 'EINVAL';
  if (len === 0) return null;
  const end = addr + Math.ceil(len / P) * P;
  if (end > s.geo.vaTop) return 'ENOMEM';
  const covering = vmasIn(proc, addr, end);
  let covered = addr;
  for (const v of covering) {
    if (v.start > covered) return 'ENOMEM';
    covered = v.end;
  }
  if (covered < end) return 'ENOMEM';
  const wants = protRights(prot);
  for (const v of covering) {
    const file = s.files.get(v.file)!;
    if (wants.write && v.shared && !file.write) return 'EACCES';
    if (wants.read && !file.read) return 'EACCES';
  }
  for (const v of covering) {
    let vma = v;
    if (vma.start < addr) vma = splitVma(ctx, m, proc, vma, addr)[1];
    if (vma.end > end) vma = splitVma(ctx, m, proc, vma, end)[0];
    const old = vma;
    vma = copyVma(old, old.id, old.start, old.end, prot);
    replaceVma(proc, old, vma);
    vmaChanged(ctx, proc, 'protect', vma.start, vma.end, vmaPath(s, vma));
    for (const vpn of ptesIn(s, proc, vma.start / P, vma.end / P)) {
      const pte = walk(s, proc, vpn)!;
      const next = intersect(pte, wants);
      if (sameRights(next, pte)) continue;
      // Only lowering reaches here: raising leaves the PTE, and the next access faults it up.
      setPte(ctx, proc, vpn, withRights(pte, next));
      if (exceeds(pte, next)) tlbFlushPage(ctx, proc, vpn);
    }
  }
  return null;
}
