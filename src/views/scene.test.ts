/**
 * Every word the drawing places, for every step of every built-in: it stays inside its box, and no two
 * words overlap. The e2e spec measures the same in Chromium; this pins it for every layout rule in Node.
 */

import { describe, expect, it } from 'vitest';

import { stepTexts } from '../scenario/describe.ts';
import { parseScenario } from '../scenario/index.ts';
import { LIBRARY } from '../scenario/library/index.ts';
import { boot, runStep } from '../sim/index.ts';
import { picture, type MachinePicture } from '../sim/picture.ts';
import type { Column } from './columns.ts';
import { devicesLayout } from './deviceLayout.ts';
import { columnsFor, procsLayout } from './machineLayout.ts';
import { memoryLayout } from './memoryLayout.ts';
import { FONT, glyphs, LINE, PAD, textWidth } from './metrics.ts';
import { CELL } from './procLayout.ts';
import { stepNotes } from './stepNotes.ts';
import { tlbLine, tlbSlotTop } from './tlbLayout.ts';

/** A placed word: its left edge, baseline and text, and the box it must stay in. */
interface Word {
  x: number;
  y: number;
  text: string;
  inside: { left: number; right: number };
}

/** DejaVu Sans Mono's ascent and descent, in ems: a text's box around its baseline. */
const ASCENT = 0.928;
const DESCENT = 0.236;

function words(p: MachinePicture, notes: ReturnType<typeof stepNotes>): Word[] {
  const { cols, digits } = columnsFor(p);
  const within = (c: Column) => ({ left: c.x, right: c.x + c.width });
  const out: Word[] = [];
  const layout = procsLayout(p.procs, {
    cols,
    pageSize: p.pageSize,
    levels: p.levels,
    tlbSlots: p.tlb.length,
    toggled: new Set(),
    notes: notes.bands,
  });
  const bx = cols.procs.x + PAD;
  layout.places.forEach((pl) => {
    const at = (x: number, y: number, text: string) =>
      out.push({ x, y: y + pl.bandY, text, inside: within(cols.procs) });
    const b = pl.band;
    at(bx, LINE, b.name + b.rest);
    for (const l of b.status) at(bx, l.y, l.text);
    for (const v of b.vmas) {
      for (const l of v.lines) at(bx, l.y, l.text);
      for (const c of v.cells) if (c.tag !== null) at(c.x, c.y + CELL + LINE - 3, c.tag);
    }
    if (b.note) {
      at(b.note.headX, b.note.head.y, b.note.head.text);
      if (b.note.badge !== null) at(bx + 1, b.note.badgeY, b.note.badge);
      for (const l of b.note.why) at(bx, l.y, l.text);
    }
    for (const n of pl.tree.nodes) {
      const inside = { left: n.x, right: n.x + n.width };
      out.push({ x: n.x + PAD, y: pl.treeY + n.y + pl.tree.head / 2 + 4.5, text: n.head, inside });
      for (const e of n.entries)
        out.push({ x: n.x + PAD, y: pl.treeY + e.y + LINE - 4, text: e.text, inside });
    }
  });
  p.tlb.forEach((e, slot) =>
    out.push({
      x: cols.tables.x + PAD,
      y: layout.tlbY + tlbSlotTop(slot) + LINE - 4,
      text: tlbLine(e, slot, 0, digits),
      inside: within(cols.tables),
    }),
  );
  const mem = memoryLayout(p, cols.memory);
  for (const b of mem.blocks)
    b.lines.forEach((text, i) =>
      out.push({ x: cols.memory.x, y: b.y + (i + 1) * LINE - 4, text, inside: within(cols.memory) }),
    );
  for (const box of devicesLayout(p.devices, cols.devices, notes.devices).boxes) {
    const at = (x: number, y: number, text: string) =>
      out.push({ x, y: box.y + y, text, inside: within(cols.devices) });
    const dx = cols.devices.x + PAD;
    at(dx, LINE, box.name + box.rest);
    for (const l of box.lines) at(dx, l.y, l.text);
    if (box.slot) at(dx, box.slot.y, box.slot.text);
    for (const l of box.objects?.lines ?? []) at(dx, l.y, l.text);
    if (box.note) {
      at(box.note.headX, box.note.head.y, box.note.head.text);
      if (box.note.badge !== null) at(dx + 1, box.note.badgeY, box.note.badge);
      for (const l of box.note.why) at(dx, l.y, l.text);
    }
  }
  return out.filter((w) => w.text !== '');
}

function overlap(a: Word, b: Word): boolean {
  const h = (w: Word) => [w.y - ASCENT * FONT, w.y + DESCENT * FONT] as const;
  const [at, ab] = h(a);
  const [bt, bb] = h(b);
  const across = a.x < b.x + textWidth(glyphs(b.text)) && b.x < a.x + textWidth(glyphs(a.text));
  return across && at < bb - 0.5 && bt < ab - 0.5;
}

/** Every step of a built-in, with the notes the drawing shows once the step is done. */
function* steps(id: string, text: string) {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  const s = boot(parsed.scenario);
  const texts = stepTexts(
    text,
    parsed.scenario.steps.map((st) => ({ line: st.pos.line, actor: st.kind === 'proc' ? st.proc : null })),
  );
  for (let i = 0; i < parsed.scenario.steps.length; i++) {
    const before = picture(s);
    const { outcome, events } = runStep(s);
    const now = picture(s);
    const row = { ...outcome, text: texts[i]! };
    yield { step: i + 1, now, notes: stepNotes({ row, events, shown: events.length, before, now }) };
  }
}

describe('the drawing of every built-in, at every step', () => {
  for (const b of LIBRARY)
    it(`${b.id}: every word inside its box, and no two words overlap`, () => {
      for (const { step, now, notes } of steps(b.id, b.text)) {
        const all = words(now, notes);
        for (const w of all) {
          const where = `${b.id} step ${step}: "${w.text}"`;
          expect(w.x, where).toBeGreaterThanOrEqual(w.inside.left);
          expect(w.x + textWidth(glyphs(w.text)), where).toBeLessThanOrEqual(w.inside.right);
        }
        for (let i = 0; i < all.length; i++)
          for (let j = i + 1; j < all.length; j++)
            expect(
              overlap(all[i]!, all[j]!),
              `${b.id} step ${step}: "${all[i]!.text}" / "${all[j]!.text}"`,
            ).toBe(false);
      }
    });
});
