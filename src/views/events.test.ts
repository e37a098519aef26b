import { describe, expect, it } from 'vitest';

import { devicesLayout, pageText } from './deviceLayout.ts';
import { stepFocus } from './eventFocus.ts';
import { eventMarks, type MarkContext } from './eventMarks.ts';
import { builtinStep, type StepFixture } from './fixture.ts';
import { columnsFor, procsLayout } from './machineLayout.ts';
import { memoryLayout } from './memoryLayout.ts';
import { stabilize } from './stable.ts';
import { ENTRY, HEAD } from './tableLayout.ts';

function context(f: StepFixture, which: 'before' | 'after' = 'after'): MarkContext {
  const p = f[which];
  const { cols } = columnsFor(p);
  const layout = procsLayout(p.procs, {
    cols,
    pageSize: p.pageSize,
    levels: p.levels,
    tlbSlots: p.tlb.length,
    toggled: new Set(),
  });
  return {
    cols,
    procs: p.procs,
    places: layout.places,
    tlbY: layout.tlbY,
    tlbSlots: p.tlb.length,
    mem: memoryLayout(p, cols.memory),
    devices: devicesLayout(p.devices, cols.devices).boxes,
    pageSize: p.pageSize,
  };
}

const at = (f: StepFixture, t: string) => f.events.findIndex((e) => e.t === t) + 1;

describe('step focus', () => {
  it('opens the kernel box at the fault, named with the handler it will call', () => {
    const f = builtinStep('first-touch', 3);
    const focus = stepFocus(f.events, at(f, 'fault'));
    expect(focus.current?.t).toBe('fault');
    expect(focus.call?.api).toBe('vm_ops->fault');
    expect(focus.call?.who).toContain('ttyv');
  });

  it('keeps the handler while it calls further in, and notes its return', () => {
    const f = builtinStep('first-touch', 3);
    const install = stepFocus(f.events, at(f, 'pte-install'));
    expect(install.handler?.api).toBe('vm_ops->fault');
    expect(install.call?.api).toBe('vmf_insert_pfn');
    const done = stepFocus(f.events, f.events.length);
    expect(done.handler?.returned).toBe('VM_FAULT_NOPAGE');
  });

  it('has no call before the step reaches the kernel', () => {
    const f = builtinStep('first-touch', 3);
    expect(stepFocus(f.events, 0)).toMatchObject({ current: null, call: null, index: -1 });
    expect(stepFocus(f.events, 2).call).toBeNull();
  });

  it('remembers the signals delivered in the step (the SIGBUS after an eject)', () => {
    const f = builtinStep('card-linux', 5);
    expect(stepFocus(f.events, at(f, 'signal') - 1).signals.size).toBe(0);
    expect(stepFocus(f.events, f.events.length).signals.get('cam')).toBe('SIGBUS');
  });
});

