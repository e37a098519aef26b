import { describe, expect, it } from 'vitest';

import { parseScenario } from '../scenario/index.ts';
import { findBuiltin } from '../scenario/library/index.ts';
import { boot, runStep } from '../sim/index.ts';
import { picture, type MachinePicture } from '../sim/picture.ts';
import { procArrows } from './arrows.ts';
import { procsLayout } from './machineLayout.ts';
import { memoryLayout } from './memoryLayout.ts';
import { rowsInput } from './fixture.ts';
import { CELL } from './procLayout.ts';
import { paintRows, type Pen, type RowPaint, type RowsInk } from './rowsPaint.ts';

const INK: RowsInk = {
  ink: 'ink',
  muted: 'muted',
  paper: 'paper',
  panel: 'panel',
  rule: 'rule',
  present: 'present',
  presentText: 'present-text',
  walk: 'walk',
  signal: 'signal',
  arrow: 'arrow',
  violation: 'violation',
  violationFill: 'hatched',
};

type Op =
  | {
      op: 'box';
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: unknown;
      stroke?: unknown;
      dash: number[];
    }
  | { op: 'text'; text: string; x: number; y: number; fill: unknown; alpha: number; font: string }
  | { op: 'path'; d: string; stroke: unknown; width: number; alpha: number };

/** A pen that records what is painted: boxes with their fill and stroke, words, and paths. */
function recorder() {
  const ops: Op[] = [];
  let dash: number[] = [];
  let last: Extract<Op, { op: 'box' }> | null = null;
  const pen: Pen = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    lineJoin: 'miter',
    font: '',
    textAlign: 'start',
    globalAlpha: 1,
    save: () => {},
    restore: () => {},
    setLineDash: (d) => (dash = d),
    beginPath: () => (last = null),
    roundRect: (x, y, w, h) => {
      last = { op: 'box', x, y, w, h, dash: [] };
      ops.push(last);
    },
    fill: () => last && (last.fill = pen.fillStyle),
    stroke: () => last && ((last.stroke = pen.strokeStyle), (last.dash = dash)),
    fillText: (text, x, y) =>
      ops.push({ op: 'text', text, x, y, fill: pen.fillStyle, alpha: pen.globalAlpha, font: pen.font }),
    strokeText: () => {},
    measureText: (text) => ({ width: text.length * 8 }),
  };
  const strokePath = (p: Pen, d: string) =>
    ops.push({ op: 'path', d, stroke: p.strokeStyle, width: p.lineWidth, alpha: p.globalAlpha });
  return { pen, ops, strokePath };
}

/** A process killed by a signal, beside one that lives on (no built-in ends a process so). */
const KILLED = `kernel linux
machine ram=32 levels=2 tlb=8
device ttyv vt screens=2 fb=2p
process app nohandler
process other
app: open /dev/ttyv0 -> fd
app: mmap fd 2p -> scr
other: open /dev/ttyv0 -> fd
other: mmap fd 2p -> scr
other: read scr
app: munmap scr 2p
app: read scr
`;

/** The pictures of a built-in (or of `text`) after each step. */
function* stepsOf(id: string, text = findBuiltin(id)?.text ?? ''): Generator<MachinePicture> {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  const s = boot(parsed.scenario);
  while (s.step < parsed.scenario.steps.length) {
    runStep(s);
    yield picture(s);
  }
}

function firstWhere(id: string, ok: (p: MachinePicture) => boolean, text?: string): MachinePicture {
  for (const p of stepsOf(id, text)) if (ok(p)) return p;
  throw new Error(`no step of ${id} fits`);
}

/** Every process of a picture as a row to paint, as MachineView makes them while racing. */
function rowsOf(p: MachinePicture) {
  const input = rowsInput(p);
  const layout = procsLayout(p.procs, input);
  const mem = memoryLayout(p, input.cols.memory);
  const rows: RowPaint[] = p.procs.map((proc, i) => {
    const place = layout.places[i]!;
    const bad = new Set(p.violations.filter((v) => v.proc === proc.name).map((v) => v.vpn));
    const arrows = procArrows(proc.name, proc.ptes, place, mem);
    return { proc, place, arrows, violating: bad.size > 0 ? bad : null };
  });
  return { rows, cols: input.cols };
}

