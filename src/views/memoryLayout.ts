/**
 * Physical memory: RAM frames as a grid (frame 0 top left, row by row), then each device memory range at
 * its physical address as a row of page cells. The grid's cell size shrinks as RAM grows so the
 * benchmark's 4,096 frames still fit the column (and go to a canvas: see RamGrid).
 */

import type { MachinePicture } from '../sim/picture.ts';
import { COLUMN, GAP, LINE, TOP, type Point } from './columns.ts';

export interface RamGrid {
  frames: number;
  x: number;
  y: number;
  cols: number;
  pitch: number;
  cell: number;
  height: number;
}

/** Grids above this many frames are drawn on a canvas. */
export const CANVAS_FRAMES = 1000;

export function ramGrid(frames: number, y = TOP + LINE + 4): RamGrid {
  const [cols, pitch] = frames <= 64 ? [8, 28] : frames <= 256 ? [16, 14] : [32, 7];
  const rows = Math.ceil(frames / cols);
  return {
    frames,
    x: COLUMN.memory.x,
    y,
    cols,
    pitch,
    cell: pitch - (pitch > 10 ? 3 : 1),
    height: rows * pitch,
  };
}

/** Top-left corner of a frame's cell. */
export function frameCell(g: RamGrid, frame: number): Point {
  return { x: g.x + (frame % g.cols) * g.pitch, y: g.y + Math.floor(frame / g.cols) * g.pitch };
}

export interface DevicePage {
  pfn: number;
  x: number;
  y: number;
}

export interface DeviceBlock {
  device: string;
  kind: 'framebuffer' | 'window' | 'registers';
  start: number;
  end: number;
  y: number;
  height: number;
  pages: DevicePage[];
}

export const DEV_CELL = 24;
const DEV_PITCH = DEV_CELL + 4;
const DEV_PER_ROW = Math.floor(COLUMN.memory.width / DEV_PITCH);

export interface MemoryLayout {
  grid: RamGrid;
  blocks: DeviceBlock[];
  height: number;
}

/** Where RAM and each device memory range go in the memory column. */
export function memoryLayout(p: Pick<MachinePicture, 'frames' | 'deviceMemory' | 'pageSize'>): MemoryLayout {
  return memoryLayoutOf(p.frames.length, p.deviceMemory, p.pageSize);
}

/** The same from the frame count alone: a change of owner does not move anything. */
export function memoryLayoutOf(
  frameCount: number,
  deviceMemory: MachinePicture['deviceMemory'],
  pageSize: number,
): MemoryLayout {
  const p = { deviceMemory, pageSize };
  const grid = ramGrid(frameCount);
  let y = grid.y + grid.height + GAP + LINE + 4;
  const blocks: DeviceBlock[] = [];
  for (const r of p.deviceMemory) {
    const first = Math.floor(r.start / p.pageSize);
    const last = Math.ceil(r.end / p.pageSize) - 1;
    const top = y + 2 * LINE;
    const pages: DevicePage[] = [];
    for (let pfn = first; pfn <= last; pfn++) {
      const i = pfn - first;
      pages.push({
        pfn,
        x: COLUMN.memory.x + (i % DEV_PER_ROW) * DEV_PITCH,
        y: top + Math.floor(i / DEV_PER_ROW) * DEV_PITCH,
      });
    }
    const height = 2 * LINE + Math.ceil(pages.length / DEV_PER_ROW) * DEV_PITCH;
    blocks.push({ device: r.device, kind: r.kind, start: r.start, end: r.end, y, height, pages });
    y += height + GAP;
  }
  return { grid, blocks, height: y };
}

/** The point an arrow to page frame `pfn` ends at (the left edge of its cell), or null if none is drawn. */
export function framePoint(m: MemoryLayout, pfn: number): Point | null {
  if (pfn >= 0 && pfn < m.grid.frames) {
    const c = frameCell(m.grid, pfn);
    return { x: c.x, y: c.y + m.grid.cell / 2 };
  }
  for (const b of m.blocks)
    for (const page of b.pages) if (page.pfn === pfn) return { x: page.x, y: page.y + DEV_CELL / 2 };
  return null;
}
