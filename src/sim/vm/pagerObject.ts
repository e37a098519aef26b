/**
 * freebsd's device pager object (OBJT_DEVICE, sys/vm/device_pager.c): one per device node, found by
 * handle and shared by every mapping of the node while any exists. A fault's first answer from
 * `d_mmap` is cached in it as a fake page; later faults, by any process, find the page resident and
 * never ask the driver again, until the node's last mapping goes and the object dies
 * (kernel-models-more.md §3, §4).
 */

import type { DeviceState } from '../devices.ts';
import type { KernelModel } from '../kernels/model.ts';
import { freeFrame } from '../ram.ts';
import type { Ctx, PagerObject, Vma } from '../state.ts';

/** The key of node `node` of device `device` in `SimState.objects` (a vt has at most 12 screens). */
export function objectKey(device: number, node: number): number {
  return device * 16 + node;
}

/** The node a mapping was made through: a vt's screen, else 0 (every other device has one node). */
function nodeOf(d: DeviceState, vma: Vma): number {
  return d.type === 'vt' ? vma.screen : 0;
}

/** The live object of the mapping's node, or undefined. */
export function objectOf(ctx: Ctx, d: DeviceState, vma: Vma): PagerObject | undefined {
  return ctx.s.objects.get(objectKey(d.index, nodeOf(d, vma)));
}

/**
 * A VMA of the node appears (`delta` +1: mmap, a split, a fork's copy) or goes (-1). The first makes
 * the object (`cdev_pager_allocate`); the last frees it with its fake pages and zero-filled frames
 * (`dev_pager_dealloc`). Nothing happens for a device the model serves otherwise.
 */
export function holdObject(ctx: Ctx, m: KernelModel, d: DeviceState, vma: Vma, delta: 1 | -1): void {
  if (!m.pagerObject?.(d)) return;
  const s = ctx.s;
  const node = nodeOf(d, vma);
  const key = objectKey(d.index, node);
  let o = s.objects.get(key);
  if (!o) {
    if (delta < 0) return;
    o = { device: d.index, node, refs: 0, pages: new Map(), zeroFilled: [] };
    s.objects.set(key, o);
    ctx.ev.push({ t: 'call', api: 'cdev_pager_allocate', who: 'freebsd', detail: objectName(d, node) });
    ctx.ev.push({ t: 'object', device: d.name, node, change: 'alloc', index: null, pfn: null });
  }
  o.refs += delta;
  if (o.refs > 0) return;
  s.objects.delete(key);
  ctx.ev.push({
    t: 'call',
    api: 'dev_pager_dealloc',
    who: 'freebsd',
    detail: `${objectName(d, node)}: its last mapping is gone; ${o.pages.size} cached ${o.pages.size === 1 ? 'page' : 'pages'} freed`,
  });
  ctx.ev.push({ t: 'object', device: d.name, node, change: 'dealloc', index: null, pfn: null });
  for (const f of o.zeroFilled) freeFrame(ctx, f);
}

/** Caches frame `pfn` as page `index` of the object (the fake page `old_dev_pager_fault` installs). */
export function cachePage(ctx: Ctx, d: DeviceState, o: PagerObject, index: number, pfn: number): void {
  o.pages.set(index, pfn);
  ctx.ev.push({ t: 'object', device: d.name, node: o.node, change: 'cache', index, pfn });
}

/** `ttyv0's OBJT_DEVICE object`: how the trace names an object. */
export function objectName(d: DeviceState, node: number): string {
  return `${d.type === 'vt' ? `${d.name}${node}` : d.name}'s OBJT_DEVICE object`;
}
