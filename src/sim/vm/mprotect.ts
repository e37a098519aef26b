/** mprotect(2): all of the range or none; lowering rewrites PTEs and flushes the TLB, raising does not. */

import type { KernelModel } from '../kernels/index.ts';
import { ptesIn, setPte, walk } from '../pagetable.ts';
import { exceeds, intersect, protRights, sameRights } from '../prot.ts';
import { copyVma, withRights, type Ctx, type Proc } from '../state.ts';
import { addressWords, failure, type Failure } from '../failure.ts';
import { hexAddress } from '../sentence.ts';
import type { Prot } from '../spec.ts';
import { tlbFlushPage } from '../tlb.ts';
import { splitVma } from './unmap.ts';
import { replaceVma, vmaChanged, vmaPath, vmasIn } from './vmas.ts';

export function mprotect(
  ctx: Ctx,
  m: KernelModel,
  proc: Proc,
  start: number,
  length: number,
  prot: Prot,
): Failure | null {
  const s = ctx.s;
  const P = s.geo.pageSize;
  let addr = start;
  let len = length;
  if (m.foldsAddress && addr >= 0 && len > 0) {
    // kern_mprotect folds an unaligned address into its page, as kern_munmap does.
    len += addr % P;
    addr -= addr % P;
  }
  if (m.foldsAddress && addr < 0)
    return failure('EINVAL', `the address ${addressWords(addr)} lies below the address space`);
  if (addr % P !== 0 || addr < 0)
    return failure('EINVAL', `the address ${addressWords(addr)} is not page aligned`);
  if (len === 0) return null;
  const end = addr + Math.ceil(len / P) * P;
  if (end > s.geo.vaTop)
    return failure('ENOMEM', `the range runs past the end of the address space (${hexAddress(s.geo.vaTop)})`);
  const covering = vmasIn(proc, addr, end);
  let covered = addr;
  for (const v of covering) {
    if (v.start > covered) return unmapped(covered);
    covered = v.end;
  }
  if (covered < end) return unmapped(covered);
  const wants = protRights(prot);
  for (const v of covering) {
    const file = s.files.get(v.file)!;
    if (wants.write && v.shared && !file.write)
      return failure('EACCES', `prot=${prot} on a shared mapping of ${file.path}, which was opened ro`);
    if (wants.read && !file.read)
      return failure('EACCES', `prot=${prot} on a mapping of ${file.path}, which was opened wo`);
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

/** ENOMEM: part of the range is not mapped (before any EACCES: kernel-models.md, fine print). */
function unmapped(at: number): Failure {
  return failure('ENOMEM', `nothing is mapped at ${hexAddress(at)}, inside the range`);
}
