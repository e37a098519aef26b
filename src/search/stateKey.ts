/**
 * A state's key for the attack search: two states with the same key behave the same under every later
 * step, as far as the isolation rules can tell, so the search explores one of them. What the key leaves
 * out cannot change a rule's verdict: the values in memory (a rule asks where an access lands, never
 * what it reads), the step counter, and the order in which a process's variables were set.
 *
 * Devices are keyed by every field they have, whatever it is (maps by their keys: a card's saved
 * contents are values), so a device or kernel model that gains state is keyed without a change here.
 *
 * The key is a 53-bit hash of that walk (two 32-bit lanes), not the text of it: the search makes one per
 * step tried, and a text key was a third of the search's time and most of its garbage. Two states with
 * the same hash are merged as one, the hash compaction of explicit-state model checkers (SPIN): a search
 * of a million states merges two different ones with a chance of about one in 10,000, and can then miss
 * an attack through one of them, never report one that does not replay (every attack is replayed).
 */

import { forEachPte } from '../sim/pagetable.ts';
import type { DeviceState } from '../sim/devices.ts';
import type { FrameOwner } from '../sim/events.ts';
import type { SimState } from '../sim/state.ts';

/**
 * Every field of the state, as keyed or as left out on purpose (with why): a test holds this list to the
 * state's fields, so a model that adds state must say here whether it changes the future.
 */
export const STATE_FIELDS = {
  keyed: ['procs', 'files', 'devices', 'frames', 'objects', 'tlb', 'tlbNext'],
  leftOut: {
    scenario: 'the same in every state of a search',
    program: 'the same in every state of a search',
    kernel: 'the same in every state of a search',
    geo: 'the same in every state of a search',
    phys: 'the same in every state of a search',
    places: 'a cache of where accesses land, made from the devices',
    cow: 'who may write what: bookkeeping, not behaviour',
    step: 'the step counter: the menu sets it before every step',
    framesFree: 'counted from the frames',
    firstFree: 'a search hint made from the frames',
    memory: 'values: a rule asks where an access lands, never what it reads',
    procByName: 'made from the processes',
    nextFile: 'a counter: descriptors and files are keyed by what they are',
    nextVma: 'a counter',
    tlbSlots: 'made from the TLB',
    work: 'page operations so far: a bound on a run, not what happens next',
    violations: 'computed from the rest after every step',
    rules: 'computed from the rest after every step',
    users: "made from the devices' use counts, which are keyed",
  },
} as const;

export function stateKey(s: SimState): number {
  const h = new Hasher();
  for (const p of s.procs) {
    h.num(p.pid);
    if (!p.alive) {
      h.str(p.end ?? '');
      continue;
    }
    // The order variables were set in does not matter: each is mixed alone and the mixes are summed.
    let vars = 0;
    p.vars.forEach((v, name) => (vars = (vars + mix(stringHash(name), v)) | 0));
    h.num(p.vars.size);
    h.num(vars);
    h.num(p.fds.size);
    p.fds.forEach((file, fd) => {
      h.num(fd);
      h.num(file);
    });
    h.num(p.vmas.length);
    for (const v of p.vmas) {
      h.num(v.start);
      h.num(v.end);
      h.str(v.prot);
      h.num(v.shared ? 1 : 0);
      h.num(v.off);
      h.num(v.file);
      h.num(v.device);
      h.num(v.screen);
      h.str(v.card ?? '');
    }
    forEachPte(s, p, (vpn, pte) => {
      h.num(vpn);
      h.num(pte.pfn);
      h.num((pte.read ? 1 : 0) | (pte.write ? 2 : 0) | (pte.special ? 4 : 0));
    });
    h.num(-2);
  }
  // Files in any order: each file mixed alone from its fields, the mixes summed.
  let files = 0;
  s.files.forEach((f) => {
    let m = mix(f.id, f.device);
    m = mix(m, f.screen);
    m = mix(m, (f.read ? 1 : 0) | (f.write ? 2 : 0));
    m = mix(m, f.refs);
    m = mix(m, f.fds);
    m = mix(m, f.instance ?? -1);
    files = (files + m) | 0;
  });
  h.num(s.files.size);
  h.num(files);
  for (const d of s.devices) deviceKey(h, d);
  const frames = s.frames;
  for (let pfn = 0; pfn < frames.length; pfn++) {
    const owner = frames[pfn]!;
    if (owner.kind === 'free') continue;
    h.num(pfn);
    h.num(ownerKey(owner));
  }
  h.num(-4);
  const objects = [...s.objects].sort((a, b) => a[0] - b[0]);
  for (const [at, o] of objects) {
    h.num(at);
    h.num(o.refs);
    for (const [page, pfn] of [...o.pages].sort((a, b) => a[0] - b[0])) {
      h.num(page);
      h.num(pfn);
    }
    h.num(-5);
    for (const z of o.zeroFilled) h.num(z);
    h.num(-6);
  }
  const tlb = s.tlb;
  for (let slot = 0; slot < tlb.length; slot++) {
    const e = tlb[slot];
    if (!e) continue;
    h.num(slot);
    h.num(e.pid);
    h.num(e.vpn);
    h.num(e.pfn);
    h.num((e.read ? 1 : 0) | (e.write ? 2 : 0));
  }
  h.num(-7);
  h.num(s.tlbNext);
  return h.value();
}

