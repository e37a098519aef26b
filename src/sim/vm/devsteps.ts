/** Device steps: a terminal switch, a card eject or insert, a module unload. */

import type { CardState, DeviceState, VtState } from '../devices.ts';
import type { KernelModel } from '../kernels/index.ts';
import { copyPage, freeFrame, putPage, takePage } from '../ram.ts';
import type { Ctx, Vma } from '../state.ts';
import { failure, type Failure } from '../failure.ts';
import { freeInstances } from './files.ts';
import { removeByPage, unmapMappingRange } from './revoke.ts';
import { markDevice, markViolations } from '../isolation.ts';

/** Screen `n` of `d` comes to the front: save the framebuffer, load the new screen, move mappings. */
export function switchScreen(ctx: Ctx, m: KernelModel, d: VtState, n: number): Failure | null {
  if (!d.loaded) return unloaded(d);
  if (n === d.front) return null;
  const s = ctx.s;
  const old = d.front;
  for (let i = 0; i < d.fbPages; i++) copyPage(s, d.fbPfn + i, d.backing[old]![i]!);
  ctx.ev.push({ t: 'copy', device: d.name, direction: 'save', screen: old, pages: d.fbPages });
  for (let i = 0; i < d.fbPages; i++) copyPage(s, d.backing[n]![i]!, d.fbPfn + i);
  ctx.ev.push({ t: 'copy', device: d.name, direction: 'load', screen: n, pages: d.fbPages });
  d.front = n;
  ctx.ev.push({ t: 'device', device: d.name, change: 'front', screen: n, card: null });
  // Only mappings of the two screens change what they may reach (vt-foreground).
  const moved = (v: Vma) => v.screen === old || v.screen === n;
  const zap = d.hooks.switch;
  const how = zap === 'none' ? null : m.revokes(d);
  sayHook(ctx, m, d, 'switch', zap, how, zapWords(zap, old, n));
  if (how === 'range') {
    const which = ZAPPED[zap];
    revoke(ctx, m, d, (v) => which(v, old, n), zapWords(zap, old, n));
  } else if (how === 'page') {
    // The same PTEs as unmap_mapping_range, found by the pages they map: the framebuffer's for the
    // screen that left the front, the backing store's for the one that came to it.
    const fb = Array.from({ length: d.fbPages }, (_, i) => d.fbPfn + i);
    const backing = (k: number) => ({
      api: 'pmap_page_protect',
      what: `screen ${k}'s backing ${pagesWord(d.fbPages)}`,
      pfns: d.backing[k]!,
    });
    const groups = [];
    if (zap !== 'new')
      groups.push({
        api: 'pmap_pv_protect',
        what: `the ${pagesWord(fb.length)} of the framebuffer (pv-tracked)`,
        pfns: fb,
      });
    if (zap === 'all') for (let k = 0; k < d.screens; k++) groups.push(backing(k));
    else if (zap !== 'old') groups.push(backing(n));
    removeByPage(ctx, d, groups);
    markViolations(ctx);
  }
  // What was not zapped may now reach the framebuffer behind its screen's back: check it again.
  if (how === null || zap === 'old' || zap === 'new') markDevice(ctx, d, moved);
  return null;
}

/**
 * A driver block's device hook, said in the trace (the built-in drivers' are the kernel models' own
 * story): what it chose, and when the kernel gives the driver no way to do it.
 */
function sayHook(
  ctx: Ctx,
  m: KernelModel,
  d: DeviceState,
  hook: 'switch' | 'eject' | 'insert',
  choice: string,
  how: 'range' | 'page' | null,
  what: string,
): void {
  if (!d.custom) return;
  const detail =
    choice === 'none'
      ? `${hook}=none: no mapping is zapped`
      : how === null
        ? `${hook}=${choice}, but ${m.name} gives this driver no call that finds its mappings: none is zapped`
        : `${hook}=${choice}: zap ${what}`;
  ctx.ev.push({ t: 'call', api: `${hook} hook`, who: d.who, detail });
}

/** The mappings a switch from screen `old` to screen `n` zaps, for each `switch=` hook. */
const ZAPPED: Record<VtState['hooks']['switch'], (v: Vma, old: number, n: number) => boolean> = {
  both: (v, old, n) => v.screen === old || v.screen === n,
  old: (v, old) => v.screen === old,
  new: (v, _old, n) => v.screen === n,
  all: () => true,
  none: () => false,
};

function zapWords(zap: VtState['hooks']['switch'], old: number, n: number): string {
  if (zap === 'all') return 'every mapping of the terminals';
  if (zap === 'old') return `mappings of screen ${old}`;
  if (zap === 'new') return `mappings of screen ${n}`;
  return `mappings of screens ${old} and ${n}`;
}

