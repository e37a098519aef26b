/**
 * A process as a band: a header, then each VMA as a few lines of words over rows of page cells (present
 * pages filled, absent ones outlined) with the scenario's variables tagged under the page they point
 * into, and at the bottom what the step did for this process (its result, errno or signal, in words).
 * Every word is placed and cut here, to the column's width, so nothing overlaps or spills: the component
 * only draws. Positions are relative to the band's top; x is absolute (the band sits in its column).
 */

import type { ProcPicture, VmaPicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';
import type { Column, Point } from './columns.ts';
import { charsIn, clip, glyphs, LINE, PAD, textWidth, wrap } from './metrics.ts';

export const CELL = 26;
const PITCH = CELL + 4;
/** Past this many pages a VMA draws a last `+N` cell that stands for the rest. */
export const MAX_PAGE_CELLS = 36;
/** A result's words take at most this many lines under the band (the event log has all of them). */
const NOTE_LINES = 4;

/** What a step did, said at the process it did it to. */
export interface BandNote {
  /** `ok`: a result; `bad`: a refused call (errno); `signal`: a signal delivered. */
  tone: 'ok' | 'bad' | 'signal';
  /** The errno or the signal, drawn as a badge before the head; null for an ok result. */
  badge: string | null;
  /** The result in a few words: `mmap refused`, `read win`, `read → "photo1"`. */
  head: string;
  /** Why, in words (wrapped under the head); '' for none. */
  why: string;
}

/** A note as placed: the badge's width (0 for none), the head after it, the reason's lines under it. */
export interface PlacedNote {
  tone: BandNote['tone'] | 'note';
  badge: string | null;
  badgeWidth: number;
  /** The badge's baseline (the note's first line). */
  badgeY: number;
  head: TextLine;
  /** Where the head starts, right of the badge. */
  headX: number;
  why: TextLine[];
}

/** Places a note whose first line's top is `y`, in a box whose words start at `x` and hold `chars`. */
export function placeNote(
  note: { tone: PlacedNote['tone']; badge: string | null; head: string; why: string | readonly string[] },
  x: number,
  y: number,
  chars: number,
  maxLines: number,
): PlacedNote {
  const badge = note.badge === null ? null : clip(note.badge, chars);
  const badgeWidth = badge === null ? 0 : textWidth(glyphs(badge)) + 8;
  // The head follows the badge on its line when it fits there, else it takes the next line whole.
  const room = chars - (badge === null ? 0 : glyphs(badge) + 2);
  const beside = badge === null || note.head === '' || glyphs(note.head) <= room;
  const head = clip(note.head, beside ? room : chars);
  const headLine = beside ? 0 : 1;
  // Each sentence starts a line of its own; together they take at most maxLines.
  const sentences = typeof note.why === 'string' ? [note.why] : note.why;
  const lines = sentences.flatMap((w) => wrap(w, chars));
  const kept = lines.length <= maxLines ? lines : wrap(lines.join(' '), chars, maxLines);
  const why = kept.map((text, i) => ({
    y: y + (headLine + i + 2) * LINE - 2,
    text,
    className: 'note-why',
  }));
  return {
    tone: note.tone,
    badge,
    badgeWidth,
    badgeY: y + LINE - 2,
    head: { y: y + (headLine + 1) * LINE - 2, text: head, className: 'note-head' },
    headX: x + (beside && badge !== null ? badgeWidth + 4 : 0),
    why,
  };
}

/** How tall a placed note is. */
export function noteHeight(n: PlacedNote): number {
  const headLines = n.head.y === n.badgeY ? 1 : 2;
  return (headLines + n.why.length) * LINE + 4;
}

/** A line of words: its baseline (relative to its box's top), text and look. */
export interface TextLine {
  y: number;
  text: string;
  className: string;
}

export interface PageCell {
  /** Virtual page number; for the `+N` cell, the first page it stands for. */
  vpn: number;
  x: number;
  y: number;
  present: boolean;
  /** What the cell says: the page's index in its VMA, or `+N`. */
  label: string;
  /** Variables whose value lies in this page (for the `+N` cell: none). */
  vars: string[];
  /** Their names as drawn under the cell, cut to the room before the next tag; null for none. */
  tag: string | null;
  /** Pages this cell stands for beyond itself (0 for an ordinary cell). */
  more: number;
}

export interface VmaBox {
  vma: VmaPicture;
  y: number;
  height: number;
  lines: TextLine[];
  cells: PageCell[];
}

export interface BandLayout {
  height: number;
  /** The process name (bold) and the rest of the title line. */
  name: string;
  rest: string;
  /** Lines under the title: how it ended, or that it maps nothing. */
  status: TextLine[];
  vmas: VmaBox[];
  note: PlacedNote | null;
  /** The centre of the cell drawing each mapped virtual page (pages past the cap share the `+N` cell). */
  pageAt: Map<number, Point>;
}

/** The address digits a VMA's first line needs, so the column is as wide as its longest address. */
export function vmaLineChars(addressChars: number): number {
  return addressChars + ' · 9 pages'.length;
}

/** A VMA's rights and device node: one line when they fit there, else the node on a line of its own. */
function mappingWords(v: VmaPicture, chars: number): string[] {
  const rights = `${v.prot} ${v.shared ? 'shared' : 'private'}`;
  return glyphs(`${rights} ${v.path}`) <= chars ? [`${rights} ${v.path}`] : [rights, clip(v.path, chars)];
}

function vmaWords(v: VmaPicture, pageSize: number, chars: number): string[] {
  const pages = Math.ceil((v.end - v.start) / pageSize);
  const lines = [
    clip(`${hexAddress(v.start)} · ${pages} ${pages === 1 ? 'page' : 'pages'}`, chars),
    ...mappingWords(v, chars),
  ];
  const extra = [v.off !== 0 ? `off ${hexAddress(v.off)}` : '', v.card !== null ? `card ${v.card}` : ''];
  const third = extra.filter((w) => w !== '').join(' · ');
  if (third !== '') lines.push(clip(third, chars));
  return lines;
}

/** How many cells fit in a row of a band in `col`. */
const cellsPerRow = (col: Column) => Math.max(1, Math.floor((col.width - 2 * PAD + PITCH - CELL) / PITCH));

/** How many lines of words a VMA's box has (vmaWords): the range, the mapping, and its offset or card. */
const vmaLineCount = (v: VmaPicture, chars: number) =>
  1 + mappingWords(v, chars).length + (v.off !== 0 || v.card !== null ? 1 : 0);

/** A VMA's pages as cells: its first page, how many it has, how many get a cell of their own. */
interface VmaPages {
  first: number;
  pages: number;
  shown: number;
  /** Cells drawn: the shown pages, and a `+N` cell for the rest. */
  count: number;
  /** The variables by page. */
  named: Map<number, string[]>;
}

function vmaPages(vma: VmaPicture, vars: ProcPicture['vars'], pageSize: number): VmaPages {
  const first = vma.start / pageSize;
  const pages = Math.ceil((vma.end - vma.start) / pageSize);
  const shown = pages > MAX_PAGE_CELLS ? MAX_PAGE_CELLS - 1 : pages;
  // The variables by page, once per VMA (not a scan of them all per cell: a band is laid out again on
  // every step that changes its process, many times a second at max speed).
  const named = new Map<number, string[]>();
  for (const v of vars) {
    if (v.value < vma.start || v.value >= vma.end) continue;
    const vpn = Math.floor(v.value / pageSize);
    const list = named.get(vpn);
    if (list) list.push(v.name);
    else named.set(vpn, [v.name]);
  }
  return { first, pages, shown, count: shown < pages ? shown + 1 : shown, named };
}

/** The height of each row of cells: a row, then a line for its tags when any cell in it has one. */
function rowHeights(p: VmaPages, perRow: number): number[] {
  const heights: number[] = [];
  for (let r = 0; r < Math.ceil(p.count / perRow); r++) {
    let tagged = false;
    for (let i = r * perRow; i < Math.min(p.count, (r + 1) * perRow); i++)
      if (i < p.shown && p.named.has(p.first + i)) tagged = true;
    heights.push(PITCH + (tagged ? LINE : 0));
  }
  return heights;
}

/** The height of a VMA's box (vmaBox's), from its lines and rows of cells alone. */
function vmaHeight(vma: VmaPicture, vars: ProcPicture['vars'], pageSize: number, col: Column): number {
  const rows = rowHeights(vmaPages(vma, vars, pageSize), cellsPerRow(col));
  return vmaLineCount(vma, charsIn(col.width - 2 * PAD)) * LINE + 2 + rows.reduce((a, b) => a + b, 0);
}

function vmaBox(
  vma: VmaPicture,
  y: number,
  present: Set<number>,
  vars: ProcPicture['vars'],
  pageSize: number,
  col: Column,
  pageAt: Map<number, Point>,
): VmaBox {
  const chars = charsIn(col.width - 2 * PAD);
  const words = vmaWords(vma, pageSize, chars);
  const lines = words.map((text, i) => ({
    y: y + (i + 1) * LINE - 4,
    text,
    className: i === 0 ? 'vma-range' : 'muted',
  }));
  const perRow = cellsPerRow(col);
  const vp = vmaPages(vma, vars, pageSize);
  const { first, pages, shown, named } = vp;
  const rowTop: number[] = [];
  let top = y + words.length * LINE + 2;
  for (const h of rowHeights(vp, perRow)) {
    rowTop.push(top);
    top += h;
  }
  const x0 = col.x + PAD;
  const cells: PageCell[] = [];
  const place = (i: number) => ({ x: x0 + (i % perRow) * PITCH, y: rowTop[Math.floor(i / perRow)]! });
  for (let i = 0; i < shown; i++) {
    const vpn = first + i;
    const at = place(i);
    const vs = named.get(vpn) ?? [];
    cells.push({ vpn, ...at, present: present.has(vpn), label: String(i), vars: vs, tag: null, more: 0 });
    pageAt.set(vpn, { x: at.x + CELL / 2, y: at.y + CELL / 2 });
  }
  if (shown < pages) {
    const at = place(shown);
    let any = false;
    for (let vpn = first + shown; vpn < first + pages; vpn++) {
      if (!present.has(vpn)) continue;
      any = true;
      pageAt.set(vpn, { x: at.x + CELL / 2, y: at.y + CELL / 2 });
    }
    const more = pages - shown;
    cells.push({ vpn: first + shown, ...at, present: any, label: `+${more}`, vars: [], tag: null, more });
  }
  // A tag runs from its cell to the next tagged cell of its row (or the band's edge), cut to fit there.
  const right = col.x + col.width - PAD;
  cells.forEach((c, i) => {
    if (c.vars.length === 0) return;
    const next = cells.slice(i + 1).find((d) => d.y === c.y && d.vars.length > 0);
    const room = (next ? next.x - 4 : right) - c.x;
    c.tag = clip(c.vars.join(','), Math.max(1, Math.floor(room / textWidth(1))));
  });
  return { vma, y, height: top - y, lines, cells };
}

/** The band's title: the name, cut so that ` pid N` still fits. */
function title(proc: ProcPicture, chars: number): { name: string; rest: string } {
  const rest = ` pid ${proc.pid}`;
  return { name: clip(proc.name, Math.max(3, chars - glyphs(rest))), rest };
}

/**
 * bandLayout's height, without its words, cells and positions: all a row out of sight needs while
 * playback races (MachineView), where most processes change on every frame and only a few are drawn.
 */
export function bandHeight(
  proc: ProcPicture,
  pageSize: number,
  col: Column,
  note: BandNote | null = null,
): number {
  let y = LINE + 6;
  if (!proc.alive) y += LINE;
  if (proc.vmas.length === 0) y += LINE;
  for (const vma of proc.vmas) y += vmaHeight(vma, proc.vars, pageSize, col) + 4;
  if (note) y += noteHeight(placeNote(note, col.x + PAD, y, charsIn(col.width - 2 * PAD), NOTE_LINES));
  return y + 4;
}

/** The band of one process, with the step's note for it (if any); its page positions start its arrows. */
export function bandLayout(
  proc: ProcPicture,
  pageSize: number,
  col: Column,
  note: BandNote | null = null,
): BandLayout {
  const chars = charsIn(col.width - 2 * PAD);
  const present = new Set(proc.ptes.map((p) => p.vpn));
  const pageAt = new Map<number, Point>();
  let y = LINE + 6;
  const status: TextLine[] = [];
  const say = (text: string, className: string) => {
    status.push({ y: y + LINE - 4, text: clip(text, chars), className });
    y += LINE;
  };
  if (!proc.alive)
    say(proc.end === 'exit' || proc.end === null ? 'exited' : `killed by ${proc.end}`, 'state');
  if (proc.vmas.length === 0) say('no mappings', 'muted');
  const vmas: VmaBox[] = [];
  for (const vma of proc.vmas) {
    const box = vmaBox(vma, y, present, proc.vars, pageSize, col, pageAt);
    vmas.push(box);
    y += box.height + 4;
  }
  let placed: PlacedNote | null = null;
  if (note) {
    placed = placeNote(note, col.x + PAD, y, chars, NOTE_LINES);
    y += noteHeight(placed);
  }
  return { height: y + 4, ...title(proc, chars), status, vmas, note: placed, pageAt };
}
