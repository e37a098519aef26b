/**
 * The drawing in words, for whoever cannot see it: what the step changed (the notes it drew: results,
 * errnos, signals, zaps, copies) and then what the machine holds (each process's mappings and present
 * pages, the TLB, RAM, each device, the violations). The picture's text alternative, new at every step.
 */

import type { DevicePicture, MachinePicture } from '../sim/picture.ts';
import { objectNode } from './deviceLayout.ts';
import type { StepNotes } from './stepNotes.ts';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function deviceWords(d: DevicePicture): string {
  return ownWords(d) + objectWords(d);
}

function ownWords(d: DevicePicture): string {
  const count = d.loaded ? `module use count ${d.users}` : 'module unloaded';
  switch (d.type) {
    case 'vt':
      return `${d.name}: screen ${d.front} of ${d.screens} in front, ${count}`;
    case 'card':
      return `${d.name}: ${d.slot === null ? 'slot empty' : `card ${d.slot} in the slot`}, ${count}`;
    case 'clone':
      return `${d.name}: ${plural(d.instances.length, 'instance')}, ${count}`;
    default:
      return `${d.name} (${d.type}): ${count}`;
  }
}

/** freebsd's device pager objects of the device and their cached pages, as the box under it shows them. */
function objectWords(d: DevicePicture): string {
  if (d.objects === null) return '';
  if (d.objects.length === 0) return ', no device pager object';
  const said = d.objects.map((o) => {
    const pages = o.pages.map((pg) => `page ${pg.index} to frame ${pg.pfn}`);
    return `${objectNode(d, o.node)}'s object caches ${pages.length === 0 ? 'no page' : pages.join(', ')}`;
  });
  return `, device pager ${said.join('; ')}`;
}

/** What changed in the step, as the drawing says it (one short sentence per note). */
export function changeWords(notes: StepNotes): string[] {
  const out: string[] = [];
  for (const [proc, n] of notes.bands) {
    const badge = n.badge === null ? '' : `${n.badge}: `;
    out.push(`${proc}: ${badge}${n.head}${n.why ? ` (${n.why})` : ''}.`);
  }
  for (const [device, n] of notes.devices) {
    const parts = [n.badge, n.head !== '' ? n.head : null, ...n.lines].filter((p) => p);
    if (n.usersBefore !== null) parts.push(`module use count was ${n.usersBefore}`);
    out.push(`${device}: ${parts.join('; ')}.`);
  }
  const cut = notes.ghosts.length;
  if (cut > 0)
    out.push(
      `Zapped: ${notes.ghosts.map((g) => `${g.proc} page ${g.vpn.toString(16)} (was frame ${g.pfn})`).join(', ')}.`,
    );
  return out;
}

/** The machine now, in a few sentences. */
export function stateWords(p: MachinePicture): string[] {
  const procs = p.procs.map((proc) => {
    const pages = proc.vmas.reduce((n, v) => n + Math.ceil((v.end - v.start) / p.pageSize), 0);
    const life = proc.alive
      ? ''
      : proc.end === 'exit' || proc.end === null
        ? ', exited'
        : `, killed by ${proc.end}`;
    return `${proc.name}${life}: ${plural(proc.vmas.length, 'mapping')}, ${proc.ptes.length} of ${plural(pages, 'page')} present`;
  });
  const used = p.tlb.filter((e) => e !== null).length;
  const tables = p.frames.filter((f) => f.kind === 'pagetable').length;
  const out = [
    procs.length > 0 ? `Processes: ${procs.join('; ')}.` : 'No processes.',
    `TLB: ${used} of ${plural(p.tlb.length, 'slot')} used.`,
    `RAM: ${plural(p.frames.length, 'frame')}, ${plural(tables, 'page-table page')}.`,
  ];
  if (p.devices.length > 0) out.push(`Devices: ${p.devices.map(deviceWords).join('; ')}.`);
  out.push(
    p.violations.length === 0
      ? 'No isolation violation.'
      : `Violations: ${p.violations.map((v) => `${v.rule}: ${v.sentence}`).join('; ')}.`,
  );
  return out;
}

/**
 * The whole text alternative of the drawing at step `step`: the step's story once it is told (stepStory,
 * for a step whose events have all happened), else what the drawing says so far; then the machine.
 */
export function drawingWords(
  step: number,
  p: MachinePicture,
  notes: StepNotes,
  story: string | null = null,
): string {
  const head = step === 0 ? 'Before the first step.' : `Step ${step}.`;
  return [head, ...(story !== null ? [story] : changeWords(notes)), ...stateWords(p)].join(' ');
}
