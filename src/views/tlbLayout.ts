/** The TLB as lines of words, one per slot, sized from the machine's digits (digits.ts). */

import type { TlbPicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';
import type { Digits } from './digits.ts';
import { clip, LINE } from './metrics.ts';

/** TLB block: a title line and one line per slot. */
export function tlbHeight(slots: number): number {
  return LINE + 8 + slots * LINE + 4;
}

/** Where slot `slot`'s line starts, from the block's top. */
export function tlbSlotTop(slot: number): number {
  return LINE + 8 + slot * LINE;
}

/** The widest line: marker, slot, name, page, arrow, frame, rights. */
export function tlbLineChars(d: Digits): number {
  return 1 + d.slot + 1 + d.name + 1 + d.vpn + 1 + d.pfn + 1 + 2;
}

/** Rights in two glyphs, as the PTE's bits are drawn: `rw`, `r-`, `--`. */
function rights(e: { read: boolean; write: boolean }): string {
  return `${e.read || e.write ? 'r' : '-'}${e.write ? 'w' : '-'}`;
}

/** `▶ 1 cam 0x1_0000→524288 rw`; `▶` marks the slot the next fill replaces, `—` an empty slot. */
export function tlbLine(e: TlbPicture | null, slot: number, next: number, d: Digits): string {
  const head = `${slot === next ? '▶' : ' '}${String(slot).padStart(d.slot, ' ')} `;
  if (!e) return `${head}—`;
  return `${head}${clip(e.proc, d.name)} ${hexAddress(e.vpn)}→${e.pfn} ${rights(e)}`;
}
