/** Open files: descriptors (lowest free from 3), reference counts, release, and clone instances. */

import { allocFrame, freeFrame, freeFrames } from '../ram.ts';
import type { CloneState, DeviceState } from '../devices.ts';
import type { KernelModel } from '../kernels/index.ts';
import { ownProcMaps, type Ctx, type OpenFile, type Proc } from '../state.ts';
import { badFd, failure, type Failure } from '../failure.ts';
import type { OpenMode } from '../spec.ts';
import { seesMapping } from '../drivers/types.ts';

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
    instance: null,
  };
  ctx.ev.push({ t: 'call', api: m.api.open, who: d.who, detail: path });
  if (d.type === 'clone') {
    if (freeFrames(s) < d.pages)
      return failure(
        'ENOMEM',
        `a new instance of ${d.name} needs ${d.pages} RAM frames and ${freeFrames(s)} are free`,
      );
    file.instance = newInstance(ctx, d, file.id);
  }
  s.files.set(file.id, file);
  useDevice(ctx, d, +1);
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
  dropFile(ctx, m, file);
  return null;
}

/** Takes a reference to an open file (a dup'ed descriptor or a mapping). */
export function holdFile(ctx: Ctx, file: OpenFile): void {
  file.refs++;
  ctx.ev.push({ t: 'refcount', what: 'file', name: file.path, count: file.refs });
}

/** Drops a reference; the last one releases the file (`release`, `d_close`). */
export function dropFile(ctx: Ctx, m: KernelModel, file: OpenFile): void {
  file.refs--;
  ctx.ev.push({ t: 'refcount', what: 'file', name: file.path, count: file.refs });
  if (file.refs > 0) return;
  const s = ctx.s;
  const d = s.devices[file.device]!;
  ctx.ev.push({ t: 'call', api: m.api.release, who: d.who, detail: file.path });
  s.files.delete(file.id);
  // linux and freebsd free the per-open instance with its file; netbsd and irix hand out the first
  // live instance to every mapping, so that one lives until the device's last close.
  if (
    d.type === 'clone' &&
    file.instance !== null &&
    (seesMapping(s, d) || d.instances[0]?.id !== file.instance)
  ) {
    freeInstance(ctx, d, file.instance);
  }
  useDevice(ctx, d, -1);
}

/** The module use count: open files and mappings of the device. */
export function useDevice(ctx: Ctx, d: DeviceState, delta: number): void {
  d.users += delta;
  ctx.ev.push({ t: 'refcount', what: 'module', name: d.name, count: d.users });
  if (d.users === 0 && d.type === 'clone') {
    for (const inst of [...d.instances]) freeInstance(ctx, d, inst.id);
  }
}
