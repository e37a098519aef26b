/**
 * What a step did, to be said on the drawing where it happened: its result at the process that made it
 * (an errno with its reason, a signal with why, the value a read returned), what a device step did at its
 * device (the screens copied, the PTEs zapped, a refused unload), the module use count that changed, and
 * the PTEs zapped so far in the step, kept as cut ghosts until the step ends (a switch's zaps were only
 * seen by whoever caught the animation). Pure: from the step's row, its events and the pictures.
 */

import type { TraceEvent } from '../sim/events.ts';
import type { StepOutcome } from '../sim/outcome.ts';
import type { MachinePicture } from '../sim/picture.ts';
import { hexAddress, landsWords } from '../sim/sentence.ts';
import type { DeviceNote } from './deviceLayout.ts';
import type { BandNote } from './procLayout.ts';

/** The step as the page knows it: its outcome (with why it failed, if it did) and its text as written. */
export interface NotedStep extends Pick<
  StepOutcome,
  'actor' | 'op' | 'result' | 'signal' | 'fault' | 'lands' | 'value' | 'why'
> {
  text: string;
}

export interface Ghost {
  proc: string;
  vpn: number;
  pfn: number;
  /** Zapped by the event on screen now (it is cut before the reader's eyes). */
  fresh: boolean;
}

export interface StepNotes {
  bands: ReadonlyMap<string, BandNote>;
  devices: ReadonlyMap<string, DeviceNote>;
  ghosts: readonly Ghost[];
}

export const NO_NOTES: StepNotes = { bands: new Map(), devices: new Map(), ghosts: [] };

export interface NotesInput {
  row: NotedStep | null;
  events: readonly TraceEvent[];
  /** How many of the step's events have happened. */
  shown: number;
  /** The machine before the step (for what a count was), and as shown now. */
  before: MachinePicture;
  now: MachinePicture;
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** An access's path in words: `page fault, lands in device slot page 0`. */
function accessWords(row: NotedStep): string {
  const parts = [row.fault ? 'page fault' : 'no fault'];
  if (row.lands) parts.push(`lands in ${landsWords(row.lands)}`);
  return parts.join(', ');
}

/** What an ok system call gave back, from its `sysret`: `fd 3`, `0x1000_0000`. */
function returned(events: readonly TraceEvent[]): string {
  for (const e of events)
    if (e.t === 'sysret' && e.result === 'ok' && e.value !== null)
      return e.name === 'mmap' ? hexAddress(e.value) : e.name === 'open' ? `fd ${e.value}` : String(e.value);
  return 'ok';
}

/** The note at the process that made the step, once the step is done. */
function bandNote(row: NotedStep, events: readonly TraceEvent[]): BandNote {
  const access = row.op === 'read' || row.op === 'write';
  if (row.result === 'signal') {
    const sent = events.find((e) => e.t === 'signal');
    const why = row.why ?? (sent?.t === 'signal' ? sent.why : '');
    return { tone: 'signal', badge: row.signal ?? 'signal', head: row.text, why };
  }
  if (row.result !== 'ok')
    return { tone: 'bad', badge: row.result, head: `${row.op} refused`, why: row.why ?? '' };
  if (access) {
    const head = row.op === 'read' ? `read → ${JSON.stringify(row.value ?? '0')}` : `${row.text} → ok`;
    return { tone: 'ok', badge: null, head, why: accessWords(row) };
  }
  return { tone: 'ok', badge: null, head: `${row.op} → ${returned(events)}`, why: '' };
}

/** The device a device step names: its second word (`switch ttyv 1`, `eject slot`, `unload buf`). */
function stepDevice(row: NotedStep): string | null {
  return row.text.split(/\s+/)[1] ?? null;
}

/** The lines a device step's note says: its copies and its zaps, in the order they happened. */
function deviceLines(events: readonly TraceEvent[]): string[] {
  const lines: string[] = [];
  const zapped = new Set<string>();
  let zaps = 0;
  for (const e of events) {
    if (e.t === 'copy')
      lines.push(e.direction === 'save' ? `saved fb → store ${e.screen}` : `loaded store ${e.screen} → fb`);
    if (e.t === 'pte-zap') {
      zaps++;
      zapped.add(e.proc);
    }
  }
  if (zaps > 0) lines.push(`zapped ${plural(zaps, 'PTE')}: ${[...zapped].join(', ')}`);
  return lines;
}

/** The notes for the step after `shown` of its events; the result itself once all have happened. */
export function stepNotes({ row, events, shown, before, now }: NotesInput): StepNotes {
  const upTo = events.slice(0, Math.max(0, Math.min(shown, events.length)));
  const done = shown >= events.length;
  const bands = new Map<string, BandNote>();
  const devices = new Map<string, DeviceNote>();
  const ghosts: Ghost[] = [];
  upTo.forEach((e, i) => {
    if (e.t === 'pte-zap')
      ghosts.push({ proc: e.proc, vpn: e.vpn, pfn: e.pfn, fresh: i === upTo.length - 1 });
  });
  // A signal stands at its process as soon as it is delivered, with why.
  for (const e of upTo)
    if (e.t === 'signal')
      bands.set(e.proc, { tone: 'signal', badge: e.signal, head: row?.text ?? '', why: e.why });
  if (row && done) {
    if (row.actor !== null) bands.set(row.actor, bandNote(row, events));
    else {
      const device = stepDevice(row);
      if (device !== null) {
        const ok = row.result === 'ok';
        const lines = ok ? deviceLines(events) : row.why ? [row.why] : [];
        devices.set(device, {
          tone: ok ? 'ok' : 'bad',
          badge: ok ? null : row.result,
          head: ok ? `${row.text} → ok` : `${row.op} refused`,
          lines,
          usersBefore: null,
        });
      }
    }
  }
  // A module use count that the step changed says what it was, beside the device.
  for (const d of now.devices) {
    const was = before.devices.find((b) => b.name === d.name)?.users;
    if (was === undefined || was === d.users || !upTo.some((e) => e.t === 'refcount' && e.name === d.name))
      continue;
    const note = devices.get(d.name);
    devices.set(
      d.name,
      note
        ? { ...note, usersBefore: was }
        : { tone: 'note', badge: null, head: '', lines: [], usersBefore: was },
    );
  }
  return { bands, devices, ghosts };
}
