/** RAM frames (lowest free first, so runs are deterministic) and the byte values of memory. */

import type { FrameOwner } from './events.ts';
import { SHARED } from './cow.ts';
import type { Ctx, SimState } from './state.ts';

/** Takes the lowest free frame for `owner`; null when RAM is full. */
export function allocFrame(ctx: Ctx, owner: FrameOwner): number | null {
  const frames = ctx.s.frames;
  for (let f = 0; f < frames.length; f++) {
    if (frames[f]!.kind === 'free') {
      frames[f] = owner;
      ctx.ev.push({ t: 'frame', frame: f, owner });
      return f;
    }
  }
  return null;
}

/** How many frames are free now. */
export function freeFrames(s: SimState): number {
  let n = 0;
  for (const o of s.frames) if (o.kind === 'free') n++;
  return n;
}

/** Frees a frame and zeroes it (a freed frame is zeroed, kernel-models.md fine print). */
export function freeFrame(ctx: Ctx, frame: number): void {
  ctx.s.frames[frame] = { kind: 'free' };
  ctx.s.memory.delete(frame);
  ctx.ev.push({ t: 'frame', frame, owner: { kind: 'free' } });
  // A translation may still reach it (a stale mapping): the isolation checker must look again.
  ctx.dirty = null;
}

/** The value stored at a physical byte address; a location never written reads "0". */
export function readByte(s: SimState, paddr: number): string {
  const page = s.memory.get(Math.floor(paddr / s.geo.pageSize));
  return page?.cells.get(paddr % s.geo.pageSize) ?? '0';
}

/** Stores a value at a physical byte address, copying the page first if a snapshot shares it. */
export function writeByte(s: SimState, paddr: number, value: string): void {
  const pfn = Math.floor(paddr / s.geo.pageSize);
  let page = s.memory.get(pfn);
  if (!page) {
    page = { cow: s.cow, cells: new Map() };
    s.memory.set(pfn, page);
  } else if (page.cow !== s.cow) {
    page = { cow: s.cow, cells: new Map(page.cells) };
    s.memory.set(pfn, page);
  }
  page.cells.set(paddr % s.geo.pageSize, value);
}

/** Copies page `src`'s contents over page `dst`, sharing them until either is written. */
export function copyPage(s: SimState, src: number, dst: number): void {
  const page = s.memory.get(src);
  if (!page) {
    s.memory.delete(dst);
    return;
  }
  if (page.cow === s.cow) page.cow = SHARED;
  s.memory.set(dst, page);
}

/** The cells of one page as offset -> value (a copy); empty when never written. */
export function pageCells(s: SimState, pfn: number): Map<number, string> {
  return new Map(s.memory.get(pfn)?.cells ?? []);
}

/** Replaces a page's cells (used for cards going in and out of the slot). */
export function setPageCells(s: SimState, pfn: number, cells: Map<number, string>): void {
  if (cells.size === 0) s.memory.delete(pfn);
  else s.memory.set(pfn, { cow: s.cow, cells: new Map(cells) });
}
