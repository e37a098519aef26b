/**
 * The isolation checker: the seven rules of kernel-models.md, run over the translations a step
 * touched (or all of them after a device change or a freed frame), with violations appearing and
 * clearing as events.
 */

import type { DeviceState } from './devices.ts';
import { ownRegionPage } from './drivers/pseudo.ts';
import { forEachPte, isLive, ptesIn, walk } from './pagetable.ts';
import { rangesOnPage } from './physmap.ts';
import { exceeds, protRights } from './prot.ts';
import { tkey, type Ctx, type Proc, type SimState, type Violation, type Vma } from './state.ts';
import type { Rule } from './spec.ts';
import { tlbLookup } from './tlb.ts';
import { devicePageIndex, findVma, vmaPath } from './vm/vmas.ts';

const hex = (n: number) => '0x' + n.toString(16);

/** The violations of one translation (process, virtual page), through its PTE and its TLB entry. */
export function checkTranslation(s: SimState, pid: number, vpn: number): Violation[] {
  const proc = s.procs[pid];
  const out: Violation[] = [];
  if (!proc || !proc.alive) return out;
  const vma = findVma(proc, vpn * s.geo.pageSize);
  const pte = walk(s, proc, vpn);
  const live = isLive(pte);
  if (live && vma) {
    targetRules(s, proc, vma, vpn, pte.pfn, 'pte', out);
    if (exceeds(pte, protRights(vma.prot))) {
      out.push(
        v(
          'prot',
          proc,
          vpn,
          'pte',
          `${where(s, proc, vma, vpn)} has a PTE that allows more than prot=${vma.prot}`,
        ),
      );
    }
  }
  const slot = tlbLookup(s, pid, vpn);
  const e = slot >= 0 ? s.tlb[slot]! : null;
  if (e && (!live || e.pfn !== pte.pfn || e.read !== pte.read || e.write !== pte.write)) {
    out.push(
      v(
        'stale-tlb',
        proc,
        vpn,
        'tlb',
        `TLB slot ${slot} for ${proc.name} at ${hex(vpn * s.geo.pageSize)} disagrees with its PTE`,
      ),
    );
    if (vma) targetRules(s, proc, vma, vpn, e.pfn, 'tlb', out);
  }
  return out;
}

function v(rule: Rule, proc: Proc, vpn: number, via: 'pte' | 'tlb', sentence: string): Violation {
  return { rule, pid: proc.pid, vpn, via, sentence };
}

function where(s: SimState, proc: Proc, vma: Vma, vpn: number): string {
  return `${proc.name}'s mapping of ${vmaPath(s, vma)} at ${hex(vpn * s.geo.pageSize)}`;
}

/** Does RAM frame `pfn` still belong to device `d`? */
function ownedBy(s: SimState, d: DeviceState, pfn: number): boolean {
  const o = s.frames[pfn];
  return !!o && o.kind !== 'free' && o.kind !== 'pagetable' && o.device === d.name;
}

function targetRules(
  s: SimState,
  proc: Proc,
  vma: Vma,
  vpn: number,
  pfn: number,
  via: 'pte' | 'tlb',
  out: Violation[],
) {
  const d = s.devices[vma.device]!;
  // Sentences are built only for a violation: this runs for every translation a step touches.
  const push = (rule: Rule, why: string) =>
    out.push(v(rule, proc, vpn, via, `${where(s, proc, vma, vpn)} ${why}`));
  if (pfn < s.phys.ramFrames && !ownedBy(s, d, pfn)) {
    const o = s.frames[pfn]!;
    push(
      'freed-frame',
      o.kind === 'free'
        ? `reaches frame ${pfn}, which is free`
        : `reaches frame ${pfn}, now a ${o.kind} page`,
    );
    return;
  }
  const index = devicePageIndex(s, vma, vpn);
  switch (d.type) {
    case 'vt':
      // Past the framebuffer in device memory: only a driver without the range check gets there.
      if (pfn >= s.phys.ramFrames && (pfn < d.fbPfn || pfn >= d.fbPfn + d.fbPages))
        push('device-bounds', `reaches past the end of ${d.name}'s framebuffer (frame ${pfn})`);
      else if (pfn >= d.fbPfn && pfn < d.fbPfn + d.fbPages && d.front !== vma.screen) {
        push(
          'vt-foreground',
          `reaches the framebuffer, which shows screen ${d.front}, not screen ${vma.screen}`,
        );
      }
      return;
    case 'card':
      if (pfn < d.windowPfn || pfn >= d.windowPfn + d.pages)
        push('device-bounds', `reaches past the end of ${d.name}'s window (frame ${pfn})`);
      else if (d.slot !== vma.card) {
        push(
          'card-present',
          d.slot === null
            ? `reaches the slot's window with no card in it (made for card ${vma.card})`
            : `reaches card ${d.slot}, but was made for card ${vma.card}`,
        );
      }
      return;
    case 'pseudo':
      if (pfn !== ownRegionPage(s, d, index))
        push('device-bounds', `at offset page ${index} reaches another region's page (frame ${pfn})`);
      return;
    case 'kbuf':
      if (pfn !== d.frames[index]) push('device-bounds', `reaches frame ${pfn}, not buffer page ${index}`);
      return;
    case 'regs': {
      const others = rangesOnPage(s.phys, pfn).filter((r) => r.device !== d.index);
      if (pfn < d.firstPfn || pfn >= d.firstPfn + d.npages)
        push('device-bounds', `reaches a page outside ${d.name}'s registers`);
      else if (others.length)
        push('device-bounds', `exposes ${s.devices[others[0]!.device]!.name}'s registers on the same page`);
      return;
    }
    case 'clone': {
      const o = s.frames[pfn];
      const mine = s.files.get(vma.file)?.instance;
      if (o && o.kind === 'clone' && o.instance !== mine)
        push('per-open', `reaches instance ${o.instance} of another open, not its own (${mine})`);
      return;
    }
  }
}

