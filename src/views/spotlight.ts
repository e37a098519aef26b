/**
 * What a walkthrough step speaks of, found in the drawing: the process that acts, the pages it touches,
 * the frames and device memory they reach, the devices involved. Derived from the step's actor and its
 * trace events (not from the narration's words), so it is right for any scenario. `spotlightCss` turns it
 * into style rules over the drawing's data attributes, so the drawing's components need no new props.
 */

import type { TraceEvent } from '../sim/events.ts';

export interface Spotlight {
  procs: string[];
  /** Virtual pages, as `data-page` inside a process band. */
  pages: Array<{ proc: string; vpn: number }>;
  /** Physical page numbers (RAM frame index or device page frame), as `data-frame`. */
  frames: number[];
  devices: string[];
}

export const NO_SPOTLIGHT: Spotlight = { procs: [], pages: [], frames: [], devices: [] };

/** The parts a step touches: its actor, and every process, page, frame and device its events name. */
export function spotlightOf(
  actor: string | null,
  events: readonly TraceEvent[],
  pageSize: number,
): Spotlight {
  const procs = new Set<string>(actor === null ? [] : [actor]);
  const pages = new Map<string, { proc: string; vpn: number }>();
  const frames = new Set<number>();
  const devices = new Set<string>();
  const page = (proc: string, vpn: number) => {
    procs.add(proc);
    pages.set(`${proc}:${vpn}`, { proc, vpn });
  };
  for (const e of events) {
    switch (e.t) {
      case 'access':
        page(e.proc, Math.floor(e.vaddr / pageSize));
        break;
      case 'pte-install':
      case 'pte-update':
      case 'pte-zap':
      case 'tlb-hit':
        page(e.proc, e.vpn);
        frames.add(e.pfn);
        break;
      case 'land':
        procs.add(e.proc);
        frames.add(Math.floor(e.paddr / pageSize));
        if (e.lands.kind === 'device') devices.add(e.lands.device);
        break;
      case 'vma':
        procs.add(e.proc);
        devices.add(e.device);
        break;
      case 'device':
      case 'copy':
        devices.add(e.device);
        break;
      case 'violation':
        if (e.on) page(e.proc, e.vpn);
        break;
      case 'signal':
      case 'fd':
        procs.add(e.proc);
        break;
      default:
        break;
    }
  }
  return { procs: [...procs], pages: [...pages.values()], frames: [...frames], devices: [...devices] };
}

/** A quoted CSS attribute value: names are identifiers and numbers, but nothing is trusted. */
function quoted(value: string | number): string {
  return `"${String(value).replace(/[^A-Za-z0-9_]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/** Style rules that outline the spotlit parts of `.machine`: a thick outline in the spotlight colour. */
export function spotlightCss(s: Spotlight): string {
  const rules: string[] = [];
  for (const p of s.procs) rules.push(`.machine [data-proc-band=${quoted(p)}] > rect.band`);
  for (const p of s.pages)
    rules.push(`.machine [data-proc-band=${quoted(p.proc)}] [data-page=${quoted(p.vpn)}] > rect`);
  for (const f of s.frames) rules.push(`.machine [data-frame=${quoted(f)}] > rect:first-of-type`);
  for (const d of s.devices) rules.push(`.machine [data-device=${quoted(d)}] > rect.device-box`);
  if (rules.length === 0) return '';
  return `${rules.join(',\n')} {\n  stroke: var(--spotlight);\n  stroke-width: 3px;\n}\n`;
}

/** The spotlight in words for a data attribute (`proc:shell page:shell:65536 frame:7 device:ttyv`). */
export function spotlightWords(s: Spotlight): string {
  return [
    ...s.procs.map((p) => `proc:${p}`),
    ...s.pages.map((p) => `page:${p.proc}:${p.vpn}`),
    ...s.frames.map((f) => `frame:${f}`),
    ...s.devices.map((d) => `device:${d}`),
  ].join(' ');
}

/** The spotlight for a reader: "shell (2 pages), device ttyv, 3 physical pages". */
export function spotlightSummary(s: Spotlight): string {
  const parts = s.procs.map((p) => {
    const n = s.pages.filter((x) => x.proc === p).length;
    return n === 0 ? p : `${p} (${n === 1 ? '1 page' : `${n} pages`})`;
  });
  for (const d of s.devices) parts.push(`device ${d}`);
  if (s.frames.length > 0)
    parts.push(s.frames.length === 1 ? '1 physical page' : `${s.frames.length} physical pages`);
  return parts.length === 0 ? 'nothing' : parts.join(', ');
}
