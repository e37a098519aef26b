/** The ranges of each device type's keys, and what each device costs at boot. */

import { DEVICE_DEFAULTS, type DeviceSpec, type Num, type Pos } from '../../sim/spec.ts';
import { grouped, numPos, sizeBytes, type CheckContext } from './check-numbers.ts';
import { pseudoFrames, regsBlock } from './check-regions.ts';
import { MAX_PAGES, MAX_SCREENS } from '../limits.ts';

/** What the rest of the checker needs to know about one device line. */
export interface DeviceFacts {
  spec: DeviceSpec;
  /** A vt's screens (defaults applied, clamped to the valid range); 1 for other types. */
  screens: number;
  /** RAM frames the device takes at boot: backing stores, buffers, regions. */
  bootFrames: number;
  /** Bytes of device memory the engine places from 0x8000_0000: a framebuffer or card window. */
  placedBytes: number;
  /** A regs block's physical byte range [start, end); null for other types. */
  block: { start: number; end: number } | null;
}

/** Checks the keys of one device line; every problem is reported where its value was written. */
export function checkDeviceKeys(d: DeviceSpec, ctx: CheckContext): DeviceFacts {
  const facts: DeviceFacts = { spec: d, screens: 1, bootFrames: 0, placedBytes: 0, block: null };
  const ps = ctx.pageSize;
  const report = (n: Num, message: string) => ctx.diags.at(numPos(ctx, n, d.pos), message);
  /** A page count, or null (reported) when it is out of range. */
  const pages = (n: Num | undefined, dflt: number, what: string): number | null => {
    if (!n) return dflt;
    if (n.value < 1) report(n, `${what} is at least 1, found ${n.value}`);
    else if (n.value > MAX_PAGES)
      report(n, `a device has at most ${grouped(MAX_PAGES)} pages, found ${grouped(n.value)}`);
    else return n.value;
    return null;
  };
  switch (d.type) {
    case 'vt': {
      let screens = d.screens?.value ?? DEVICE_DEFAULTS.vt.screens;
      if (d.screens && (screens < 1 || screens > MAX_SCREENS)) {
        report(
          d.screens,
          `screens is 1 to ${MAX_SCREENS} (the limit is ${MAX_SCREENS} screens), found ${screens}`,
        );
        screens = Math.min(Math.max(screens, 1), MAX_SCREENS);
      }
      const fbPages = d.fb ? framebufferPages(d.fb, d.pos, ctx) : DEVICE_DEFAULTS.vt.fb;
      return { ...facts, screens, bootFrames: screens * fbPages, placedBytes: fbPages * ps };
    }
    case 'card':
      return { ...facts, placedBytes: (pages(d.pages, DEVICE_DEFAULTS.card.pages, 'pages') ?? 0) * ps };
    case 'clone':
      pages(d.pages, DEVICE_DEFAULTS.clone.pages, 'pages');
      return facts;
    case 'kbuf':
      return {
        ...facts,
        bootFrames: kbufFrames(d, pages(d.pages, DEVICE_DEFAULTS.kbuf.pages, 'pages'), ctx),
      };
    case 'pseudo':
      return { ...facts, bootFrames: pseudoFrames(d, ctx) };
    case 'regs':
      return { ...facts, block: regsBlock(d, ctx) };
  }
}

/** `fb=` is a whole number of pages, at least one. */
function framebufferPages(fb: Num, fallback: Pos, ctx: CheckContext): number {
  const b = sizeBytes(ctx, fb, fallback, 'fb');
  if (b === null) return 1;
  const ps = ctx.pageSize;
  if (b < ps || b % ps !== 0) {
    ctx.diags.at(
      numPos(ctx, fb, fallback),
      `fb is a whole number of pages, at least one (a page is ${ps} bytes), found ${b} bytes`,
    );
    return 1;
  }
  if (b / ps > MAX_PAGES) {
    ctx.diags.at(
      numPos(ctx, fb, fallback),
      `a device has at most ${grouped(MAX_PAGES)} pages, fb is ${grouped(b / ps)}`,
    );
    return 1;
  }
  return b / ps;
}

/** Holes lie inside the buffer, once each, and only in a vmalloc buffer; they take no frame. */
function kbufFrames(
  d: Extract<DeviceSpec, { type: 'kbuf' }>,
  pages: number | null,
  ctx: CheckContext,
): number {
  const holes = d.holes ?? [];
  if (holes.length > 0 && d.alloc === 'kmalloc') {
    ctx.diags.at(
      ctx.spots.get(d, 'key:holes', d.pos),
      'holes need alloc=vmalloc: a kmalloc buffer is contiguous and has none',
    );
  }
  // With no valid page count, whether a hole lies inside the buffer cannot be told.
  if (pages === null) return 0;
  const seen = new Set<number>();
  for (const h of holes) {
    const at = numPos(ctx, h, d.pos);
    if (h.value >= pages) ctx.diags.at(at, `hole ${h.value} is past the last page (pages 0 to ${pages - 1})`);
    else if (seen.has(h.value)) ctx.diags.at(at, `hole ${h.value} is listed twice`);
    else seen.add(h.value);
  }
  return pages - seen.size;
}