/** Every translation that is live now or had a violation: what a full recheck looks at. */
function allKeys(s: SimState): number[] {
  const keys = new Set<number>(s.violations.keys());
  for (const proc of s.procs) {
    if (proc.alive) forEachPte(s, proc, (vpn) => keys.add(tkey(proc.pid, vpn)));
  }
  for (const e of s.tlb) if (e) keys.add(tkey(e.pid, e.vpn));
  return [...keys].sort((a, b) => a - b);
}

/**
 * Marks every translation of `d`'s mappings (and every live violation) for a recheck: a device
 * change (a switch, an eject) can only change what that device's mappings are allowed to reach.
 */
export function markDevice(ctx: Ctx, d: DeviceState, which: (vma: Vma) => boolean = () => true): void {
  if (ctx.recheckAll) return;
  markViolations(ctx);
  const dirty = ctx.dirty;
  const s = ctx.s;
  const P = s.geo.pageSize;
  for (const proc of s.procs) {
    if (!proc.alive) continue;
    for (const vma of proc.vmas) {
      if (vma.device !== d.index || !which(vma)) continue;
      for (const vpn of ptesIn(s, proc, vma.start / P, vma.end / P)) dirty.push(tkey(proc.pid, vpn));
    }
  }
}

/**
 * Marks every live violation for a recheck: what `markDevice` needs after `unmap_mapping_range` has
 * zapped the device's mappings, as each zap has marked its own translation.
 */
export function markViolations(ctx: Ctx): void {
  for (const key of ctx.s.violations.keys()) ctx.dirty.push(key);
}

// The sentence counts too: a stale card mapping first reaches another card, then the empty window, and
// the views must say which (a changed sentence is one violation clearing and another appearing).
function sameIn(list: Violation[], x: Violation): boolean {
  return list.some((y) => y.rule === x.rule && y.via === x.via && y.sentence === x.sentence);
}

/** Rechecks the translations the step touched and emits violations that appeared or cleared. */
export function updateViolations(ctx: Ctx): void {
  // Most steps (a TLB hit, a read of a mapped page) touch no translation at all.
  if (!ctx.recheckAll && ctx.dirty.length === 0) return;
  const s = ctx.s;
  const keys = ctx.recheckAll ? allKeys(s) : ctx.dirty;
  const events = ctx.ev.length;
  for (const key of keys) {
    const pid = Math.floor(key / 2 ** 37);
    const vpn = key - pid * 2 ** 37;
    const now = checkTranslation(s, pid, vpn);
    const before = s.violations.get(key) ?? [];
    if (now.length === 0 && before.length === 0) continue;
    const name = s.procs[pid]?.name ?? '?';
    for (const x of before)
      if (!sameIn(now, x))
        ctx.ev.push({
          t: 'violation',
          rule: x.rule,
          proc: name,
          vpn,
          via: x.via,
          on: false,
          sentence: x.sentence,
        });
    for (const x of now)
      if (!sameIn(before, x))
        ctx.ev.push({
          t: 'violation',
          rule: x.rule,
          proc: name,
          vpn,
          via: x.via,
          on: true,
          sentence: x.sentence,
        });
    if (now.length) s.violations.set(key, now);
    else s.violations.delete(key);
  }
  // The rules change only with a violation appearing or clearing, and each of those is an event.
  if (ctx.ev.length !== events) s.rules = ruleList(s);
}

const NO_RULES: readonly Rule[] = Object.freeze([]);

function ruleList(s: SimState): readonly Rule[] {
  if (s.violations.size === 0) return NO_RULES;
  const rules = new Set<Rule>();
  for (const list of s.violations.values()) for (const x of list) rules.add(x.rule);
  return Object.freeze([...rules].sort());
}
