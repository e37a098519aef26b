/**
 * The movement for one trace event, as data: a token travelling, a flash around a block, a cut arrow, a
 * card sliding. Pure, so each event's movement is tested; EventLayer renders the marks and CSS moves them.
 * A mark outlines what it lights and never covers words: its label travels as data (`data-label`, and
 * the event's sentence above the drawing says it); only a box with room in its title line shows a word
 * there (the TLB's `miss`).
 */

import type { TraceEvent } from '../sim/events.ts';
import type { ProcPicture } from '../sim/picture.ts';
import type { ProcPlace } from './arrows.ts';
import type { Columns, Point } from './columns.ts';
import type { DeviceBox } from './deviceLayout.ts';
import { frameCell, framePoint, type MemoryLayout } from './memoryLayout.ts';
import { LINE, PAD } from './metrics.ts';
import { CELL } from './procLayout.ts';
import { ENTRY } from './tableLayout.ts';
import { tlbHeight, tlbSlotTop } from './tlbLayout.ts';

export type Tone = 'access' | 'hit' | 'miss' | 'walk' | 'fault' | 'install' | 'note' | 'signal' | 'violation';

/** A word a mark may write: at the right end of its box's title line, where the layout leaves room. */
export interface MarkWord {
  x: number;
  y: number;
  text: string;
}

export type Mark =
  | { kind: 'token'; from: Point; to: Point; label: string; tone: Tone }
  | {
      kind: 'flash';
      x: number;
      y: number;
      width: number;
      height: number;
      label: string;
      tone: Tone;
      word: MarkWord | null;
    }
  /** A ring around a page cell: the fault's warm pulse. */
  | { kind: 'ring'; x: number; y: number; size: number; label: string; tone: Tone }
  | { kind: 'slide'; from: Point; to: Point; label: string };

export interface MarkContext {
  cols: Columns;
  procs: readonly ProcPicture[];
  /** A process's place; null for one not laid out (procsLayout's sight), which no mark points at. */
  places: readonly (ProcPlace | null)[];
  tlbY: number;
  tlbSlots: number;
  mem: MemoryLayout;
  devices: readonly DeviceBox[];
  pageSize: number;
}

function place(c: MarkContext, proc: string): ProcPlace | null {
  const i = c.procs.findIndex((p) => p.name === proc);
  return i < 0 ? null : (c.places[i] ?? null);
}

function pagePoint(c: MarkContext, proc: string, vpn: number): Point | null {
  const pl = place(c, proc);
  const at = pl?.band.pageAt.get(vpn);
  return pl && at ? { x: at.x, y: at.y + pl.bandY } : null;
}

function flash(
  box: { x: number; y: number; width: number; height: number },
  label: string,
  tone: Tone,
  word: MarkWord | null = null,
): Mark {
  return { kind: 'flash', ...box, label, tone, word };
}

/** The TLB lit whole, its word (`miss`) at the right of its title line. */
function tlbFlash(c: MarkContext, label: string, word: string, tone: Tone): Mark {
  const t = c.cols.tables;
  return flash({ x: t.x, y: c.tlbY, width: t.width, height: tlbHeight(c.tlbSlots) }, label, tone, {
    x: t.x + t.width - PAD,
    y: c.tlbY + LINE,
    text: word,
  });
}

function slotFlash(c: MarkContext, slot: number, label: string, tone: Tone): Mark {
  const t = c.cols.tables;
  return flash({ x: t.x, y: c.tlbY + tlbSlotTop(slot), width: t.width, height: LINE }, label, tone);
}

function frameFlash(c: MarkContext, pfn: number, label: string, tone: Tone): Mark | null {
  const g = c.mem.grid;
  if (pfn < g.frames) {
    const at = frameCell(g, pfn);
    return flash({ x: at.x, y: at.y, width: g.cell, height: g.cell }, label, tone);
  }
  const p = framePoint(c.mem, pfn);
  return p ? flash({ x: p.x, y: p.y - 13, width: 26, height: 26 }, label, tone) : null;
}

function bandFlash(c: MarkContext, proc: string, label: string, tone: Tone): Mark | null {
  const pl = place(c, proc);
  const b = c.cols.procs;
  return pl ? flash({ x: b.x, y: pl.bandY, width: b.width, height: pl.band.height }, label, tone) : null;
}

function deviceBox(c: MarkContext, name: string): DeviceBox | null {
  return c.devices.find((b) => b.device.name === name) ?? null;
}

