/**
 * Snapshots for time travel. A clone copies the small parts of the state and shares page tables and
 * memory pages: both sides get a fresh copy-on-write token, so neither can write into the other.
 */

import { copyMap, newCow } from './cow.ts';
import { cloneDevice } from './devices.ts';
import type { OpenFile, PagerObject, Proc, SimState } from './state.ts';

/**
 * An independent copy of the state; the original stays usable and both may go on running. Spread,
 * unlike the engine's other copies: written out as literals, V8 learns that these copies live long
 * (snapshots do) and allocates every copy straight into the old generation, where the short-lived
 * copies a seek makes pile up as garbage (the benchmark's peak heap rose from ~175 to ~220 MB).
 */
export function cloneState(s: SimState): SimState {
  // Everything shared must stop being owned by `s` as well, or `s` would write into the clone.
  s.cow = newCow();
  return {
    ...s,
    cow: newCow(),
    frames: s.frames.slice(),
    memory: s.memory.copy(),
    devices: s.devices.map(cloneDevice),
    procs: s.procs.map(cloneProc),
    procByName: copyMap(s.procByName),
    files: copyFiles(s.files),
    tlb: s.tlb.slice(),
    tlbTags: s.tlbTags.slice(),
    objects: copyObjects(s.objects),
    violations: copyMap(s.violations),
  };
}

function copyObjects(objects: Map<number, PagerObject>): Map<number, PagerObject> {
  const out = new Map<number, PagerObject>();
  objects.forEach((o, k) => out.set(k, { ...o, pages: new Map(o.pages), zeroFilled: o.zeroFilled.slice() }));
  return out;
}

// Variables, descriptors and the table map stay shared until one side writes them (`ownProcMaps`);
// VMAs are never changed in place, so the copy shares them too.
function cloneProc(p: Proc): Proc {
  return {
    ...p,
    vmas: p.vmas.slice(),
  };
}

function copyFiles(files: Map<number, OpenFile>): Map<number, OpenFile> {
  const out = new Map<number, OpenFile>();
  files.forEach((f, k) => out.set(k, { ...f }));
  return out;
}
