/**
 * The movement for one trace event, as data: a token travelling, a flash over a block, a cut arrow, a
 * card sliding. Pure, so each event's movement is tested; EventLayer renders the marks and CSS moves them.
 */

import type { TraceEvent } from '../sim/events.ts';
import type { ProcPicture } from '../sim/picture.ts';
import { linkPath, type ProcPlace } from './arrows.ts';
import { COLUMN, LINE, type Point } from './columns.ts';
import type { DeviceBox } from './deviceLayout.ts';
import { tlbHeight } from './machineLayout.ts';
import { frameCell, framePoint, type MemoryLayout } from './memoryLayout.ts';
import { ENTRY } from './tableLayout.ts';

export type Tone = 'access' | 'hit' | 'miss' | 'walk' | 'fault' | 'install' | 'note' | 'signal' | 'violation';

export type Mark =
  | { kind: 'token'; from: Point; to: Point; label: string; tone: Tone }
  | { kind: 'flash'; x: number; y: number; width: number; height: number; label: string; tone: Tone }
  | { kind: 'cut'; proc: string; vpn: number; pfn: number; d: string }
  | { kind: 'slide'; from: Point; to: Point; label: string };

export interface MarkContext {
  procs: readonly ProcPicture[];
  places: readonly ProcPlace[];
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

function tlbFlash(c: MarkContext, label: string, tone: Tone): Mark {
  return {
    kind: 'flash',
    x: COLUMN.tables.x,
    y: c.tlbY,
    width: COLUMN.tables.width,
    height: tlbHeight(c.tlbSlots),
    label,
    tone,
  };
}

function slotFlash(c: MarkContext, slot: number, label: string, tone: Tone): Mark {
  return {
    kind: 'flash',
    x: COLUMN.tables.x,
    y: c.tlbY + LINE + 4 + slot * LINE,
    width: COLUMN.tables.width,
    height: LINE,
    label,
    tone,
  };
}

function frameFlash(c: MarkContext, pfn: number, label: string, tone: Tone): Mark | null {
  const g = c.mem.grid;
  if (pfn < g.frames) {
    const at = frameCell(g, pfn);
    return { kind: 'flash', x: at.x, y: at.y, width: g.cell, height: g.cell, label, tone };
  }
  const p = framePoint(c.mem, pfn);
  return p ? { kind: 'flash', x: p.x, y: p.y - 12, width: 24, height: 24, label, tone } : null;
}

function bandFlash(c: MarkContext, proc: string, label: string, tone: Tone): Mark | null {
  const pl = place(c, proc);
  return pl
    ? {
        kind: 'flash',
        x: COLUMN.procs.x,
        y: pl.bandY,
        width: COLUMN.procs.width,
        height: pl.band.height,
        label,
        tone,
      }
    : null;
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
          to: { x: COLUMN.tables.x, y: c.tlbY + LINE },
          label: e.access,
          tone: 'access',
        });
      break;
    }
    case 'tlb-hit':
      out.push(tlbFlash(c, 'TLB hit', 'hit'), slotFlash(c, e.slot, '', 'hit'));
      break;
    case 'tlb-miss':
      out.push(tlbFlash(c, 'TLB miss', 'miss'));
      break;
    case 'tlb-fill':
      out.push(slotFlash(c, e.slot, 'fill', 'install'));
      break;
    case 'tlb-flush':
      out.push(tlbFlash(c, 'TLB flush', 'note'));
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
        out.push({
          kind: 'flash',
          x: node.x,
          y: (row ? row.y : node.y) + pl.treeY,
          width: node.width,
          height: row ? ENTRY : LINE + 4,
          label: `L${e.level}[${e.index}]${e.next === null ? ' empty' : ''}`,
          tone: 'walk',
        });
      else if (pl)
        out.push({
          kind: 'flash',
          x: COLUMN.tables.x,
          y: pl.treeY,
          width: COLUMN.tables.width,
          height: LINE + 4,
          label: 'no table',
          tone: 'walk',
        });
      break;
    }
    case 'fault': {
      const at = pagePoint(c, e.proc, vpnOf(e.vaddr));
      if (at) out.push({ kind: 'token', from: at, to: at, label: 'fault', tone: 'fault' });
      break;
    }
    case 'pte-install':
    case 'pte-update': {
      const pl = place(c, e.proc);
      const entry = pl?.tree.pteAt.get(e.vpn);
      if (pl && entry)
        out.push({
          kind: 'flash',
          x: entry.in.x,
          y: entry.in.y + pl.treeY - LINE / 2,
          width: entry.out.x - entry.in.x,
          height: LINE,
          label: '',
          tone: 'install',
        });
      break;
    }
    case 'pte-zap': {
      const from = pagePoint(c, e.proc, e.vpn);
      const to = framePoint(c.mem, e.pfn);
      if (from && to) out.push({ kind: 'cut', proc: e.proc, vpn: e.vpn, pfn: e.pfn, d: linkPath(from, to) });
      break;
    }
    case 'table-alloc': {
      const pl = place(c, e.proc);
      const node = pl?.tree.boxOf.get(e.frame);
      if (pl && node)
        out.push({
          kind: 'flash',
          x: node.x,
          y: node.y + pl.treeY,
          width: node.width,
          height: node.height,
          label: 'new',
          tone: 'install',
        });
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
      if ((e.change === 'eject' || e.change === 'insert') && box.main) {
        const outside = { x: box.main.x + COLUMN.devices.width, y: box.main.y };
        const [from, to] = e.change === 'eject' ? [box.main, outside] : [outside, box.main];
        out.push({ kind: 'slide', from, to, label: `card ${e.card ?? '?'}` });
      } else
        out.push({
          kind: 'flash',
          x: COLUMN.devices.x,
          y: box.y,
          width: COLUMN.devices.width,
          height: box.height,
          label: e.change === 'front' ? `screen ${e.screen ?? '?'} in front` : e.change,
          tone: 'note',
        });
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
    default:
      break;
  }
  return out.filter((m): m is Mark => m !== null);
}
