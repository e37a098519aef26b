/** Random valid device lines: all six types, random keys in random order, sizes that fit the machine. */

import { bytes, type DeviceSpec, type DeviceType, type Num, type PseudoRegion } from '../src/sim/spec.ts';
import { freshName, NOWHERE } from './arb-names.ts';
import { num, type Rand } from './arb-rand.ts';

/** The devices of a scenario and what the steps need to know of them. */
export interface BuiltDevices {
  specs: DeviceSpec[];
  /** Device nodes, each with its device. */
  nodes: Array<{ path: string; device: DeviceSpec }>;
  /** A vt's screen count by name. */
  screens: Map<string, number>;
  /** Mappable bytes of each device (how far an mmap of it may reach), by name. */
  span: Map<string, number>;
  bootFrames: number;
}

// Letters only: a vt's nodes end in a digit and no other node does, so no two devices share a node.
const DEVICE_NAMES = [
  'ttyv',
  'card',
  'mem',
  'kbuf',
  'regs',
  'clone',
  'r',
  'none',
  'fb',
  'slot',
  'drm',
  'uio',
];
const TYPES: readonly DeviceType[] = ['vt', 'card', 'pseudo', 'kbuf', 'regs', 'clone'];

/** 1 to `max` devices (at least one of each type over many runs). */
export function buildDevices(r: Rand, pageSize: number, max: number): BuiltDevices {
  const out: BuiltDevices = { specs: [], nodes: [], screens: new Map(), span: new Map(), bootFrames: 0 };
  const taken = new Set<string>();
  // Register blocks go up from 0xC000_0000; the next one may share the previous one's page.
  const regs = { next: 0xc000_0000 + r.int(0, 4) * pageSize };
  for (let i = r.int(1, Math.max(1, max)); i > 0; i--) {
    const type = r.pick(TYPES);
    const name = freshName(r, taken, DEVICE_NAMES, true);
    const spec = buildDevice(r, type, name, pageSize, out, regs);
    out.specs.push(spec);
    if (spec.type === 'vt') {
      const n = out.screens.get(name) ?? 2;
      for (let s = 0; s < n; s++) out.nodes.push({ path: `/dev/${name}${s}`, device: spec });
    } else {
      out.nodes.push({ path: `/dev/${name}`, device: spec });
    }
  }
  return out;
}

function buildDevice(
  r: Rand,
  type: DeviceType,
  name: string,
  ps: number,
  out: BuiltDevices,
  regs: { next: number },
): DeviceSpec {
  const keys: Record<string, unknown> = {};
  const count = (lo: number, hi: number): Num => num(r, r.int(lo, hi), ps, false);
  switch (type) {
    case 'vt': {
      const screens = r.int(1, 12);
      const fbPages = r.int(1, 3);
      if (screens !== 2 || r.chance(0.5)) keys.screens = num(r, screens, ps, false);
      if (fbPages !== 1 || r.chance(0.5)) keys.fb = num(r, fbPages * ps, ps, true);
      const shown = keys.screens ? screens : 2;
      out.screens.set(name, shown);
      out.bootFrames += shown * (keys.fb ? fbPages : 1);
      out.span.set(name, (keys.fb ? fbPages : 1) * ps);
      break;
    }
    case 'card': {
      if (r.chance(0.6)) keys.pages = count(1, 8);
      if (r.chance(0.5)) keys.card = r.chance(0.3) ? null : r.pick(['A', 'B', 'sd', 'cf_1']);
      out.span.set(name, ((keys.pages as Num | undefined)?.value ?? 2) * ps);
      break;
    }
    case 'pseudo':
      pseudoKeys(r, name, ps, keys, out);
      break;
    case 'kbuf': {
      const pages = r.int(1, 8);
      if (pages !== 4 || r.chance(0.5)) keys.pages = num(r, pages, ps, false);
      const shown = keys.pages ? pages : 4;
      if (r.chance(0.5)) keys.alloc = r.pick(['kmalloc', 'vmalloc']);
      const holes =
        keys.alloc === 'kmalloc'
          ? []
          : r.shuffle([...Array(shown).keys()]).slice(0, r.int(0, Math.min(3, shown)));
      if (holes.length > 0) keys.holes = holes.map((h) => num(r, h, ps, false));
      out.bootFrames += shown - holes.length;
      out.span.set(name, shown * ps);
      break;
    }
    case 'regs': {
      const size = r.pick([1, 4, 0x100, 0x100, 0x800, r.int(1, 3 * ps)]);
      keys.at = num(r, regs.next, ps, true);
      if (size !== 0x100 || r.chance(0.5)) keys.size = num(r, size, ps, true);
      const start = regs.next;
      regs.next = start + size + r.pick([0, 0, 4, ps, 3 * ps]);
      out.span.set(name, (Math.ceil((start + size) / ps) - Math.floor(start / ps)) * ps);
      break;
    }
    case 'clone':
      if (r.chance(0.6)) keys.pages = count(1, 4);
      if (r.chance(0.4)) keys.cloning = 'no';
      out.span.set(name, ((keys.pages as Num | undefined)?.value ?? 1) * ps);
      break;
  }
  if (r.chance(0.25)) keys.usecount = r.pick(['open', 'vma'] as const);
  if ((type === 'vt' || type === 'card' || type === 'clone') && r.chance(0.25)) keys.pager = 'device';
  const keyOrder = r.shuffle(Object.keys(keys));
  const noUnmap = r.chance(0.2);
  if (noUnmap) keyOrder.splice(r.int(0, keyOrder.length), 0, 'unmap');
  return { name, pos: NOWHERE, type, noUnmap, keyOrder, ...keys } as unknown as DeviceSpec;
}

/** Regions at page-aligned offsets in order, with gaps; an alias names two of them. */
function pseudoKeys(
  r: Rand,
  name: string,
  ps: number,
  keys: Record<string, unknown>,
  out: BuiltDevices,
): void {
  let regions: PseudoRegion[] | undefined;
  if (r.chance(0.7)) {
    regions = [];
    let at = r.int(0, 2) * ps;
    const names = r.shuffle(['a', 'b', 'c', 'kmem', 'r2', 'none']).slice(0, r.int(1, 4));
    for (const n of names) {
      const pages = r.int(1, 4);
      regions.push({ name: n, pages: num(r, pages, ps, false), offset: num(r, at, ps, true) });
      at += (pages + r.int(0, 2)) * ps;
    }
    keys.regions = regions;
  }
  const names = regions ? regions.map((x) => x.name) : ['a'];
  if (r.chance(0.4)) keys.alias = { from: r.pick(names), to: r.pick(names) };
  const all = regions ?? [
    { name: 'a', pages: { value: 1, unit: '', hex: false }, offset: { value: 0, unit: '', hex: false } },
  ];
  out.bootFrames += all.reduce((s, x) => s + x.pages.value, 0);
  out.span.set(name, Math.max(...all.map((x) => bytes(x.offset, ps) + x.pages.value * ps)));
}
