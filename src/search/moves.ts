/**
 * What an attacker may do after a setup: the menu of steps the attack search draws from, each a line of
 * the language with a sentence saying what it does in an attack. The menu is finite and fixed for a
 * setup, so it is appended to the setup's text once and checked like any file; a search state runs a
 * menu step by its index (search.ts).
 *
 * The steps: each process opens each device node, maps each page of it (read-write and read-only, and
 * the whole device), reads and writes each page it mapped, unmaps, write-protects, closes, forks once
 * and exits; the devices switch to each screen, eject, take each card, unload. Definitions come before
 * uses and forks after their parent's definitions, as the checker asks of any file (check-steps.ts).
 */

import { deviceNodes, deviceSpan, resolveDevice, type DeviceState } from '../sim/devices.ts';
import { bytes, type Scenario } from '../sim/spec.ts';
import { KEYWORDS, MAX_NAME } from '../scenario/limits.ts';

export interface Move {
  /** The step as a line of the language, e.g. `cam: mmap fd_slot 1p off=1p prot=r -> ro_slot_1`. */
  line: string;
  /** What the step does in an attack, for the narration line before it. */
  says: string;
  /** The process that takes the step (null for a device step). */
  actor: string | null;
  /** The variables the step reads: while one is unset, the step can only fail, and is not tried. */
  needs: string[];
}

function move(actor: string | null, line: string, says: string, needs: string[] = []): Move {
  return { line: actor === null ? line : `${actor}: ${line}`, says, actor, needs };
}

/** At most this many pages of a device are mapped one by one (the rest are reached by the whole map). */
const PAGES_EACH = 4;
/**
 * A device is mapped whole only up to this many pages: an eager model fills every PTE of a mapping at
 * mmap, and a search tries each move from thousands of states.
 */
const WHOLE_MAX = 16;

/** An address variable of a process: its name and how many pages it maps. */
interface AddrVar {
  name: string;
  pages: number;
  prot: string;
}

/** A process the menu speaks for: its file descriptor and address variables. */
interface Actor {
  name: string;
  fds: string[];
  maps: AddrVar[];
}

/** The attacker's menu for a setup (a checked scenario). */
export function attackMoves(setup: Scenario): Move[] {
  const P = setup.machine.pageSize;
  const devices = setup.devices.map((spec, i) => resolveDevice(spec, i, P, setup.drivers));
  const names = new Names(setup);
  const actors = setupActors(setup, P);
  const defs = (a: Actor) => definitions(a, devices, names, P);

  const moves: Move[] = [];
  for (const a of actors.values()) moves.push(...defs(a));
  // One fork per process of the setup, after its definitions: the child inherits every variable.
  const children: Actor[] = [];
  for (const a of [...actors.values()]) {
    const child = names.fresh(`${a.name}_child`);
    moves.push(move(a.name, `fork -> ${child}`, `${a.name} forks ${child}, which inherits its mappings`));
    children.push({ name: child, fds: [...a.fds], maps: [...a.maps] });
  }
  for (const c of children) moves.push(...defs(c));
  for (const a of [...actors.values(), ...children]) moves.push(...uses(a));
  moves.push(...deviceMoves(setup, devices));
  return moves;
}

/** The processes of the setup with the variables its steps left them (fork children inherit). */
function setupActors(setup: Scenario, P: number): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  const declare = (name: string) => {
    if (!actors.has(name)) actors.set(name, { name, fds: [], maps: [] });
  };
  for (const p of setup.processes) declare(p.name);
  for (const step of setup.steps) {
    for (const p of step.starts) declare(p.name);
    if (step.kind !== 'proc' || step.into === null) continue;
    const a = actors.get(step.proc);
    if (!a) continue;
    const op = step.action;
    if (op.op === 'fork') actors.set(step.into, { name: step.into, fds: [...a.fds], maps: [...a.maps] });
    else if (op.op === 'open') addName(a.fds, step.into);
    else if (op.op === 'mmap') {
      a.maps = a.maps.filter((m) => m.name !== step.into);
      const pages = Math.max(1, Math.ceil(bytes(op.len, P) / P));
      a.maps.push({ name: step.into, pages, prot: op.prot ?? 'rw' });
    }
  }
  return actors;
}

function addName(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}

