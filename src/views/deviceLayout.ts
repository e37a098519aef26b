/**
 * The device column: one box per device, stacked, with the points the animations need (the
 * framebuffer's screen, each backing store, the card slot). Heights follow what each device shows.
 */

import type { DevicePicture } from '../sim/picture.ts';
import { COLUMN, GAP, LINE, TOP, type Point } from './columns.ts';

export interface DeviceBox {
  device: DevicePicture;
  y: number;
  height: number;
  /** vt: the framebuffer's screen box; card: the slot. */
  main: Point | null;
  /** vt: each screen's backing store line. */
  stores: Point[];
}

/** Lines of text a device box holds below its title. */
export function deviceLines(d: DevicePicture): number {
  switch (d.type) {
    case 'vt':
      return 1 + Math.min(d.fbPages, 4) + 1 + d.screens;
    case 'card':
      return 1 + Math.min(Math.max(d.pages, 1), 4) + Math.max(d.cardsOut.length, 0) + 1;
    case 'pseudo':
      return d.regions.length + (d.alias ? 1 : 0);
    case 'kbuf':
      return 2;
    case 'regs':
      return 1;
    case 'clone':
      return Math.max(d.instances.length, 1);
  }
}

export function devicesLayout(devices: readonly DevicePicture[]): { boxes: DeviceBox[]; height: number } {
  let y = TOP;
  const boxes: DeviceBox[] = [];
  const x = COLUMN.devices.x;
  for (const d of devices) {
    const height = (deviceLines(d) + 1) * LINE + 10;
    const stores: Point[] = [];
    let main: Point | null = null;
    if (d.type === 'vt') {
      // Text baselines are at (line + 2) * LINE (DevicesView); points sit on the text's middle.
      main = { x: x + 8, y: y + 3 * LINE - 4 };
      const storesTop = y + (4 + Math.min(d.fbPages, 4)) * LINE - 4;
      for (let s = 0; s < d.screens; s++) stores.push({ x: x + 8, y: storesTop + s * LINE });
    } else if (d.type === 'card') main = { x: x + 8, y: y + 1.5 * LINE + 3 };
    boxes.push({ device: d, y, height, main, stores });
    y += height + GAP;
  }
  return { boxes, height: y };
}

/** What a page shows as text: its written values in offset order, with a gap where bytes were skipped. */
export function pageText(cells: ReadonlyArray<{ offset: number; value: string }>, max = 28): string {
  let text = '';
  let end = -1;
  for (const c of [...cells].sort((a, b) => a.offset - b.offset)) {
    if (end >= 0 && c.offset > end) text += ' ';
    text += c.value;
    end = c.offset + c.value.length;
  }
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
