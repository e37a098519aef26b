/**
 * A canonical, plain-data picture of the whole state: equal digests mean equal machines. Used to
 * prove that time travel (snapshot + replay) gives exactly the state of a straight run.
 */

import { forEachPte } from './pagetable.ts';
import type { SimState } from './state.ts';

/** A deep, detached copy: later steps never change a digest taken now. */
export function digest(s: SimState): unknown {
  const memory: Array<[number, number, string]> = [];
  for (const pfn of s.memory.pfns()) {
    s.memory.get(pfn)!.chunks.forEach((chunk, c) => {
      chunk?.cells.forEach((v, i) => {
        if (v !== undefined) memory.push([pfn, c * chunk.cells.length + i, v]);
      });
    });
  }
  const devices = s.devices.map((d) =>
    d.type === 'card'
      ? {
          ...d,
          saved: [...d.saved.keys()]
            .sort()
            .map((k) => [k, d.saved.get(k)!.map((p) => (p ? cellsOf(p) : null))]),
        }
      : d,
  );
  const picture = {
    kernel: s.kernel,
    step: s.step,
    frames: s.frames,
    memory,
    devices,
    procs: s.procs.map((p) => {
      const ptes: unknown[] = [];
      forEachPte(s, p, (vpn, pte) => ptes.push([vpn, pte.pfn, pte.read, pte.write, pte.special]));
      return {
        pid: p.pid,
        name: p.name,
        alive: p.alive,
        end: p.end,
        nohandler: p.nohandler,
        vars: [...p.vars].sort(),
        fds: [...p.fds].sort((a, b) => a[0] - b[0]),
        vmas: p.vmas,
        root: p.root,
        tables: [...p.tables].sort((a, b) => a[0] - b[0]).map(([f, t]) => [f, t.level, t.entries.size]),
        ptes,
      };
    }),
    files: [...s.files.values()].sort((a, b) => a.id - b.id),
    nextFile: s.nextFile,
    nextVma: s.nextVma,
    tlb: s.tlb,
    tlbNext: s.tlbNext,
    violations: [...s.violations].sort((a, b) => a[0] - b[0]),
  };
  return JSON.parse(JSON.stringify(picture)) as unknown;
}

function cellsOf(p: { chunks: Array<{ cells: Array<string | undefined> } | undefined> }): string[] {
  const out: string[] = [];
  p.chunks.forEach((c, i) => c?.cells.forEach((v, j) => v !== undefined && out.push(`${i}:${j}=${v}`)));
  return out;
}
