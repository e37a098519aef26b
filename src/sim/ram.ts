/** RAM frames (lowest free first, so runs are deterministic) and the byte values of memory. */

import type { FrameOwner } from './events.ts';
import { newCow, SHARED } from './cow.ts';
import type { Ctx, MemChunk, MemPage, SimState } from './state.ts';

/** Takes the lowest free frame for `owner`; null when RAM is full. */
export function allocFrame(ctx: Ctx, owner: FrameOwner): number | null {
  const s = ctx.s;
  const frames = s.frames;
  for (let f = s.firstFree; f < frames.length; f++) {
    if (frames[f]!.kind === 'free') {
      frames[f] = owner;
      s.firstFree = f + 1;
      s.framesFree--;
      ctx.ev.push({ t: 'frame', frame: f, owner });
      return f;
    }
  }
  s.firstFree = frames.length;
  return null;
}

/** How many frames are free now (kept as a count: every eager mmap and fork asks). */
export function freeFrames(s: SimState): number {
  return s.framesFree;
}

/** Frees a frame and zeroes it (a freed frame is zeroed, kernel-models.md fine print). */
export function freeFrame(ctx: Ctx, frame: number): void {
  const s = ctx.s;
  const owner = s.frames[frame]!;
  if (owner.kind !== 'free') s.framesFree++;
  if (frame < s.firstFree) s.firstFree = frame;
  s.frames[frame] = { kind: 'free' };
  s.memory.delete(frame);
  s.work++;
  ctx.ev.push({ t: 'frame', frame, owner: { kind: 'free' } });
  // A translation may still reach it (a stale mapping): the isolation checker must look again.
  // No translation ever points at a page-table page, so freeing one needs no recheck.
  if (owner.kind !== 'pagetable') ctx.recheckAll = true;
}

const CHUNK = 64;

/** The value stored at a physical byte address; a location never written reads "0". */
export function readByte(s: SimState, paddr: number): string {
  const P = s.geo.pageSize;
  const page = s.memory.get(Math.floor(paddr / P));
  if (!page) return '0';
  const o = paddr % P;
  return page.chunks[Math.floor(o / CHUNK)]?.cells[o % CHUNK] ?? '0';
}

/** Stores a value at a physical byte address, copying the page and chunk first if they are shared. */
export function writeByte(s: SimState, paddr: number, value: string): void {
  const P = s.geo.pageSize;
  const pfn = Math.floor(paddr / P);
  let page = s.memory.get(pfn);
  if (!page) {
    page = { cow: s.cow, own: newCow(), chunks: new Array<MemChunk | undefined>(P / CHUNK).fill(undefined) };
    s.memory.set(pfn, page);
  } else if (page.cow !== s.cow) {
    // A new page object owns none of the chunks it shares with the old one.
    page = { cow: s.cow, own: newCow(), chunks: page.chunks.slice() };
    s.memory.set(pfn, page);
  }
  const o = paddr % P;
  const c = Math.floor(o / CHUNK);
  let chunk = page.chunks[c];
  if (!chunk) {
    chunk = { cow: page.own, cells: new Array<string | undefined>(CHUNK).fill(undefined) };
    page.chunks[c] = chunk;
  } else if (chunk.cow !== page.own) {
    chunk = { cow: page.own, cells: chunk.cells.slice() };
    page.chunks[c] = chunk;
  }
  chunk.cells[o % CHUNK] = value;
}

/**
 * Copies page `src`'s contents over page `dst`. Nothing is copied now: both places share the page
 * (and its chunks) and the first write to either copies what it touches.
 */
export function copyPage(s: SimState, src: number, dst: number): void {
  s.work++;
  const page = s.memory.get(src);
  if (!page) {
    s.memory.delete(dst);
    return;
  }
  disown(page);
  s.memory.set(dst, page);
}

/** Takes a page's contents out of memory (a card leaving the slot); the page reads 0 after. */
export function takePage(s: SimState, pfn: number): MemPage | undefined {
  s.work++;
  const page = s.memory.get(pfn);
  s.memory.delete(pfn);
  return page;
}

/** Puts contents taken with `takePage` back at `pfn` (a card going in). */
export function putPage(s: SimState, pfn: number, page: MemPage | undefined): void {
  s.work++;
  if (!page) s.memory.delete(pfn);
  else {
    // The snapshot that saw the card out still holds these contents: never write them in place.
    disown(page);
    s.memory.set(pfn, page);
  }
}

/**
 * Marks a page as shared, so a write copies it first. Its chunks need no mark: a chunk belongs to the
 * page object that made it (`own`), and the copy is a new page object (a switch shares whole pages,
 * and marking each chunk was a twentieth of the benchmark).
 */
function disown(page: MemPage): void {
  page.cow = SHARED;
}
