/**
 * Physical memory: RAM frames as a grid (frame 0 top left, row by row), then each device memory range at
 * its physical address as a row of page cells under two lines of words. The grid's cells shrink as RAM
 * grows, so the benchmark's 4,096 frames still fit (and go to a canvas: see RamView), and its rows are as
 * many as the column's width leaves: a narrow column makes a taller grid, which a wide pane has room for.
 */

import type { MachinePicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';
import { GAP, TOP, type Column, type Point } from './columns.ts';
import { charsIn, clip, LINE, textWidth } from './metrics.ts';
import { deviceMemoryLook } from './palette.ts';

export interface RamGrid {
  frames: number;
  x: number;
  y: number;
  cols: number;
  pitch: number;
  cell: number;
  height: number;
  /** Whether cells are big enough to carry their label. */
  labelled: boolean;
}

/** Grids above this many frames are drawn on a canvas. */
export const CANVAS_FRAMES = 1000;

/** The cell pitch for a RAM of `frames`: labelled cells for a small machine, dots for a big one. */
function pitchFor(frames: number): number {
  return frames <= 64 ? 27 : frames <= 256 ? 14 : 7;
}

/** The fewest columns a grid of `frames` takes, so a big RAM does not grow into a tower. */
function fewestCols(frames: number): number {
  return frames <= 16 ? 4 : frames <= 36 ? 6 : frames <= 64 ? 8 : frames <= 256 ? 16 : 32;
}

/** The words a device memory range needs (`ttyv · framebuffer`, `2 pages at 0x8000_0000`). */
const MEMORY_CHARS = 22;

/** How wide the memory column must be for its RAM grid and its device memory's words. */
export function memoryWidth(frames: number): number {
  return Math.max(fewestCols(frames) * pitchFor(frames), textWidth(MEMORY_CHARS));
}

export function ramGrid(frames: number, col: Column, y = TOP + LINE + 4): RamGrid {
  const pitch = pitchFor(frames);
  const cols = Math.max(1, Math.min(frames, Math.floor(col.width / pitch)));
  const rows = Math.ceil(frames / cols);
  return {
    frames,
    x: col.x,
    y,
    cols,
    pitch,
    cell: pitch - (pitch > 10 ? 3 : 1),
    height: rows * pitch,
    labelled: pitch >= 20,
  };
}

/** Top-left corner of a frame's cell. */
export function frameCell(g: RamGrid, frame: number): Point {
  return { x: g.x + (frame % g.cols) * g.pitch, y: g.y + Math.floor(frame / g.cols) * g.pitch };
}

export interface DevicePage {
  /** Its page frame number; for the `+N` cell, the first frame it stands for. */
  pfn: number;
  x: number;
  y: number;
  /** `FB0`, `W1`, or the page index alone when the kind's letter leaves no room; `+N` for the rest. */
  label: string;
  /** Frames this cell stands for beyond itself (0 for an ordinary cell). */
  more: number;
}

/** Past this many pages a range draws a last `+N` cell that stands for the rest (as a VMA does). */
export const MAX_DEVICE_CELLS = 36;
/** A cell holds three glyphs. */
const CELL_CHARS = 3;

export interface DeviceBlock {
  device: string;
  kind: 'framebuffer' | 'window' | 'registers';
  start: number;
  end: number;
  firstPfn: number;
  lastPfn: number;
  y: number;
  height: number;
  /** Its two lines of words: what it is, and how big and where. */
  lines: [string, string];
  pages: DevicePage[];
}

export const DEV_CELL = 26;
const DEV_PITCH = DEV_CELL + 4;

export interface MemoryLayout {
  grid: RamGrid;
  /** The baseline of the "Device memory" title. */
  deviceTitleY: number;
  blocks: DeviceBlock[];
  height: number;
}

/** Where RAM and each device memory range go in the memory column. */
export function memoryLayout(
  p: Pick<MachinePicture, 'frames' | 'deviceMemory' | 'pageSize'>,
  col: Column,
): MemoryLayout {
  return memoryLayoutOf(p.frames.length, p.deviceMemory, p.pageSize, col);
}

/** The same from the frame count alone: a change of owner does not move anything. */
export function memoryLayoutOf(
  frameCount: number,
  deviceMemory: MachinePicture['deviceMemory'],
  pageSize: number,
  col: Column,
): MemoryLayout {
  const grid = ramGrid(frameCount, col);
  const chars = charsIn(col.width);
  const perRow = Math.max(1, Math.floor((col.width + DEV_PITCH - DEV_CELL) / DEV_PITCH));
  const deviceTitleY = grid.y + grid.height + GAP + LINE;
  let y = deviceTitleY + 6;
  const blocks: DeviceBlock[] = [];
  for (const r of deviceMemory) {
    const first = Math.floor(r.start / pageSize);
    const last = Math.ceil(r.end / pageSize) - 1;
    const count = last - first + 1;
    const shown = count > MAX_DEVICE_CELLS ? MAX_DEVICE_CELLS - 1 : count;
    const top = y + 2 * LINE + 2;
    const short = deviceMemoryLook(r.kind).short;
    const at = (i: number) => ({
      x: col.x + (i % perRow) * DEV_PITCH,
      y: top + Math.floor(i / perRow) * DEV_PITCH,
    });
    const pages: DevicePage[] = [];
    for (let i = 0; i < shown; i++) {
      const label = `${short}${i}`.length <= CELL_CHARS ? `${short}${i}` : clip(String(i), CELL_CHARS);
      pages.push({ pfn: first + i, ...at(i), label, more: 0 });
    }
    if (shown < count)
      pages.push({
        pfn: first + shown,
        ...at(shown),
        label: clip(`+${count - shown}`, 4),
        more: count - shown,
      });
    const lines: [string, string] = [
      clip(`${r.device} · ${deviceMemoryLook(r.kind).words}`, chars),
      clip(`${count} ${count === 1 ? 'page' : 'pages'} at ${hexAddress(r.start)}`, chars),
    ];
    const height = 2 * LINE + 2 + Math.ceil(pages.length / perRow) * DEV_PITCH;
    blocks.push({
      device: r.device,
      kind: r.kind,
      start: r.start,
      end: r.end,
      firstPfn: first,
      lastPfn: last,
      y,
      height,
      lines,
      pages,
    });
    y += height + GAP;
  }
  return { grid, deviceTitleY, blocks, height: deviceMemory.length === 0 ? grid.y + grid.height : y };
}

/** The point an arrow to page frame `pfn` ends at (the left edge of its cell), or null if none is drawn. */
export function framePoint(m: MemoryLayout, pfn: number): Point | null {
  if (pfn >= 0 && pfn < m.grid.frames) {
    const c = frameCell(m.grid, pfn);
    return { x: c.x, y: c.y + m.grid.cell / 2 };
  }
  for (const b of m.blocks) {
    if (pfn < b.firstPfn || pfn > b.lastPfn) continue;
    // Frames past the cap share the `+N` cell, the last one.
    const page = b.pages[Math.min(pfn - b.firstPfn, b.pages.length - 1)]!;
    return { x: page.x, y: page.y + DEV_CELL / 2 };
  }
  return null;
}