/** The card leaves the slot; its contents stay with it. */
export function eject(ctx: Ctx, m: KernelModel, d: CardState): Failure | null {
  if (!d.loaded) return unloaded(d);
  if (d.slot === null) return failure('ENXIO', `no card is in ${d.name}: there is nothing to eject`);
  const s = ctx.s;
  const saved = Array.from({ length: d.pages }, (_, i) => takePage(s, d.windowPfn + i));
  d.saved.set(d.slot, saved);
  ctx.ev.push({ t: 'device', device: d.name, change: 'eject', screen: null, card: d.slot });
  d.slot = null;
  takeSlotBack(ctx, m, d, 'eject');
  return null;
}

/**
 * After an eject or an insert: the driver takes every mapping of the slot back if its hook says so and
 * the kernel lets it (by range, or by the window's pages); otherwise the mappings stay as they are.
 */
function takeSlotBack(ctx: Ctx, m: KernelModel, d: CardState, hook: 'eject' | 'insert'): void {
  const zap = d.hooks[hook];
  const how = zap === 'all' ? m.revokes(d) : null;
  sayHook(ctx, m, d, hook, zap, how, 'every mapping of the slot');
  if (how === 'range') revoke(ctx, m, d, () => true, 'every mapping of the slot');
  else if (how === 'page') {
    const window = Array.from({ length: d.pages }, (_, i) => d.windowPfn + i);
    removeByPage(ctx, d, [
      {
        api: 'pmap_pv_protect',
        what: `the ${pagesWord(d.pages)} of ${d.name}'s window (pv-tracked)`,
        pfns: window,
      },
    ]);
    markViolations(ctx);
  } else markDevice(ctx, d);
}

/**
 * `unmap_mapping_range` over the mappings `which` selects. Each zap marks its translation for the
 * isolation checker, and none of those mappings has a PTE left, so only the live violations need
 * marking besides (what `markDevice` would find by walking the same mappings' page tables again).
 */
function revoke(ctx: Ctx, m: KernelModel, d: DeviceState, which: (vma: Vma) => boolean, why: string): void {
  unmapMappingRange(ctx, d, which, why, m.revokeApi);
  markViolations(ctx);
}

/** Card `label` goes into the slot, with the contents it had when it left. */
export function insert(ctx: Ctx, m: KernelModel, d: CardState, label: string): Failure | null {
  if (!d.loaded) return unloaded(d);
  if (d.slot !== null) return failure('EBUSY', `card ${d.slot} is in ${d.name}: the slot holds one card`);
  const saved = d.saved.get(label) ?? [];
  for (let i = 0; i < d.pages; i++) putPage(ctx.s, d.windowPfn + i, saved[i]);
  d.saved.delete(label);
  d.slot = label;
  ctx.ev.push({ t: 'device', device: d.name, change: 'insert', screen: null, card: label });
  // insert=all: the driver takes every mapping back, so each faults again and meets the new card.
  takeSlotBack(ctx, m, d, 'insert');
  return null;
}

/** Unloads the driver module: refused while open files or mappings use it; frees its RAM. */
export function unload(ctx: Ctx, m: KernelModel, d: Ctx['s']['devices'][number]): Failure | null {
  if (!d.loaded) return failure('ENOENT', `${d.name}'s driver module is not loaded: it was unloaded before`);
  if (d.users > 0) return m.unloadBusy(d.name, d.users);
  if (m.unloadApi) ctx.ev.push({ t: 'call', api: m.unloadApi, who: d.who, detail: 'the use count is 0' });
  const frames: number[] = [];
  if (d.type === 'vt') frames.push(...d.backing.flat());
  if (d.type === 'pseudo') for (const r of d.regions) frames.push(...r.frames);
  if (d.type === 'kbuf') for (const f of d.frames) if (f !== null) frames.push(f);
  for (const f of frames.sort((a, b) => a - b)) freeFrame(ctx, f);
  if (d.type === 'vt') d.backing = [];
  if (d.type === 'pseudo') for (const r of d.regions) r.frames = [];
  if (d.type === 'kbuf') d.frames = d.frames.map(() => null);
  // Only a driver that does not count its mappings (usecount=open on linux_2_0) gets here with live
  // instances: they go with the module, under the mappings that still reach them.
  if (d.type === 'clone') freeInstances(ctx, d);
  d.loaded = false;
  ctx.ev.push({ t: 'device', device: d.name, change: 'unload', screen: null, card: null });
  return null;
}

function pagesWord(n: number): string {
  return n === 1 ? 'page' : `${n} pages`;
}

/** ENXIO: after an unload, the device has no driver to act on it (kernel-models.md, the drivers). */
function unloaded(d: DeviceState): Failure {
  return failure('ENXIO', `${d.name}'s driver is unloaded`);
}