describe('event marks', () => {
  it('sends the access token from the page towards the TLB, left to right', () => {
    const f = builtinStep('first-touch', 3);
    const [m] = eventMarks(f.events[at(f, 'access') - 1]!, context(f, 'before'));
    expect(m?.kind).toBe('token');
    if (m?.kind !== 'token') return;
    expect(m.to.x).toBeGreaterThan(m.from.x);
    expect(m.label).toBe('read');
  });

  it('flashes the TLB with the word, and lights the entry the walk reads at each level', () => {
    const f = builtinStep('first-touch', 5);
    const c = context(f);
    const miss = eventMarks(f.events[at(f, 'tlb-miss') - 1]!, c);
    expect(miss).toMatchObject([{ kind: 'flash', label: 'TLB miss', tone: 'miss', word: { text: 'miss' } }]);
    // The word sits in the TLB's title line, right of its title and inside its box.
    const word = miss[0]!.kind === 'flash' ? miss[0]!.word! : null;
    expect(word!.x).toBeLessThanOrEqual(c.cols.tables.x + c.cols.tables.width);
    expect(word!.y).toBeLessThan(c.tlbY + 2 * 17);
    const treeY = c.places[0]!.treeY;
    const walk = f.events.find((e) => e.t === 'walk' && e.level === 2)!;
    if (walk.t !== 'walk') return;
    const [lit] = eventMarks(walk, c);
    // The walk found the entry empty (the step faults), and says so.
    expect(lit).toMatchObject({ kind: 'flash', label: `L2[${walk.index}] empty`, tone: 'walk' });
    // Drawn over the table after the install, whose rows show: the one row read is lit, not the table.
    const leaf = c.places[0]!.tree.nodes.find((n) => n.table.level === 2)!;
    const row = leaf.entries.find((r) => r.index === walk.index)!;
    expect(leaf.entries.length).toBeGreaterThan(1);
    expect(lit).toMatchObject({ x: leaf.x, y: row.y + treeY, height: ENTRY });
    expect(lit!.kind === 'flash' && lit!.height).toBeLessThan(leaf.height);
    // The top level lights its head line, with the index it reads.
    const top = f.events.find((e) => e.t === 'walk' && e.level === 1)!;
    if (top.t !== 'walk') return;
    const root = c.places[0]!.tree.nodes.find((n) => n.table.level === 1)!;
    expect(eventMarks(top, c)[0]).toMatchObject({ label: `L1[${top.index}]`, y: root.y + treeY });
  });

  it('lights the head line of a table whose entry has no row yet, saying it is empty', () => {
    const f = builtinStep('first-touch', 5);
    const c = context(f, 'before');
    const walk = f.events.find((e) => e.t === 'walk' && e.level === 2)!;
    if (walk.t !== 'walk') return;
    const leaf = c.places[0]!.tree.nodes.find((n) => n.table.level === 2)!;
    expect(leaf.entries.some((r) => r.index === walk.index)).toBe(false);
    expect(eventMarks(walk, c)[0]).toMatchObject({
      label: `L2[${walk.index}] empty`,
      y: leaf.y + c.places[0]!.treeY,
      height: HEAD,
    });
  });

  it('rings the faulting page with a warm pulse that covers none of its words', () => {
    const f = builtinStep('first-touch', 3);
    const c = context(f, 'before');
    const [ring] = eventMarks(f.events[at(f, 'fault') - 1]!, c);
    expect(ring).toMatchObject({ kind: 'ring', tone: 'fault', label: 'fault' });
  });

  it('slides the framebuffer into a backing store and the card out of its slot', () => {
    const sw = builtinStep('vt-switch-linux', 7);
    const save = eventMarks(
      sw.events.find((e) => e.t === 'copy')!,
      context(sw),
    );
    expect(save).toMatchObject([{ kind: 'slide', label: 'save' }]);
    if (save[0]?.kind === 'slide') expect(save[0].to.y).toBeGreaterThan(save[0].from.y);
    const ej = builtinStep('card-linux', 4);
    const out = eventMarks(
      ej.events.find((e) => e.t === 'device')!,
      context(ej),
    );
    expect(out).toMatchObject([{ kind: 'slide', label: 'card A' }]);
    if (out[0]?.kind === 'slide') expect(out[0].to.x).toBeGreaterThan(out[0].from.x);
  });
});

describe('devices', () => {
  it('shows a page as its text in offset order', () => {
    expect(
      pageText([
        { offset: 16, value: 'hello' },
        { offset: 0, value: 'vi' },
      ]),
    ).toBe('vi hello');
    expect(
      pageText([
        { offset: 0, value: 'ab' },
        { offset: 2, value: 'c' },
      ]),
    ).toBe('abc');
    expect(pageText([{ offset: 0, value: 'x'.repeat(40) }]).length).toBe(28);
  });

  it('places each screen backing store below the framebuffer', () => {
    const { after } = builtinStep('vt-switch-linux', 7);
    const [vt] = devicesLayout(after.devices, columnsFor(after).cols.devices).boxes;
    expect(vt!.stores).toHaveLength(2);
    expect(vt!.stores[0]!.y).toBeGreaterThan(vt!.main!.y);
    expect(vt!.stores[1]!.y).toBeGreaterThan(vt!.stores[0]!.y);
    expect(vt!.stores[1]!.y).toBeLessThan(vt!.y + vt!.height);
  });
});

describe('stabilize', () => {
  it('reuses the objects of what did not change and replaces what did', () => {
    const f = builtinStep('vt-switch-linux', 6);
    const before = structuredClone(f.before);
    const fresh = structuredClone(f.after);
    const s = stabilize(before, fresh);
    expect(s.procs[0]).toBe(before.procs[0]);
    expect(s.procs[1]).toBe(fresh.procs[1]);
    expect(s.frames).toBe(fresh.frames);
    expect(s).toEqual(f.after);
    const same = stabilize(s, structuredClone(f.after));
    expect(same.procs).toBe(s.procs);
    expect(same.frames).toBe(s.frames);
  });
});
