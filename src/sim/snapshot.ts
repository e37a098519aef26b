/**
 * Snapshots for time travel. A clone copies the small parts of the state and shares page tables and
 * memory pages: both sides get a fresh copy-on-write token, so neither can write into the other.
 */

import { newCow } from './cow.ts';
import { cloneDevice } from './devices.ts';
import type { Proc, SimState } from './state.ts';

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
    memory: new Map(s.memory),
    devices: s.devices.map(cloneDevice),
    procs: s.procs.map(cloneProc),
    procByName: new Map(s.procByName),
    files: new Map([...s.files].map(([k, f]) => [k, { ...f }])),
    tlb: s.tlb.slice(),
    tlbTags: s.tlbTags.slice(),
    violations: new Map(s.violations),
  };
}

// Variables, descriptors and the table map stay shared until one side writes them (`ownProcMaps`).
function cloneProc(p: Proc): Proc {
  return {
    ...p,
    vmas: p.vmas.map((v) => ({ ...v })),
  };
}
