/**
 * How many glyphs the machine's numbers take at most: addresses, page and frame numbers, table indices,
 * TLB slots and process names. The columns are sized from these (not from the words on screen now), so
 * a drawing keeps its width from step to step while its contents change.
 */

import { makeGeometry } from '../sim/geometry.ts';
import type { MachinePicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';

export interface Digits {
  /** A virtual address (`0xffff_ffff`). */
  address: number;
  /** A virtual page number. */
  vpn: number;
  /** A page frame number, RAM or device memory. */
  pfn: number;
  /** A RAM frame number (where page tables live). */
  frame: number;
  /** An index into a leaf table. */
  index: number;
  /** A table's count of entries in use (at most its size, at any level). */
  used: number;
  /** A TLB slot. */
  slot: number;
  /** A process name in a TLB line (longer names are cut there). */
  name: number;
}

/** Names in the TLB's lines are cut to this many glyphs: the band above names the process in full. */
const TLB_NAME = 8;

export function digitsOf(
  p: Pick<MachinePicture, 'pageSize' | 'levels' | 'frames' | 'deviceMemory' | 'tlb' | 'procs'>,
): Digits {
  const geo = makeGeometry(p.pageSize, p.levels);
  let pfn = p.frames.length - 1;
  for (const r of p.deviceMemory) pfn = Math.max(pfn, Math.ceil(r.end / p.pageSize) - 1);
  let name = 3;
  for (const proc of p.procs) name = Math.max(name, proc.name.length);
  return {
    address: hexAddress(geo.vaTop - 1).length,
    vpn: hexAddress(geo.vaTop / p.pageSize - 1).length,
    pfn: String(Math.max(0, pfn)).length,
    frame: String(Math.max(0, p.frames.length - 1)).length,
    index: String(geo.entries[p.levels - 1]! - 1).length,
    used: Math.max(...geo.entries.map((n) => String(n).length)),
    slot: String(Math.max(0, p.tlb.length - 1)).length,
    name: Math.min(TLB_NAME, name),
  };
}
