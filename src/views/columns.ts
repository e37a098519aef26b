/**
 * The drawing's columns, left to right as an access travels: process -> page table and TLB -> physical
 * memory -> device. Every layout function places its things inside its column; arrows cross the gaps.
 */

export const COLUMN = {
  procs: { x: 8, width: 270 },
  tables: { x: 330, width: 230 },
  memory: { x: 612, width: 232 },
  devices: { x: 884, width: 240 },
} as const;

/** Right edge of the drawing. */
export const DRAWING_WIDTH = COLUMN.devices.x + COLUMN.devices.width + 8;

/** Where the columns start below their titles. */
export const TOP = 28;

/** Vertical room between stacked blocks. */
export const GAP = 12;

/** Text line height of labels inside blocks. */
export const LINE = 14;

export interface Point {
  x: number;
  y: number;
}
