import { describe, expect, it } from 'vitest';

import type { MachinePicture, ProcPicture } from '../sim/picture.ts';
import { headPath, linkPointAtX, procArrows } from './arrows.ts';
import { builtinStep, rowsInput } from './fixture.ts';
import { columnsFor, PlaceMemory, procsLayout } from './machineLayout.ts';
import { framePoint, memoryLayout, ramGrid } from './memoryLayout.ts';
import { bandLayout, CELL, MAX_PAGE_CELLS } from './procLayout.ts';
import { touchHead, treeLayout } from './tableLayout.ts';

const NONE: ReadonlySet<string> = new Set();

const rows = (p: MachinePicture) => rowsInput(p);

describe('process bands', () => {
  it('draws each VMA page, present where a PTE is, with the variable at its page', () => {
    const { after } = builtinStep('first-touch', 3);
    const app = after.procs[0]!;
    const { cols } = columnsFor(after);
    const band = bandLayout(app, after.pageSize, cols.procs);
    expect(band.vmas).toHaveLength(1);
    const cells = band.vmas[0]!.cells;
    expect(cells.map((c) => c.present)).toEqual([true, false]);
    expect(cells[0]!.vars).toEqual(['scr']);
    expect(cells[1]!.vars).toEqual([]);
    expect(band.pageAt.get(0x1000_0000 / 4096)).toEqual({
      x: cells[0]!.x + CELL / 2,
      y: cells[0]!.y + CELL / 2,
    });
    for (const c of cells) expect(c.x + CELL).toBeLessThanOrEqual(cols.procs.x + cols.procs.width);
    expect(cells[0]!.tag).toBe('scr');
  });

  it('puts the device node on a line of its own when it does not fit beside the rights', () => {
    const { after } = builtinStep('first-touch', 3);
    const app = after.procs[0]!;
    const col = columnsFor(after).cols.procs;
    const long: ProcPicture = { ...app, vmas: [{ ...app.vmas[0]!, prot: 'none', shared: false }] };
    const lines = bandLayout(long, after.pageSize, col).vmas[0]!.lines.map((l) => l.text);
    expect(lines).toContain('none private');
    expect(lines).toContain(app.vmas[0]!.path);
  });

  it('caps a huge VMA with a +N cell that stands for the rest', () => {
    const { after } = builtinStep('first-touch', 3);
    const app = after.procs[0]!;
    const start = 0x2000_0000;
    const big: ProcPicture = {
      ...app,
      vmas: [{ ...app.vmas[0]!, start, end: start + 100 * 4096 }],
      ptes: [{ vpn: start / 4096 + 90, pfn: 3, read: true, write: true, special: false }],
    };
    const band = bandLayout(big, 4096, columnsFor(after).cols.procs);
    const cells = band.vmas[0]!.cells;
    expect(cells).toHaveLength(MAX_PAGE_CELLS);
    expect(cells.at(-1)!.more).toBe(100 - MAX_PAGE_CELLS + 1);
    expect(cells.at(-1)!.present).toBe(true);
    expect(band.pageAt.get(start / 4096 + 90)).toEqual({
      x: cells.at(-1)!.x + CELL / 2,
      y: cells.at(-1)!.y + CELL / 2,
    });
  });
});

describe('page-table trees', () => {
  it('lays out L1 then L2 with one row per PTE by index', () => {
    const { after } = builtinStep('first-touch', 9);
    const app = after.procs[0]!;
    const tree = treeLayout(app, after.pageSize, after.levels, NONE, columnsFor(after).cols.tables);
    expect(tree.nodes.map((n) => n.table.level)).toEqual([1, 2]);
    const leaf = tree.nodes[1]!;
    expect(leaf.entries.map((e) => e.index)).toEqual([0, 1, 2, 3]);
    expect(leaf.entries.map((e) => e.pte.pfn)).toEqual(app.ptes.map((p) => p.pfn));
    expect(leaf.y).toBeGreaterThan(tree.nodes[0]!.y);
    expect(leaf.x).toBeGreaterThan(tree.nodes[0]!.x);
    expect(tree.pteAt.size).toBe(4);
    const rows = [...tree.pteAt.values()].map((a) => a.in.y);
    expect(new Set(rows).size).toBe(4);
  });

  it('a collapsed level hides what is under it and its box carries the arrows', () => {
    const { after } = builtinStep('first-touch', 9);
    const app = after.procs[0]!;
    const tree = treeLayout(
      app,
      after.pageSize,
      after.levels,
      new Set([`app:${app.root}`]),
      columnsFor(after).cols.tables,
    );
    expect(tree.nodes).toHaveLength(1);
    expect(tree.nodes[0]!.expanded).toBe(false);
    const ys = new Set([...tree.pteAt.values()].map((a) => a.in.y));
    expect(ys.size).toBe(1);
    expect(tree.boxOf.get(app.tables[1]!.frame)).toBe(tree.nodes[0]);
  });
});