/** The marks that animate `e` in the drawing laid out as `c`. */
export function eventMarks(e: TraceEvent, c: MarkContext): Mark[] {
  const out: Array<Mark | null> = [];
  const vpnOf = (vaddr: number) => Math.floor(vaddr / c.pageSize);
  switch (e.t) {
    case 'access': {
      const from = pagePoint(c, e.proc, vpnOf(e.vaddr));
      if (from)
        out.push({
          kind: 'token',
          from,
          // It stops at the TLB's edge, in the gutter: on its way, not on its words.
          to: { x: c.cols.tables.x - 8, y: c.tlbY + LINE / 2 + 3 },
          label: e.access,
          tone: 'access',
        });
      break;
    }
    case 'tlb-hit':
      out.push(tlbFlash(c, 'TLB hit', 'hit', 'hit'), slotFlash(c, e.slot, '', 'hit'));
      break;
    case 'tlb-miss':
      out.push(tlbFlash(c, 'TLB miss', 'miss', 'miss'));
      break;
    case 'tlb-fill':
      out.push(slotFlash(c, e.slot, 'fill', 'install'));
      break;
    case 'tlb-flush':
      out.push(tlbFlash(c, 'TLB flush', 'flush', 'note'));
      break;
    case 'walk': {
      const pl = place(c, e.proc);
      const node = e.table === null ? null : pl?.tree.boxOf.get(e.table);
      // The entry the walk reads, not the table: its row when the leaf table shows its rows, else the
      // table's head line (a higher level's entries are its children; a closed table hides its rows).
      const row =
        node && node.leaf && node.table.frame === e.table
          ? node.entries.find((r) => r.index === e.index)
          : undefined;
      if (pl && node)
        out.push(
          flash(
            {
              x: node.x,
              y: (row ? row.y : node.y) + pl.treeY,
              width: node.width,
              height: row ? ENTRY : pl.tree.head,
            },
            `L${e.level}[${e.index}]${e.next === null ? ' empty' : ''}`,
            'walk',
          ),
        );
      else if (pl)
        out.push(
          flash(
            { x: c.cols.tables.x, y: pl.treeY, width: c.cols.tables.width, height: pl.tree.head },
            'no table',
            'walk',
          ),
        );
      break;
    }
    case 'fault': {
      const at = pagePoint(c, e.proc, vpnOf(e.vaddr));
      if (at) out.push({ kind: 'ring', x: at.x, y: at.y, size: CELL + 8, label: 'fault', tone: 'fault' });
      break;
    }
    case 'pte-install':
    case 'pte-update': {
      const pl = place(c, e.proc);
      const entry = pl?.tree.pteAt.get(e.vpn);
      if (pl && entry)
        out.push(
          flash(
            {
              x: entry.in.x,
              y: entry.in.y + pl.treeY - LINE / 2,
              width: entry.out.x - entry.in.x,
              height: LINE,
            },
            '',
            'install',
          ),
        );
      break;
    }
    // A zap is drawn by the step's ghosts (GhostLayer): cut where it happens, kept for the step.
    case 'table-alloc': {
      const pl = place(c, e.proc);
      const node = pl?.tree.boxOf.get(e.frame);
      if (pl && node)
        out.push(
          flash(
            { x: node.x, y: node.y + pl.treeY, width: node.width, height: node.height },
            'new',
            'install',
          ),
        );
      out.push(frameFlash(c, e.frame, '', 'install'));
      break;
    }
    case 'frame':
      out.push(frameFlash(c, e.frame, '', 'note'));
      break;
    case 'land':
    case 'mem': {
      const pfn = Math.floor(e.paddr / c.pageSize);
      out.push(frameFlash(c, pfn, e.t === 'mem' ? (e.dropped ? 'dropped' : e.value) : '', 'access'));
      break;
    }
    case 'copy': {
      const box = deviceBox(c, e.device);
      const store = box?.stores[e.screen];
      if (box?.main && store) {
        const [from, to] = e.direction === 'save' ? [box.main, store] : [store, box.main];
        out.push({ kind: 'slide', from, to, label: e.direction });
      }
      break;
    }
    case 'device': {
      const box = deviceBox(c, e.device);
      if (!box) break;
      const d = c.cols.devices;
      if ((e.change === 'eject' || e.change === 'insert') && box.main) {
        const outside = { x: box.main.x + d.width, y: box.main.y };
        const [from, to] = e.change === 'eject' ? [box.main, outside] : [outside, box.main];
        out.push({ kind: 'slide', from, to, label: `card ${e.card ?? '?'}` });
      } else
        out.push(
          flash(
            { x: d.x, y: box.y, width: d.width, height: box.height },
            e.change === 'front' ? `screen ${e.screen ?? '?'} in front` : e.change,
            'note',
          ),
        );
      break;
    }
    case 'signal':
      out.push(bandFlash(c, e.proc, '', 'signal'));
      break;
    case 'process':
    case 'vma':
    case 'fd':
      out.push(bandFlash(c, e.proc, '', 'note'));
      break;
    // Said in words (the kernel box, the log, the step's notes) or drawn as the step's result (ghosts for
    // zaps, the device's use count, the violation ring), not animated.
    case 'step':
    case 'syscall':
    case 'sysret':
    case 'refused':
    case 'call':
    case 'return':
    case 'pte-zap':
    case 'refcount':
    case 'object':
    case 'violation':
      break;
    default:
      unmarked(e);
  }
  return out.filter((m): m is Mark => m !== null);
}

/** Typed `never`: a new kind of event fails to compile until `marksOf` marks it or lists it as unmarked. */
function unmarked(e: never): void {
  void e;
}

/** The box around a step's marks (drawing units): what the view follows when the drawing overflows it. */
export function marksBounds(
  marks: readonly Mark[],
): { x: number; y: number; width: number; height: number } | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const take = (x: number, y: number, w = 0, h = 0) => {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + w);
    y1 = Math.max(y1, y + h);
  };
  for (const m of marks) {
    if (m.kind === 'flash') take(m.x, m.y, m.width, m.height);
    else if (m.kind === 'ring') take(m.x - m.size / 2, m.y - m.size / 2, m.size, m.size);
    else {
      take(m.from.x, m.from.y);
      take(m.to.x, m.to.y);
    }
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
