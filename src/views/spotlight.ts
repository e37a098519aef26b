/**
 * What a walkthrough step speaks of, found in the drawing: the process that acts, the pages it touches,
 * the frames and device memory they reach, the devices involved. Derived from the step's actor and its
 * trace events (not from the narration's words), so it is right for any scenario. `spotlightCss` turns it
 * into style rules over the drawing's data attributes, so the drawing's components need no new props.
 */

import type { TraceEvent } from '../sim/events.ts';
import type { MachinePicture } from '../sim/picture.ts';

export interface Spotlight {
  procs: string[];
  /** Virtual pages, as `data-page` inside a process band (and their PTEs, `data-pte` in its table tree). */
  pages: Array<{ proc: string; vpn: number }>;
  /** The mappings (VMAs) those pages or the step's mmap, munmap or mprotect belong to, as `data-vma`. */
  vmas: Array<{ proc: string; id: number }>;
  /** Physical page numbers (RAM frame index or device page frame), as `data-frame`. */
  frames: number[];
  devices: string[];
}

/**
 * The parts a step touches: its actor, and every process, page, frame and device its events name, and
 * the VMAs of those pages in the machine after the step (`after`), or before it for one the step removed.
 */
export function spotlightOf(
  actor: string | null,
  events: readonly TraceEvent[],
  after: MachinePicture,
  before: MachinePicture = after,
): Spotlight {
  const pageSize = after.pageSize;
  const ranges: Array<{ proc: string; start: number; end: number }> = [];
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
        ranges.push({ proc: e.proc, start: e.start, end: e.end });
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
  for (const p of pages.values())
    ranges.push({ proc: p.proc, start: p.vpn * pageSize, end: (p.vpn + 1) * pageSize });
  const vmas = new Map<string, { proc: string; id: number }>();
  for (const picture of [after, before])
    for (const r of ranges)
      for (const v of picture.procs.find((p) => p.name === r.proc)?.vmas ?? [])
        if (v.start < r.end && r.start < v.end) vmas.set(`${r.proc}:${v.id}`, { proc: r.proc, id: v.id });
  return {
    procs: [...procs],
    pages: [...pages.values()],
    vmas: [...vmas.values()],
    frames: [...frames],
    devices: [...devices],
  };
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
    rules.push(`.machine [data-proc-band=${quoted(p.proc)}] [data-page=${quoted(p.vpn)}] > rect.cell`);
  for (const f of s.frames) rules.push(`.machine [data-frame=${quoted(f)}] > rect:first-of-type`);
  for (const d of s.devices) rules.push(`.machine [data-device=${quoted(d)}] > rect.device-box`);
  if (rules.length === 0) return '';
  const outline = `${rules.join(',\n')} {\n  stroke: var(--spotlight);\n  stroke-width: 3px;\n}\n`;
  // A VMA and a PTE are rows of text (in the process band, in the table tree): set in the spotlight's ink.
  const words = [
    ...s.vmas.map((v) => `.machine [data-proc-band=${quoted(v.proc)}] [data-vma=${quoted(v.id)}] > text`),
    ...s.pages.map((p) => `.machine [data-tree=${quoted(p.proc)}] [data-pte=${quoted(p.vpn)}]`),
  ];
  return words.length === 0
    ? outline
    : `${outline}${words.join(',\n')} {\n  fill: var(--spotlight);\n  font-weight: 700;\n}\n`;
}

/** The spotlight in words for a data attribute (`proc:shell page:shell:65536 frame:7 device:ttyv`). */
export function spotlightWords(s: Spotlight): string {
  return [
    ...s.procs.map((p) => `proc:${p}`),
    ...s.pages.map((p) => `page:${p.proc}:${p.vpn}`),
    ...s.vmas.map((v) => `vma:${v.proc}:${v.id}`),
    ...s.frames.map((f) => `frame:${f}`),
    ...s.devices.map((d) => `device:${d}`),
  ].join(' ');
}

/** The spotlight for a reader: "shell (1 mapping, 2 pages), device ttyv, 3 physical pages". */
export function spotlightSummary(s: Spotlight): string {
  const count = (n: number, one: string) => (n === 1 ? `1 ${one}` : `${n} ${one}s`);
  const parts = s.procs.map((p) => {
    const vmas = s.vmas.filter((x) => x.proc === p).length;
    const pages = s.pages.filter((x) => x.proc === p).length;
    const what = [vmas > 0 ? count(vmas, 'mapping') : '', pages > 0 ? count(pages, 'page') : ''];
    const list = what.filter((w) => w !== '').join(', ');
    return list === '' ? p : `${p} (${list})`;
  });
  for (const d of s.devices) parts.push(`device ${d}`);
  if (s.frames.length > 0)
    parts.push(s.frames.length === 1 ? '1 physical page' : `${s.frames.length} physical pages`);
  return parts.length === 0 ? 'nothing' : parts.join(', ');
}