/** Opens and maps: the steps that give a process its variables. */
function definitions(a: Actor, devices: DeviceState[], names: Names, P: number): Move[] {
  const out: Move[] = [];
  for (const d of devices) {
    for (const node of deviceNodes(d, d.type === 'vt' ? d.screens : 1)) {
      const base = node.slice('/dev/'.length);
      const fd = names.of(`fd_${base}`);
      addName(a.fds, fd);
      out.push(move(a.name, `open ${node} -> ${fd}`, `${a.name} opens ${node}`));
      for (const page of pagesOf(d, P)) {
        for (const prot of ['rw', 'r'] as const) {
          const v = names.of(`${prot === 'rw' ? 'rw' : 'ro'}_${base}_${page}`);
          a.maps = [...a.maps.filter((m) => m.name !== v), { name: v, pages: 1, prot }];
          out.push(
            move(
              a.name,
              `mmap ${fd} 1p off=${page}p prot=${prot} -> ${v}`,
              `${a.name} maps page ${page} of ${node} ${prot === 'rw' ? 'read-write' : 'read-only'}`,
              [fd],
            ),
          );
        }
      }
      const span = Math.ceil(deviceSpan(d, P) / P);
      if (span > 1 && span <= WHOLE_MAX && d.type !== 'pseudo') {
        const v = names.of(`all_${base}`);
        a.maps = [...a.maps.filter((m) => m.name !== v), { name: v, pages: span, prot: 'rw' }];
        out.push(move(a.name, `mmap ${fd} ${span}p -> ${v}`, `${a.name} maps all of ${node}`, [fd]));
      }
    }
  }
  return out;
}

/** The device pages mapped one by one: the first few of the device, or of each pseudo region. */
function pagesOf(d: DeviceState, P: number): number[] {
  if (d.type === 'pseudo')
    return d.regions.flatMap((r) =>
      Array.from({ length: Math.min(r.pages, PAGES_EACH) }, (_, i) => r.offset / P + i),
    );
  const span = Math.ceil(deviceSpan(d, P) / P);
  return Array.from({ length: Math.min(span, PAGES_EACH) }, (_, i) => i);
}

/** Accesses through the process's mappings, unmaps, write-protects, closes, and its exit. */
function uses(a: Actor): Move[] {
  const out: Move[] = [];
  for (const m of a.maps) {
    for (let i = 0; i < Math.min(m.pages, PAGES_EACH); i++) {
      const at = i === 0 ? m.name : `${m.name}+${i}p`;
      out.push(move(a.name, `read ${at}`, `${a.name} reads ${at}`, [m.name]));
      out.push(move(a.name, `write ${at} "${a.name}"`, `${a.name} writes ${at}`, [m.name]));
    }
  }
  for (const m of a.maps) {
    out.push(move(a.name, `munmap ${m.name} ${m.pages}p`, `${a.name} unmaps ${m.name}`, [m.name]));
    if (m.prot === 'rw')
      out.push(
        move(a.name, `mprotect ${m.name} ${m.pages}p r`, `${a.name} makes ${m.name} read-only`, [m.name]),
      );
  }
  for (const fd of a.fds) out.push(move(a.name, `close ${fd}`, `${a.name} closes ${fd}`, [fd]));
  out.push(move(a.name, 'exit', `${a.name} exits`));
  return out;
}

/** Switches, ejects, inserts and unloads: what happens to the devices meanwhile. */
function deviceMoves(setup: Scenario, devices: DeviceState[]): Move[] {
  const labels = cardLabels(setup, devices);
  const out: Move[] = [];
  for (const d of devices) {
    if (d.type === 'vt')
      for (let k = 0; k < d.screens; k++)
        out.push(move(null, `switch ${d.name} ${k}`, `screen ${k} of ${d.name} comes to the front`));
    if (d.type === 'card') {
      out.push(move(null, `eject ${d.name}`, `the card leaves ${d.name}`));
      for (const label of labels)
        out.push(move(null, `insert ${d.name} ${label}`, `card ${label} goes into ${d.name}`));
    }
    out.push(move(null, `unload ${d.name}`, `${d.name}'s driver module is unloaded`));
  }
  return out;
}

/** Every card label the setup names, and one more: another card is how a stale mapping reaches it. */
function cardLabels(setup: Scenario, devices: DeviceState[]): string[] {
  const labels: string[] = [];
  for (const d of devices) if (d.type === 'card' && d.slot !== null) addName(labels, d.slot);
  for (const step of setup.steps)
    if (step.kind === 'device' && step.action.op === 'insert') addName(labels, step.action.label);
  for (const c of 'ABCDEFGH')
    if (!labels.includes(c)) {
      labels.push(c);
      break;
    }
  return labels;
}

/** Names the menu gives, unique among the setup's names and each other, and valid in the language. */
class Names {
  private readonly taken = new Set<string>();
  private readonly given = new Map<string, string>();

  constructor(setup: Scenario) {
    for (const p of setup.processes) this.taken.add(p.name);
    for (const d of setup.devices) this.taken.add(d.name);
    for (const step of setup.steps) {
      for (const p of step.starts) this.taken.add(p.name);
      if (step.kind === 'proc' && step.into !== null) this.taken.add(step.into);
    }
  }

  /** The variable name for `wanted`, the same for every process (variables are each process's own). */
  of(wanted: string): string {
    let name = this.given.get(wanted);
    if (name === undefined) {
      name = this.fresh(wanted);
      this.given.set(wanted, name);
    }
    return name;
  }

  /** `wanted`, or `wanted` with a number, cut to the language's name length; never given before. */
  fresh(wanted: string): string {
    const base = wanted.slice(0, MAX_NAME - 3);
    let name = base;
    for (let n = 2; this.taken.has(name) || KEYWORDS.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}