/** A 32-bit mix of two numbers (their low words), for entries summed in any order. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Two 32-bit multiply-xor lanes with different constants, fed 32-bit words: a number is its low and high
 * words (addresses pass 2^32), a string its hash (cached: names and protections recur in every state).
 */
class Hasher {
  private a = 0x811c9dc5;
  private b = 0x2545f491;

  num(n: number): void {
    this.word(n >>> 0);
    const high = Math.floor(n / 0x1_0000_0000);
    if (high !== 0) this.word(high | 0);
  }

  str(text: string): void {
    this.word(stringHash(text));
  }

  private word(w: number): void {
    this.a = Math.imul(this.a ^ w, 0x01000193);
    this.b = Math.imul(this.b ^ w, 0x5bd1e995);
    this.b ^= this.b >>> 15;
  }

  /** 53 bits: 32 of one lane, 21 of the other. */
  value(): number {
    const a = Math.imul(this.a ^ (this.a >>> 16), 0x85ebca6b) >>> 0;
    return a * 0x20_0000 + ((this.b >>> 11) & 0x1f_ffff);
  }
}

const stringHashes = new Map<string, number>();

function stringHash(text: string): number {
  let h = stringHashes.get(text);
  if (h === undefined) {
    h = 0x811c9dc5 ^ text.length;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h >>>= 0;
    // Bounded: a search meets few distinct strings, but a long one should not grow this for ever.
    if (stringHashes.size < 100_000) stringHashes.set(text, h);
  }
  return h;
}

/** Frame owners are never changed in place (a change is a new owner): each is hashed once. */
const ownerKeys = new WeakMap<FrameOwner, number>();

function ownerKey(owner: FrameOwner): number {
  let key = ownerKeys.get(owner);
  if (key === undefined) {
    key = stringHash(JSON.stringify(owner));
    ownerKeys.set(owner, key);
  }
  return key;
}

/**
 * Every field of a device, whatever its type; a map by its keys (a card's saved pages are values).
 * `who` and `hooks` are the same in every state of a search.
 */
function deviceKey(h: Hasher, d: DeviceState): void {
  for (const field in d) {
    if (field === 'who' || field === 'hooks') continue;
    h.str(field);
    value(h, (d as unknown as Record<string, unknown>)[field]);
  }
  h.num(-8);
}

function value(h: Hasher, v: unknown): void {
  if (typeof v === 'number') h.num(v);
  else if (typeof v === 'boolean') h.num(v ? 1 : 0);
  else if (typeof v === 'string') h.str(v);
  else if (v === null || v === undefined) h.num(-9);
  else if (v instanceof Map) {
    const keys = [...(v as Map<unknown, unknown>).keys()].map(String).sort();
    h.num(keys.length);
    for (const k of keys) h.str(k);
  } else if (Array.isArray(v)) {
    h.num(v.length);
    for (const x of v) value(h, x);
  } else if (typeof v === 'object') {
    for (const k in v) {
      h.str(k);
      value(h, (v as Record<string, unknown>)[k]);
    }
    h.num(-10);
  }
}