describe('page-table heads on a touch screen', () => {
  it('are tall enough for a finger (44 px) at the smallest zoom, and the rows below move down', () => {
    const { after } = builtinStep('first-touch', 9);
    const app = after.procs[0]!;
    const col = columnsFor(after).cols.tables;
    const minScale = 14 / 13;
    const head = touchHead(minScale);
    expect(head * minScale).toBeGreaterThanOrEqual(44);
    const mouse = treeLayout(app, after.pageSize, after.levels, NONE, col);
    const finger = treeLayout(app, after.pageSize, after.levels, NONE, col, head);
    expect(finger.head).toBe(head);
    expect(finger.nodes.map((n) => n.y)).toEqual(mouse.nodes.map((n, i) => n.y + i * (head - mouse.head)));
  });
});

describe('physical memory', () => {
  it('puts RAM frames in a grid and device pages at their frames', () => {
    const { after } = builtinStep('first-touch', 9);
    const mem = memoryLayout(after, columnsFor(after).cols.memory);
    expect(mem.grid.frames).toBe(32);
    const f0 = framePoint(mem, 0)!;
    const f9 = framePoint(mem, 9)!;
    expect(f9.y).toBeGreaterThan(f0.y);
    expect(mem.blocks).toHaveLength(1);
    expect(mem.blocks[0]!.pages.map((p) => p.pfn)).toEqual([0x8000_0000 / 4096, 0x8000_0000 / 4096 + 1]);
    expect(framePoint(mem, 0x8000_0000 / 4096)!.y).toBeGreaterThan(mem.grid.y + mem.grid.height);
    expect(framePoint(mem, 999_999)).toBeNull();
  });

  it('fits the benchmark RAM (4,096 frames) in its column, as dots', () => {
    const { after } = builtinStep('first-touch', 1);
    const big = { ...after, frames: Array.from({ length: 4096 }, () => ({ kind: 'free' as const })) };
    const col = columnsFor(big).cols.memory;
    const g = ramGrid(4096, col);
    expect(g.cols * g.pitch).toBeLessThanOrEqual(col.width);
    expect(g.labelled).toBe(false);
    expect(g.height).toBeLessThan(1000);
  });
});

