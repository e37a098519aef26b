/**
 * The device column: one box per device, stacked, each a title and lines of words (what the device holds
 * now: the screens' text, the card in the slot, the buffer's frames), its module's use count, and what
 * the step did to it (a switch's copies and zaps, a refused unload). Every line is cut or wrapped here to
 * the column's width. Also the points the animations need: the framebuffer's lines, each backing store,
 * the card slot.
 */

import type { DevicePicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';
import { GAP, TOP, type Column, type Point } from './columns.ts';
import { charsIn, clip, LINE, PAD, textWidth, wrap } from './metrics.ts';
import { noteHeight, placeNote, type PlacedNote, type TextLine } from './procLayout.ts';

/** What a step did to a device, in words: its head (`switch ttyv 1 → ok`) and its lines (copies, zaps, why). */
export interface DeviceNote {
  tone: 'ok' | 'bad' | 'note';
  /** The errno of a refused device step. */
  badge: string | null;
  /** '' when the note only tells the use count (a process step changed it). */
  head: string;
  lines: string[];
  /** The module's use count before the step, when the step changed it. */
  usersBefore: number | null;
}

export interface DeviceBox {
  device: DevicePicture;
  y: number;
  height: number;
  /** The name (bold) and the rest of the title line. */
  name: string;
  rest: string;
  lines: TextLine[];
  /** card: the slot's line, drawn as a slot (a box around it). */
  slot: { y: number; text: string } | null;
  note: PlacedNote | null;
  /** vt: the framebuffer's first line; card: the slot. */
  main: Point | null;
  /** vt: each screen's backing store line. */
  stores: Point[];
  /**
   * freebsd's device pager objects of the device (null when the kernel serves it without one): a small
   * box under the device's lines, page index -> frame for each node's object, empty once they die.
   */
  objects: { y: number; height: number; lines: TextLine[]; pages: number } | null;
}

/** Lines a step's note may take in a box (the event log has the rest). */
const NOTE_LINES = 6;
/** How many of a framebuffer's or a card window's pages are listed. */
const PAGES_LISTED = 4;
/** Glyphs the devices column needs at least, and at most (longer words are cut or wrapped). */
const MIN_CHARS = 20;
const MAX_CHARS = 28;

/** The words that size the column: those that do not change while the scenario runs. */
function fixedWords(d: DevicePicture): string[] {
  const words = [`${d.name} · ${d.type}`, 'module use count 99'];
  if (d.type === 'regs') words.push(`at ${hexAddress(d.at)} size ${hexAddress(d.size)}`);
  if (d.type === 'pseudo')
    for (const r of d.regions) words.push(`region ${r.name}: ${r.pages}p @${hexAddress(r.offset)}`);
  return words;
}

/** How wide the devices column must be. */
export function devicesWidth(devices: readonly DevicePicture[]): number {
  let chars = MIN_CHARS;
  for (const d of devices) for (const w of fixedWords(d)) chars = Math.max(chars, w.length);
  return textWidth(Math.min(chars, MAX_CHARS)) + 2 * PAD;
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

type Words = Array<{ text: string; className: string; wrap?: boolean }>;

function usersWords(d: DevicePicture, before: number | null): string {
  if (!d.loaded) return 'module unloaded';
  return before !== null && before !== d.users
    ? `module use count ${d.users} (was ${before})`
    : `module use count ${d.users}`;
}

/** A device's lines of words below its title (the card's slot line is marked `slot`). */
function bodyWords(d: DevicePicture, chars: number): Words {
  switch (d.type) {
    case 'vt': {
      const out: Words = [
        { text: `screen ${d.front} in front`, className: 'front' },
        { text: 'framebuffer:', className: 'muted' },
      ];
      d.framebuffer
        .slice(0, PAGES_LISTED)
        .forEach((page, i) =>
          out.push({ text: `p${i} ${pageText(page, chars) || '·'}`, className: 'screen-text' }),
        );
      out.push({ text: 'backing stores:', className: 'muted' });
      for (let s = 0; s < d.screens; s++)
        out.push({
          text: `${s === d.front ? '▶' : ' '}screen ${s}: ${pageText(d.stores[s]?.flat() ?? [], chars) || '·'}`,
          className: s === d.front ? 'store front' : 'store',
        });
      return out;
    }
    case 'card': {
      const out: Words = [
        { text: `slot: ${d.slot === null ? 'empty' : `card ${d.slot}`}`, className: 'slot' },
      ];
      d.window
        .slice(0, PAGES_LISTED)
        .forEach((page, i) =>
          out.push({ text: `window p${i} ${pageText(page, chars) || '·'}`, className: '' }),
        );
      for (const c of d.cardsOut)
        out.push({
          text: `out: card ${c.label} ${pageText(c.pages.flat(), chars) || '(blank)'}`,
          className: 'muted',
        });
      return out;
    }
    case 'pseudo': {
      const out: Words = [];
      for (const r of d.regions) {
        out.push({ text: `region ${r.name}: ${r.pages}p @${hexAddress(r.offset)}`, className: '' });
        out.push({ text: `→ frames ${r.frames.join(',')}`, className: 'muted', wrap: true });
      }
      if (d.alias) out.push({ text: `alias ${d.alias.from} → ${d.alias.to}`, className: 'alias' });
      return out;
    }
    case 'kbuf':
      return [
        { text: `${d.frames.length} pages${d.vmalloc ? ' (vmalloc)' : ''}`, className: 'muted' },
        {
          text: `frames ${d.frames.map((f) => (f === null ? 'hole' : String(f))).join(' ')}`,
          className: '',
          wrap: true,
        },
      ];
    case 'regs':
      return [
        { text: `at ${hexAddress(d.at)} size ${hexAddress(d.size)}`, className: '', wrap: true },
        {
          text: `${d.npages} ${d.npages === 1 ? 'page' : 'pages'} from frame ${d.firstPfn}`,
          className: 'muted',
          wrap: true,
        },
      ];
    case 'clone':
      return d.instances.length === 0
        ? [{ text: 'no instances', className: 'muted' }]
        : d.instances.map((inst) => ({
            text: `instance ${inst.id} → frames ${inst.frames.join(',')}`,
            className: '',
            wrap: true,
          }));
  }
}

/** How many cached pages of one object are listed (the event log has the rest). */
const CACHED_LISTED = 4;

/** A frame in the device's own words: its framebuffer, window or register page, else the RAM frame. */
function frameWords(d: DevicePicture, pfn: number): string {
  const within = (first: number, n: number) => pfn >= first && pfn < first + n;
  if (d.type === 'vt' && within(d.fbPfn, d.fbPages)) return `FB p${pfn - d.fbPfn}`;
  if (d.type === 'card' && within(d.windowPfn, d.pages)) return `W p${pfn - d.windowPfn}`;
  if (d.type === 'regs' && within(d.firstPfn, d.npages)) return `R p${pfn - d.firstPfn}`;
  return `frame ${pfn}`;
}

/** The device node an object belongs to: `ttyv0` for a vt's screen 0, else the device's name. */
export function objectNode(d: DevicePicture, node: number): string {
  return d.type === 'vt' ? `${d.name}${node}` : d.name;
}

/** The lines of the device pager box: its title, then each live object's cached pages (or none). */
function objectWords(d: DevicePicture, objects: NonNullable<DevicePicture['objects']>): Words {
  const out: Words = [{ text: 'device pager object', className: 'muted' }];
  if (objects.length === 0) out.push({ text: 'none: no mapping', className: 'muted' });
  for (const o of objects) {
    const node = objectNode(d, o.node);
    if (o.pages.length === 0) out.push({ text: `${node}: no page cached`, className: 'muted' });
    for (const pg of o.pages.slice(0, CACHED_LISTED))
      out.push({ text: `${node} p${pg.index} → ${frameWords(d, pg.pfn)}`, className: 'cached' });
    if (o.pages.length > CACHED_LISTED)
      out.push({ text: `${node}: ${o.pages.length - CACHED_LISTED} more`, className: 'muted' });
  }
  return out;
}

/** The boxes of the device column, each with the step's note for it (by device name), if any. */
export function devicesLayout(
  devices: readonly DevicePicture[],
  col: Column,
  notes: ReadonlyMap<string, DeviceNote> = new Map(),
): { boxes: DeviceBox[]; height: number } {
  const chars = charsIn(col.width - 2 * PAD);
  const x = col.x + PAD;
  let y = TOP;
  const boxes: DeviceBox[] = [];
  for (const d of devices) {
    const note = notes.get(d.name) ?? null;
    const lines: TextLine[] = [];
    let slot: DeviceBox['slot'] = null;
    let main: Point | null = null;
    const stores: Point[] = [];
    // Line tops from the box's top: the title takes the first line.
    let top = LINE + 6;
    const put = (text: string, className: string) => {
      lines.push({ y: top + LINE - 4, text, className });
      top += LINE;
    };
    put(
      clip(usersWords(d, note?.usersBefore ?? null), chars),
      note?.usersBefore != null ? 'users changed' : 'muted',
    );
    for (const w of bodyWords(d, chars)) {
      if (w.className === 'slot') {
        top += 3;
        slot = { y: top + LINE - 4, text: clip(w.text, chars - 1) };
        main = { x, y: y + top + LINE / 2 };
        top += LINE + 5;
        continue;
      }
      if (d.type === 'vt' && w.className === 'screen-text' && main === null)
        main = { x, y: y + top + LINE / 2 };
      if (w.className.startsWith('store')) stores.push({ x, y: y + top + LINE / 2 });
      for (const text of w.wrap ? wrap(w.text, chars, 3) : [clip(w.text, chars)]) put(text, w.className);
    }
    let objects: DeviceBox['objects'] = null;
    if (d.objects !== null) {
      top += 4;
      const boxTop = top;
      top += 3;
      const objectLines: TextLine[] = [];
      for (const w of objectWords(d, d.objects)) {
        objectLines.push({ y: top + LINE - 4, text: clip(w.text, chars - 1), className: w.className });
        top += LINE;
      }
      top += 3;
      const pages = d.objects.reduce((n, o) => n + o.pages.length, 0);
      objects = { y: boxTop, height: top - boxTop, lines: objectLines, pages };
    }
    let placed: PlacedNote | null = null;
    if (note && (note.head !== '' || note.badge !== null)) {
      top += 4;
      placed = placeNote({ ...note, why: note.lines }, x, top, chars, NOTE_LINES);
      top += noteHeight(placed);
    }
    const rest = ` · ${d.type}`;
    const height = top + 6;
    boxes.push({
      device: d,
      y,
      height,
      name: clip(d.name, Math.max(3, chars - rest.length)),
      rest,
      lines,
      slot,
      note: placed,
      main,
      stores,
      objects,
    });
    y += height + GAP;
  }
  return { boxes, height: y };
}
