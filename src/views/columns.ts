/**
 * The drawing's columns, left to right as an access travels: process -> page table and TLB -> physical
 * memory -> device. Each column is as wide as what it holds needs (machineLayout.ts asks each layout),
 * so a small machine makes a small drawing that the zoom can grow; every layout places its things inside
 * its column, and arrows cross the gutters between them.
 */

export interface Column {
  x: number;
  width: number;
}

export interface Columns {
  procs: Column;
  tables: Column;
  memory: Column;
  devices: Column;
  /** The drawing's right edge. */
  width: number;
}

/** Room left of the first column and right of the last. */
export const EDGE = 8;
/** Between two columns: where the arrows cross. */
export const GUTTER = 24;
/** Where the columns start, below their titles. */
export const TOP = 30;
/** Vertical room between stacked blocks. */
export const GAP = 12;

/** The columns for the given widths (rounded up to whole units), placed left to right. */
export function columnsOf(widths: {
  procs: number;
  tables: number;
  memory: number;
  devices: number;
}): Columns {
  const procs = { x: EDGE, width: Math.ceil(widths.procs) };
  const tables = { x: procs.x + procs.width + GUTTER, width: Math.ceil(widths.tables) };
  const memory = { x: tables.x + tables.width + GUTTER, width: Math.ceil(widths.memory) };
  const devices = { x: memory.x + memory.width + GUTTER, width: Math.ceil(widths.devices) };
  return { procs, tables, memory, devices, width: devices.x + devices.width + EDGE };
}

export interface Point {
  x: number;
  y: number;
}