describe('arrows', () => {
  it('run from each present page to its PTE and on to its frame, left to right', () => {
    const { after } = builtinStep('vt-switch-linux', 5);
    const input = rows(after);
    const layout = procsLayout(after.procs, input);
    const mem = memoryLayout(after, input.cols.memory);
    const shell = after.procs[0]!;
    const arrows = procArrows(shell.name, shell.ptes, layout.places[0]!, mem);
    expect(arrows).toHaveLength(shell.ptes.length);
    const a = arrows[0]!;
    expect(a.pfn).toBe(0x8000_0000 / 4096);
    const start = /^M([\d.]+),([\d.]+)/.exec(a.toPte)!;
    const page = layout.places[0]!.band.pageAt.get(a.vpn)!;
    expect(Number(start[1])).toBeCloseTo(page.x);
    // It leaves from the cell's bottom, heading down (its first control point is below it).
    expect(Number(start[2])).toBeCloseTo(page.y + CELL / 2 + layout.places[0]!.bandY);
    const control = /^M[\d.]+,[\d.]+C([\d.]+),([\d.]+)/.exec(a.toPte)!;
    expect(Number(control[1])).toBeCloseTo(page.x);
    expect(Number(control[2])).toBeGreaterThan(Number(start[2]));
    const end = framePoint(mem, a.pfn)!;
    expect(a.toFrame!.endsWith(`${end.x},${end.y}`)).toBe(true);
    expect(end.x).toBeGreaterThan(Number(start[1]));
    expect(a.frameAt).toEqual(end);
  });

  it('find where a link crosses a line between its ends (where a zapped PTE’s cross goes)', () => {
    const from = { x: 10, y: 100 };
    const to = { x: 210, y: 20 };
    const p = linkPointAtX(from, to, 190);
    expect(p.x).toBeCloseTo(190, 3);
    // Near its end the curve has turned level with the end: almost at its height.
    expect(p.y).toBeLessThan(40);
    expect(p.y).toBeGreaterThan(20);
    expect(linkPointAtX(from, to, 110)).toMatchObject({
      x: expect.closeTo(110, 3),
      y: expect.closeTo(60, 3),
    });
  });

  it('draw each head as a filled triangle ending at its frame, sized by the stroke (as marker-end did)', () => {
    // The legend's old marker: an 8x8 triangle, tip 1 unit past the end, 6 stroke widths wide.
    expect(headPath({ x: 100, y: 50 }, 2)).toBe('M89.5 44L101.5 50L89.5 56Z');
    expect(headPath({ x: 100, y: 50 }, 1.2)).toBe('M93.7 46.4L100.9 50L93.7 53.6Z');
  });

  it('has none for a process with no PTEs (editor before it touches its screen)', () => {
    const { after } = builtinStep('vt-switch-linux', 5);
    const input = rows(after);
    const layout = procsLayout(after.procs, input);
    const mem = memoryLayout(after, input.cols.memory);
    expect(procArrows('editor', after.procs[1]!.ptes, layout.places[1]!, mem)).toEqual([]);
  });
});

describe('rows of processes', () => {
  it('stack bands and trees without overlap, trees under the TLB', () => {
    const { after } = builtinStep('vt-switch-netbsd', 7);
    const l = procsLayout(after.procs, rows(after));
    const [a, b] = l.places;
    expect(b!.bandY).toBeGreaterThanOrEqual(a!.bandY + a!.band.height);
    expect(b!.treeY).toBeGreaterThanOrEqual(a!.treeY + a!.tree.height);
    expect(a!.treeY).toBeGreaterThan(l.tlbY);
  });

  it('keeps the place object of an unchanged process (memoised views skip it)', () => {
    const { after } = builtinStep('vt-switch-netbsd', 7);
    const input = rows(after);
    const first = procsLayout(after.procs, input);
    const again = procsLayout(after.procs, input, first.places);
    expect(again.places[0]).toBe(first.places[0]);
    const changed = procsLayout(after.procs, { ...input, toggled: new Set(['shell:4']) }, first.places);
    expect(changed.places[0]).not.toBe(first.places[0]);
  });
});

describe('rows held while playing', () => {
  const { after } = builtinStep('vt-switch-netbsd', 7);
  const input = rows(after);
  const lay = (toggled: ReadonlySet<string>) => procsLayout(after.procs, { ...input, toggled });
  // Closing the first table makes the first row shorter (or opening it, longer): a row that changes height.
  const sets = [NONE, new Set(['shell:4'])] as const;
  const [tall, short] = lay(sets[0]).rows[0]! >= lay(sets[1]).rows[0]! ? sets : [sets[1], sets[0]];

  it('a row is at least its held height, and the rows under it move down by the difference', () => {
    const free = lay(NONE);
    const held = procsLayout(after.procs, input, [], (pid) =>
      pid === after.procs[0]!.pid ? free.rows[0]! + 40 : 0,
    );
    expect(held.rows[0]).toBe(free.rows[0]! + 40);
    expect(held.places[1]!.bandY).toBe(free.places[1]!.bandY + 40);
  });

  it('keep their tallest height while held, so the rows under them stay put, and fit again when let go', () => {
    expect(lay(short).rows[0]).toBeLessThan(lay(tall).rows[0]!);
    const memory = new PlaceMemory();
    const first = memory.layout(after.procs, { ...input, toggled: tall }, true);
    const shrunk = memory.layout(after.procs, { ...input, toggled: short }, true);
    expect(shrunk.rows[0]).toBe(first.rows[0]);
    expect(shrunk.places[1]!.bandY).toBe(first.places[1]!.bandY);
    const released = memory.layout(after.procs, { ...input, toggled: short }, false);
    expect(released.rows[0]).toBe(lay(short).rows[0]);
  });
});
