/** Installing translations for a mapping, and counting the table pages that needs. */

import { levelIndex } from '../geometry.ts';
import { setPte } from '../pagetable.ts';
import { protRights } from '../prot.ts';
import type { Ctx, Proc, SimState, Vma } from '../state.ts';

/** Installs the PTE of `vpn` for the mapping with the mapping's protection; false when RAM is full. */
export function installPage(ctx: Ctx, proc: Proc, vma: Vma, vpn: number, pfn: number): boolean {
  const r = protRights(vma.prot);
  return setPte(ctx, proc, vpn, { pfn, read: r.read, write: r.write, special: pfn >= ctx.s.phys.ramFrames });
}

/** How many table pages installing PTEs for these pages would allocate (so a syscall can fail first). */
export function tablesNeeded(s: SimState, proc: Proc, vpns: Iterable<number>): number {
  // A number per (level, table), not a string: an eager map asks this for each of up to 65,536 pages.
  const seen = new Set<number>();
  let needed = proc.root === null ? 1 : 0;
  for (const vpn of vpns) {
    let frame: number | null = proc.root;
    for (let l = 0; l < s.geo.levels - 1; l++) {
      const next: number | undefined =
        frame === null
          ? undefined
          : (proc.tables.get(frame)!.entries.get(levelIndex(s.geo, vpn, l)) as number | undefined);
      if (next === undefined) {
        const key = Math.floor(vpn / s.geo.divisors[l]!) * 4 + l;
        if (!seen.has(key)) {
          seen.add(key);
          needed++;
        }
        frame = null;
      } else frame = next;
    }
  }
  return needed;
}
