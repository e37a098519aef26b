/** Open files: descriptors (lowest free from 3), reference counts, release, and clone instances. */

import { allocFrame, freeFrame, freeFrames } from '../ram.ts';
import type { CloneState, DeviceState } from '../devices.ts';
import type { KernelModel } from '../kernels/index.ts';
import { ownProcMaps, type Ctx, type OpenFile, type Proc } from '../state.ts';
import { badFd, failure, type Failure } from '../failure.ts';
import type { OpenMode } from '../spec.ts';

/** The device and screen a path names, or null. */
export function lookupPath(
  devices: DeviceState[],
  path: string,
): { device: DeviceState; screen: number } | null {
  for (const d of devices) {
    if (d.type === 'vt') {
      for (let k = 0; k < d.screens; k++) if (path === `/dev/${d.name}${k}`) return { device: d, screen: k };
    } else if (path === `/dev/${d.name}`) return { device: d, screen: 0 };
  }
  return null;
}

/** open(2): a new open file and the lowest free descriptor. */
export function openFile(
  ctx: Ctx,
  m: KernelModel,
  proc: Proc,
  path: string,
  mode: OpenMode,
): { fd: number } | Failure {
  const s = ctx.s;
  const node = lookupPath(s.devices, path);
  if (!node) return failure('ENXIO', `no device answers at ${path}`);
  if (!node.device.loaded)
    return failure('ENXIO', `${node.device.name}'s driver is unloaded: nothing answers at ${path}`);
  const d = node.device;
  const file: OpenFile = {
    id: s.nextFile++,
    device: d.index,
    screen: node.screen,
    path,
    read: mode !== 'wo',
    write: mode !== 'ro',
    refs: 1,
    fds: 1,
    instance: null,
  };
  ctx.ev.push({ t: 'call', api: m.api(d).open, who: d.who, detail: path });
  if (d.type === 'clone') {
    if (freeFrames(s) < d.pages)
      return failure(
        'ENOMEM',
        `a new instance of ${d.name} needs ${d.pages} RAM frames and ${freeFrames(s)} are free`,
      );
    file.instance = newInstance(ctx, d, file.id);
  }
  s.files.set(file.id, file);
  useDevice(ctx, m, d, 'open', +1);
  // From the first that may be free, not from 3: 150,000 opens must not each walk the ones before.
  let fd = Math.max(3, proc.fdFrom);
  while (proc.fds.has(fd)) fd++;
  ownProcMaps(s, proc).fds.set(fd, file.id);
  proc.fdFrom = fd + 1;
  ctx.ev.push({ t: 'fd', proc: proc.name, fd, change: 'open', path });
  return { fd };
}

function newInstance(ctx: Ctx, d: CloneState, file: number): number {
  const id = d.nextInstance++;
  const frames: number[] = [];
  for (let page = 0; page < d.pages; page++) {
    frames.push(allocFrame(ctx, { kind: 'clone', device: d.name, instance: id, page })!);
  }
  d.instances.push({ id, file, frames });
  return id;
}

function freeInstance(ctx: Ctx, d: CloneState, id: number): void {
  const i = d.instances.findIndex((x) => x.id === id);
  if (i < 0) return;
  for (const f of d.instances[i]!.frames) freeFrame(ctx, f);
  d.instances.splice(i, 1);
}

/** close(2). */
export function closeFd(ctx: Ctx, m: KernelModel, proc: Proc, fd: number): Failure | null {
  const id = proc.fds.get(fd);
  if (id === undefined) return badFd(proc.name, fd);
  ownProcMaps(ctx.s, proc).fds.delete(fd);
  if (fd < proc.fdFrom) proc.fdFrom = fd;
  const file = ctx.s.files.get(id)!;
  ctx.ev.push({ t: 'fd', proc: proc.name, fd, change: 'close', path: file.path });
  dropFile(ctx, m, file, true);
  return null;
}

/** Takes a reference to an open file: a descriptor (`fd`: a fork's copy) or a mapping. */
export function holdFile(ctx: Ctx, file: OpenFile, fd = false): void {
  file.refs++;
  if (fd) file.fds++;
  ctx.ev.push({ t: 'refcount', what: 'file', name: file.path, count: file.refs });
}

/**
 * Drops a reference (`fd`: a descriptor's); `release` (`d_close`) runs at the last one, or on linux_2_0
 * at the last descriptor's, as the mapping holds the inode there, not the file.
 */
export function dropFile(ctx: Ctx, m: KernelModel, file: OpenFile, fd = false): void {
  file.refs--;
  if (fd) file.fds--;
  ctx.ev.push({ t: 'refcount', what: 'file', name: file.path, count: file.refs });
  const s = ctx.s;
  const d = s.devices[file.device]!;
  const lastClose = fd && file.fds === 0;
  if (m.releaseAtLastClose ? lastClose : file.refs === 0) {
    ctx.ev.push({ t: 'call', api: m.api(d).release, who: d.who, detail: file.path });
    // A per-open instance goes with its file; a driver that hands out the first live instance to
    // every mapping keeps that one until the device's last user goes (useDevice).
    if (d.type === 'clone' && file.instance !== null && (d.perOpen || d.instances[0]?.id !== file.instance)) {
      freeInstance(ctx, d, file.instance);
    }
  }
  if (file.refs === 0) s.files.delete(file.id);
  // An open file counts while a descriptor refers to it (kernel-models-more.md §11).
  if (lastClose) useDevice(ctx, m, d, 'open', -1);
}

/**
 * An open file (`open`) or a mapping (`map`) of the device comes or goes: the module use count, and the
 * clone instances when nothing uses the device any more.
 */
export function useDevice(
  ctx: Ctx,
  m: KernelModel,
  d: DeviceState,
  what: 'open' | 'map',
  delta: number,
): void {
  if (what === 'open') d.opens += delta;
  else d.maps += delta;
  const users = d.opens + (d.countsMaps ? d.maps : 0);
  if (users !== d.users) {
    const api = m.useCountApi;
    if (api && d.loaded)
      ctx.ev.push({
        t: 'call',
        api: delta > 0 ? api.inc : api.dec,
        who: d.who,
        detail: `${what === 'open' ? 'an open' : 'a mapping'}`,
      });
    d.users = users;
    ctx.usersChanged = true;
    ctx.ev.push({ t: 'refcount', what: 'module', name: d.name, count: d.users });
  }
  if (d.opens + d.maps === 0 && d.type === 'clone') {
    for (const inst of [...d.instances]) freeInstance(ctx, d, inst.id);
  }
}

/** Frees every live instance of a clone device (its module is unloaded under a mapping: linux_2_0). */
export function freeInstances(ctx: Ctx, d: CloneState): void {
  for (const inst of [...d.instances]) freeInstance(ctx, d, inst.id);
}
