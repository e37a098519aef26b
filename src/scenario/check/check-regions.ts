/**
 * What pseudo and regs devices claim: regions of a pseudo device's mmap space, and a register block in
 * the physical address space.
 */

import { DEVICE_DEFAULTS, defaultRegion, type DeviceSpec } from '../../sim/spec.ts';
import { grouped, hex, numPos, sizeBytes, type CheckContext } from './check-numbers.ts';
import { MAX_PAGES, REGS_BASE, REGS_END } from '../limits.ts';

/** Regions sit at page-aligned offsets, do not overlap, and an alias names two of them. */
export function pseudoFrames(d: Extract<DeviceSpec, { type: 'pseudo' }>, ctx: CheckContext): number {
  const regions = d.regions ?? [defaultRegion()];
  const ps = ctx.pageSize;
  const names = new Set<string>();
  const spans: Array<{ name: string; start: number; end: number; index: number }> = [];
  let total = 0;
  regions.forEach((r, index) => {
    const namePos = ctx.spots.get(r, 'name', d.pos);
    if (names.has(r.name)) ctx.diags.at(namePos, `a second region named ${r.name}`);
    names.add(r.name);
    if (r.pages.value < 1)
      ctx.diags.at(numPos(ctx, r.pages, d.pos), `a region has at least 1 page, found ${r.pages.value}`);
    total += r.pages.value;
    const off = sizeBytes(ctx, r.offset, d.pos, `the offset of region ${r.name}`);
    if (off === null) return;
    if (off % ps !== 0) {
      ctx.diags.at(
        numPos(ctx, r.offset, d.pos),
        `region ${r.name} must start at a page-aligned offset (a page is ${ps} bytes), found ${off}`,
      );
    } else if (r.pages.value >= 1) {
      spans.push({ name: r.name, start: off, end: off + r.pages.value * ps, index });
    }
  });
  // Sorted by start, a region overlaps an earlier one exactly when it starts before the furthest end so far.
  spans.sort((a, b) => a.start - b.start || a.index - b.index);
  let reach: (typeof spans)[number] | null = null;
  for (const s of spans) {
    if (reach && s.start < reach.end) {
      const later = s.index > reach.index ? s : reach;
      const other = later === s ? reach : s;
      const r = regions[later.index];
      if (r)
        ctx.diags.at(ctx.spots.get(r, 'name', d.pos), `region ${later.name} overlaps region ${other.name}`);
    }
    if (!reach || s.end > reach.end) reach = s;
  }
  if (total > MAX_PAGES)
    ctx.diags.at(
      d.pos,
      `a device has at most ${grouped(MAX_PAGES)} pages, the regions of ${d.name} have ${grouped(total)}`,
    );
  if (d.alias) {
    for (const [end, name] of [
      ['from', d.alias.from],
      ['to', d.alias.to],
    ] as const) {
      if (!names.has(name))
        ctx.diags.at(
          ctx.spots.get(d, `alias.${end}`, d.pos),
          `alias names region ${name}, which ${d.name} does not have`,
        );
    }
  }
  return Math.min(total, MAX_PAGES);
}

/** A register block lies in [0xC000_0000, 2^32) and spans at most 65,536 pages. */
export function regsBlock(
  d: Extract<DeviceSpec, { type: 'regs' }>,
  ctx: CheckContext,
): { start: number; end: number } | null {
  const at = sizeBytes(ctx, d.at, d.pos, 'at');
  const size = d.size ? sizeBytes(ctx, d.size, d.pos, 'size') : DEVICE_DEFAULTS.regs.size;
  if (at === null || size === null) return null;
  const atPos = numPos(ctx, d.at, d.pos);
  if (d.size && size < 1) {
    ctx.diags.at(numPos(ctx, d.size, d.pos), 'size is at least 1 byte, found 0');
    return null;
  }
  if (at < REGS_BASE) {
    ctx.diags.at(
      atPos,
      `registers lie at or above ${hex(REGS_BASE)}, outside RAM and the device memory placed from 0x80000000; found ${hex(at)}`,
    );
    return null;
  }
  if (at + size > REGS_END) {
    ctx.diags.at(
      atPos,
      `the register block ends at ${hex(at + size)}, past the end of the 32-bit physical space (0x100000000)`,
    );
    return null;
  }
  const ps = ctx.pageSize;
  const npages = Math.ceil((at + size) / ps) - Math.floor(at / ps);
  if (npages > MAX_PAGES) {
    ctx.diags.at(
      atPos,
      `a device has at most ${grouped(MAX_PAGES)} pages, this register block spans ${grouped(npages)}`,
    );
  }
  return { start: at, end: at + size };
}
