/** Boot: lay out physical memory, give the devices their RAM, start the header's processes. */

import { newCow } from './cow.ts';
import { resolveDevice, type DeviceState } from './devices.ts';
import type { FrameOwner } from './events.ts';
import { makeGeometry } from './geometry.ts';
import { PhysMemory } from './memory.ts';
import { programOf } from './program.ts';
import { DEVICE_MEMORY_BASE, type DeviceRange, type PhysMap } from './physmap.ts';
import type { Proc, SimState } from './state.ts';
import { newPlaces } from './vm/land.ts';
import { kernelModel } from './kernels/index.ts';
import type { KernelName, ProcessDecl, Scenario } from './spec.ts';

/** The machine right after boot, before the first step. Assumes a scenario the checker accepted. */
export function boot(scenario: Scenario, kernel?: KernelName): SimState {
  const m = scenario.machine;
  const P = m.pageSize;
  const devices = scenario.devices.map((spec, i) => resolveDevice(spec, i, P, scenario.drivers));
  const model = kernelModel(kernel ?? scenario.kernel ?? 'linux');
  for (const d of devices) {
    // A driver reaches a mapping's own open only if it keeps state per open and the kernel hands it over.
    d.perOpen = model.perOpen(d) && d.hooks.state === 'open';
    d.countsMaps = model.countsMaps(d);
  }
  const phys = placeDeviceMemory(devices, m.ram, P);
  const frames: FrameOwner[] = Array.from({ length: m.ram }, () => ({ kind: 'free' }) as FrameOwner);
  giveBootMemory(devices, frames);
  const s: SimState = {
    scenario,
    program: programOf(scenario),
    kernel: kernel ?? scenario.kernel ?? 'linux',
    geo: makeGeometry(P, m.levels),
    phys,
    places: newPlaces(),
    cow: newCow(),
    step: 0,
    work: 0,
    frames,
    framesFree: frames.filter((o) => o.kind === 'free').length,
    firstFree: Math.max(
      0,
      frames.findIndex((o) => o.kind === 'free'),
    ),
    memory: new PhysMemory(m.ram),
    devices,
    procs: [],
    procByName: new Map(),
    files: new Map(),
    nextFile: 1,
    nextVma: 1,
    tlb: Array.from({ length: m.tlb }, () => null),
    tlbSlots: new Map(),
    tlbNext: 0,
    objects: new Map(),
    violations: new Map(),
    rules: [],
    users: usersOf(devices),
  };
  for (const decl of scenario.processes) startProcess(s, decl);
  return s;
}

/** Each device's module use count, by name: what a step's outcome reports. */
export function usersOf(devices: readonly DeviceState[]): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const d of devices) out[d.name] = d.users;
  return Object.freeze(out);
}

/** A declared process starts: no mappings, no files. */
export function startProcess(s: SimState, decl: ProcessDecl): Proc {
  const proc: Proc = {
    pid: s.procs.length,
    name: decl.name,
    alive: true,
    end: null,
    nohandler: decl.nohandler,
    cow: s.cow,
    vars: new Map(),
    fds: new Map(),
    fdFrom: 3,
    vmas: [],
    freeFrom: 0,
    root: null,
    tables: new Map(),
  };
  s.procs.push(proc);
  s.procByName.set(decl.name, proc.pid);
  return proc;
}

function placeDeviceMemory(devices: DeviceState[], ram: number, P: number): PhysMap {
  const ranges: DeviceRange[] = [];
  let next = DEVICE_MEMORY_BASE;
  for (const d of devices) {
    if (d.type === 'vt') {
      d.fbPfn = next / P;
      ranges.push({ device: d.index, kind: 'framebuffer', start: next, end: next + d.fbPages * P });
      next += d.fbPages * P;
    } else if (d.type === 'card') {
      d.windowPfn = next / P;
      ranges.push({ device: d.index, kind: 'window', start: next, end: next + d.pages * P });
      next += d.pages * P;
    } else if (d.type === 'regs') {
      ranges.push({ device: d.index, kind: 'registers', start: d.at, end: d.at + d.size });
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  return { pageSize: P, ramFrames: ram, ranges };
}

/**
 * Backing stores, regions and buffers, in declaration order, lowest frames first. vmalloc pages are
 * taken from the top of RAM down so that the buffer is visibly scattered, as vmalloc memory is.
 */
function giveBootMemory(devices: DeviceState[], frames: FrameOwner[]): void {
  let low = 0;
  let high = frames.length - 1;
  const take = (owner: FrameOwner, fromTop: boolean): number => {
    if (fromTop) {
      while (frames[high]!.kind !== 'free') high--;
    } else {
      while (frames[low]!.kind !== 'free') low++;
    }
    const f = fromTop ? high-- : low++;
    frames[f] = owner;
    return f;
  };
  for (const d of devices) {
    if (d.type === 'vt') {
      d.backing = Array.from({ length: d.screens }, (_, screen) =>
        Array.from({ length: d.fbPages }, (_, page) =>
          take({ kind: 'backing', device: d.name, screen, page }, false),
        ),
      );
    } else if (d.type === 'pseudo') {
      for (const r of d.regions) {
        r.frames = Array.from({ length: r.pages }, (_, page) =>
          take({ kind: 'region', device: d.name, region: r.name, page }, false),
        );
      }
    } else if (d.type === 'kbuf') {
      const holes = new Set(d.holes);
      d.frames = Array.from({ length: d.pages }, (_, page) =>
        holes.has(page) ? null : take({ kind: 'kbuf', device: d.name, page }, d.vmalloc),
      );
    }
  }
}
