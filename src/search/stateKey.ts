/**
 * A state's key for the attack search: two states with the same key behave the same under every later
 * step, as far as the isolation rules can tell, so the search explores one of them. What the key leaves
 * out cannot change a rule's verdict: the values in memory (a rule asks where an access lands, never
 * what it reads), the step counter, and the order in which a process's variables were set.
 *
 * Devices are keyed by every field they have, whatever it is (maps by their keys: a card's saved
 * contents are values), so a device or kernel model that gains state is keyed without a change here.
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

export function stateKey(s: SimState): string {
  let key = '';
  for (const p of s.procs) {
    key += `|P${p.pid}`;
    if (!p.alive) {
      key += `x${p.end}`;
      continue;
    }
    key += `v${[...p.vars].sort(byName).join()}d`;
    p.fds.forEach((file, fd) => (key += `${fd}>${file},`));
    for (const v of p.vmas)
      key += `m${v.start}-${v.end}${v.prot}${v.shared ? 's' : 'p'}${v.off}f${v.file}d${v.device}/${v.screen}${v.card}`;
    forEachPte(s, p, (vpn, pte) => {
      key += `e${vpn}:${pte.pfn}${pte.read ? 'r' : ''}${pte.write ? 'w' : ''}${pte.special ? 's' : ''}`;
    });
  }
  const files = [...s.files.values()].sort((a, b) => a.id - b.id);
  for (const f of files)
    key += `|F${f.id}d${f.device}/${f.screen}${f.read ? 'r' : ''}${f.write ? 'w' : ''}#${f.refs}/${f.fds}i${f.instance}`;
  for (const d of s.devices) key += `|D${deviceKey(d)}`;
  const frames = s.frames;
  for (let pfn = 0; pfn < frames.length; pfn++) {
    const owner = frames[pfn]!;
    if (owner.kind !== 'free') key += `|R${pfn}${ownerKey(owner)}`;
  }
  const objects = [...s.objects].sort((a, b) => a[0] - b[0]);
  for (const [at, o] of objects) {
    const pages = [...o.pages].sort((a, b) => a[0] - b[0]).join();
    key += `|O${at}#${o.refs}p${pages}z${o.zeroFilled.join()}`;
  }
  const tlb = s.tlb;
  for (let slot = 0; slot < tlb.length; slot++) {
    const e = tlb[slot];
    if (e) key += `|T${slot}:${e.pid}/${e.vpn}>${e.pfn}${e.read ? 'r' : ''}${e.write ? 'w' : ''}`;
  }
  return `${key}|n${s.tlbNext}`;
}

const byName = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Frame owners are never changed in place (a change is a new owner): each is written out once. */
const ownerKeys = new WeakMap<FrameOwner, string>();

function ownerKey(owner: FrameOwner): string {
  let key = ownerKeys.get(owner);
  if (key === undefined) {
    key = JSON.stringify(owner);
    ownerKeys.set(owner, key);
  }
  return key;
}

/** Every field of a device, whatever its type; a map by its keys (a card's saved pages are values). */
function deviceKey(d: DeviceState): string {
  let key = '';
  for (const [field, value] of Object.entries(d)) {
    if (field === 'who') continue;
    key += `${field}=`;
    if (value instanceof Map) key += [...value.keys()].sort().join();
    else if (typeof value === 'object' && value !== null) key += JSON.stringify(value);
    else key += String(value);
    key += ';';
  }
  return key;
}