function paint(p: MachinePicture) {
  const { rows, cols } = rowsOf(p);
  const r = recorder();
  paintRows(r.pen, rows, cols, INK, r.strokePath);
  return { ...r, rows };
}

describe('the racing rows on a canvas', () => {
  it('paints every page cell where the layout puts it: present filled, absent on paper and dashed', () => {
    const p = firstWhere('first-touch', (x) => x.procs.some((q) => q.ptes.length > 0));
    const { ops, rows } = paint(p);
    const boxes = ops.filter((o) => o.op === 'box');
    let cells = 0;
    for (const r of rows)
      for (const v of r.place.band.vmas)
        for (const c of v.cells) {
          const at = boxes.find(
            (b) => b.x === c.x && b.y === r.place.bandY + c.y && b.w === CELL && b.h === CELL,
          );
          expect(at, `${r.proc.name} page ${c.vpn}`).toBeDefined();
          expect(at!.fill).toBe(c.present ? 'present' : 'paper');
          expect(at!.dash).toEqual(c.present ? [] : [2, 2]);
          cells++;
        }
    expect(cells).toBeGreaterThan(0);
  });

  it('strokes both lines of every arrow, in the violation’s hue and width where a page breaks a rule', () => {
    const p = firstWhere('vt-switch-netbsd', (x) => x.violations.length > 0);
    const { ops, rows } = paint(p);
    const paths = ops.filter((o) => o.op === 'path');
    const arrows = rows.flatMap((r) => r.arrows.map((a) => ({ a, bad: r.violating?.has(a.vpn) === true })));
    expect(arrows.some((x) => x.bad)).toBe(true);
    for (const { a, bad } of arrows)
      for (const d of a.toFrame === null ? [a.toPte] : [a.toPte, a.toFrame]) {
        const path = paths.find((x) => x.d === d);
        expect(path, `${a.proc} page ${a.vpn}`).toBeDefined();
        expect([path!.stroke, path!.width]).toEqual(bad ? ['violation', 2] : ['arrow', 1.2]);
      }
    // The violating pages' cells get the hatched ring behind them.
    expect(ops.some((o) => o.op === 'box' && o.fill === 'hatched' && o.stroke === 'violation')).toBe(true);
  });

  it('paints the words a race keeps (titles, mappings, tags, table heads) and no page’s or PTE’s own', () => {
    const p = firstWhere('fork-switch', (x) => x.procs.length > 1 && x.procs.every((q) => q.ptes.length > 0));
    const { ops, rows } = paint(p);
    const texts = ops.filter((o) => o.op === 'text').map((o) => o.text);
    for (const r of rows) {
      const b = r.place.band;
      expect(texts).toContain(b.name);
      for (const v of b.vmas) for (const l of v.lines) expect(texts).toContain(l.text);
      for (const n of r.place.tree.nodes) {
        expect(texts).toContain(n.head);
        for (const e of n.entries) expect(texts).not.toContain(e.text);
      }
    }
    const labels = rows.flatMap((r) => r.place.band.vmas.flatMap((v) => v.cells));
    for (const c of labels.filter((c) => c.more === 0)) expect(texts).not.toContain(c.label);
  });

  it('paints a dead process at the opacity the SVG fades it to, and a killed one’s outline dashed', () => {
    const p = firstWhere('killed', (x) => x.procs.some((q) => !q.alive && q.end !== 'exit'), KILLED);
    const { ops, rows } = paint(p);
    const dead = rows.find((r) => !r.proc.alive)!;
    const title = ops.find((o) => o.op === 'text' && o.text === dead.place.band.name);
    expect(title).toMatchObject({ alpha: 0.45 });
    const outline = ops.find(
      (o) => o.op === 'box' && o.y === dead.place.bandY && o.h === dead.place.band.height && o.stroke,
    );
    expect(outline).toMatchObject({ stroke: 'signal', dash: [5, 3] });
    const live = rows.find((r) => r.proc.alive);
    if (live)
      expect(ops.find((o) => o.op === 'text' && o.text === live.place.band.name)).toMatchObject({ alpha: 1 });
  });
});
