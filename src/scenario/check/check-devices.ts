/**
 * The device lines together: names and nodes that two devices would share, register blocks that
 * overlap, device memory that does not fit below 0xC000_0000, and boot-time RAM.
 */

import type { DeviceSpec } from '../../sim/spec.ts';
import { checkDeviceKeys, type DeviceFacts } from './check-device-keys.ts';
import { grouped, hex, type CheckContext } from './check-numbers.ts';
import { MAX_DEVICES, MAX_RAM_FRAMES, PLACED_BASE, PLACED_END } from '../limits.ts';

/** The devices the steps may name, and the device nodes they may open. */
export interface DeviceTable {
  byName: Map<string, DeviceFacts>;
  /** Device node path -> the device's name. */
  nodes: Map<string, string>;
}

/** The nodes a device line creates: `/dev/NAME0`... for each vt screen, else `/dev/NAME`. */
export function nodesOf(f: DeviceFacts): string[] {
  if (f.spec.type !== 'vt') return [`/dev/${f.spec.name}`];
  return Array.from({ length: f.screens }, (_, i) => `/dev/${f.spec.name}${i}`);
}

/** Checks every device line, then what they do together; `ram` is the machine's frame count. */
export function checkDevices(devices: readonly DeviceSpec[], ram: number, ctx: CheckContext): DeviceTable {
  const byName = new Map<string, DeviceFacts>();
  const nodes = new Map<string, string>();
  const all: DeviceFacts[] = [];
  devices.forEach((d, i) => {
    const namePos = ctx.spots.get(d, 'name', d.pos);
    if (i === MAX_DEVICES) ctx.diags.at(d.pos, `too many devices: the limit is ${MAX_DEVICES}`);
    const facts = checkDeviceKeys(d, ctx);
    all.push(facts);
    const first = byName.get(d.name);
    if (first) {
      ctx.diags.at(namePos, `a second device named ${d.name} (the first is on line ${first.spec.pos.line})`);
      return;
    }
    byName.set(d.name, facts);
    const clash = nodesOf(facts).find((n) => nodes.has(n));
    if (clash)
      ctx.diags.at(
        namePos,
        `device node ${clash} would belong to both ${nodes.get(clash) ?? ''} and ${d.name}`,
      );
    for (const n of nodesOf(facts)) if (!nodes.has(n)) nodes.set(n, d.name);
  });
  checkRegsOverlap(all, ctx);
  checkPlacement(all, ctx);
  checkBootRam(all, ram, ctx);
  return { byName, nodes };
}

/** Register blocks may share a page but not a byte. */
function checkRegsOverlap(all: readonly DeviceFacts[], ctx: CheckContext): void {
  const blocks = all.flatMap((f, index) => (f.block ? [{ ...f.block, index, f }] : []));
  blocks.sort((a, b) => a.start - b.start || a.index - b.index);
  let reach: (typeof blocks)[number] | null = null;
  for (const b of blocks) {
    if (reach && b.start < reach.end) {
      const [later, other] = b.index > reach.index ? [b, reach] : [reach, b];
      const d = later.f.spec;
      const at = d.type === 'regs' ? ctx.spots.get(d.at, 'self', d.pos) : d.pos;
      ctx.diags.at(
        at,
        `the register block of ${d.name} (${hex(later.start)}-${hex(later.end - 1)}) overlaps that of ${other.f.spec.name}`,
      );
    }
    if (!reach || b.end > reach.end) reach = b;
  }
}

/** Framebuffers and card windows are placed from 0x8000_0000 in order and must end by 0xC000_0000. */
function checkPlacement(all: readonly DeviceFacts[], ctx: CheckContext): void {
  let end = PLACED_BASE;
  for (const f of all) {
    end += f.placedBytes;
    if (end > PLACED_END) {
      ctx.diags.at(
        f.spec.pos,
        `device memory placed from 0x80000000 would end at ${hex(end)} with ${f.spec.name}, past 0xC0000000`,
      );
      return;
    }
  }
}

/** Backing stores, kernel buffers and regions are taken from RAM at boot, and must fit. */
function checkBootRam(all: readonly DeviceFacts[], ram: number, ctx: CheckContext): void {
  if (ram < 1 || ram > MAX_RAM_FRAMES) return; // reported with the machine line
  const total = all.reduce((sum, f) => sum + f.bootFrames, 0);
  if (total <= ram) return;
  let sum = 0;
  const first = all.find((f) => (sum += f.bootFrames) > ram);
  if (!first) return;
  ctx.diags.at(
    first.spec.pos,
    `boot-time memory does not fit: the devices need ${grouped(total)} RAM frames at boot (vt backing stores, ` +
      `kbuf buffers, pseudo regions) and the machine has ${grouped(ram)}; it runs out at ${first.spec.name}`,
  );
}
