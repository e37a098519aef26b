/**
 * What each kind of memory looks like: one meaning per colour everywhere (Okabe-Ito, colour-blind safe),
 * always paired with a short label and a pattern so colour is never the only cue. The colours themselves
 * are CSS variables (machine.css) so the light and dark themes can differ.
 */

import type { FrameOwner } from '../sim/events.ts';

export type Pattern = 'none' | 'hatch' | 'lines' | 'dots' | 'grid';

export interface Look {
  /** CSS class suffix and variable name: `own-${key}` / `--own-${key}`. */
  key: string;
  /** Short label drawn in the cell. */
  short: string;
  /** The owner in words (title, legend). */
  words: string;
  pattern: Pattern;
}

/** How a RAM frame is drawn, by owner. */
export function ownerLook(o: FrameOwner): Look {
  switch (o.kind) {
    case 'free':
      return { key: 'free', short: '', words: 'free', pattern: 'none' };
    case 'pagetable':
      return {
        key: 'pagetable',
        short: `L${o.level}`,
        words: `page table L${o.level} of pid ${o.pid}`,
        pattern: 'none',
      };
    case 'backing':
      return {
        key: 'backing',
        short: `B${o.screen}`,
        words: `${o.device} screen ${o.screen} backing store page ${o.page}`,
        pattern: 'hatch',
      };
    case 'kbuf':
      return {
        key: 'kbuf',
        short: `K${o.page}`,
        words: `${o.device} kernel buffer page ${o.page}`,
        pattern: 'lines',
      };
    case 'region':
      return {
        key: 'region',
        short: o.region.slice(0, 2),
        words: `${o.device} region ${o.region} page ${o.page}`,
        pattern: 'none',
      };
    case 'clone':
      return {
        key: 'clone',
        short: `C${o.instance}`,
        words: `${o.device} instance ${o.instance} page ${o.page}`,
        pattern: 'dots',
      };
    case 'object':
      // Kernel memory, as a buffer is: the device pager object owns it until the object dies.
      return {
        key: 'kbuf',
        short: `Z${o.page}`,
        words: `${o.device} device pager object page ${o.page} (zero-filled)`,
        pattern: 'lines',
      };
  }
}

/** Device memory: one hue, told apart by label and pattern. */
export function deviceMemoryLook(kind: 'framebuffer' | 'window' | 'registers'): Look {
  switch (kind) {
    case 'framebuffer':
      return { key: 'devmem', short: 'FB', words: 'framebuffer', pattern: 'none' };
    case 'window':
      return { key: 'devmem', short: 'W', words: 'card window', pattern: 'dots' };
    case 'registers':
      return { key: 'devmem', short: 'R', words: 'registers', pattern: 'grid' };
  }
}

/** The legend, in the order RAM owners are listed in the design brief. */
export const RAM_LEGEND: readonly Look[] = [
  ownerLook({ kind: 'free' }),
  { ...ownerLook({ kind: 'pagetable', pid: 0, level: 1 }), short: 'L', words: 'page table' },
  { ...ownerLook({ kind: 'backing', device: '', screen: 0, page: 0 }), short: 'B', words: 'backing store' },
  { ...ownerLook({ kind: 'kbuf', device: '', page: 0 }), short: 'K', words: 'kernel buffer' },
  { ...ownerLook({ kind: 'region', device: '', region: 'r', page: 0 }), short: 'r', words: 'pseudo region' },
  { ...ownerLook({ kind: 'clone', device: '', instance: 0, page: 0 }), short: 'C', words: 'clone instance' },
];
