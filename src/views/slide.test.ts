import { describe, expect, it } from 'vitest';

import { composeSlide, SLIDE_SIZES, type SlideContent, type SlideScene, type SlideTheme } from './slide.ts';
import { arrangeDrawings } from './slideArrange.ts';
import type { Run } from './slideText.ts';

const THEME: SlideTheme = {
  paper: '#fff',
  ink: '#111',
  muted: '#555',
  panel: '#eee',
  rule: '#ccc',
  warm: '#e69f00',
  violation: '#d55e00',
  patternInk: '#1118',
  font: 'system-ui',
  mono: 'monospace',
};

/** The drawing as it is today: about 4:1. */
const WIDE = { width: 2264, height: 564 };

const violation = (n: number): Run[] => [
  { text: '⚠ ', tone: 'violation', bold: true },
  { text: 'card-present ', bold: true },
  { text: `cam vpn 0x1_000${n} (PTE)`, mono: true },
  { text: `: cam's mapping of /dev/slot at 0x1000${n}000 reaches card B, but was made for card A` },
];

function content(over: Partial<SlideContent> = {}): SlideContent {
  return {
    title: 'Card eject (netbsd): the mapping outlives the card',
    where: 'netbsd · step 9 of 12',
    kernelBars: [
      [
        { text: 'kernel  ', tone: 'warm', bold: true },
        { text: 'udv_fault', mono: true },
        { text: ' (netbsd) › ', tone: 'muted' },
        { text: 'pmap_enter', mono: true },
        { text: ' frame 524289 with the mapping’s protection' },
      ],
    ],
    violations: [violation(0), violation(1)],
    machines: [{ heading: null, ...WIDE }],
    narration: [{ text: 'Card B goes in. The mapping made for card A now writes on card B.' }],
    step: [{ text: 'Step 9: ', tone: 'muted' }, { text: 'cam: read win+1p', mono: true }, { text: ' → ok' }],
    legend: [
      { short: '', words: 'free', fill: null, pattern: 'none' },
      { short: 'L', words: 'page table', fill: '#cc79a7', pattern: 'none' },
      { short: '⚠', words: 'violation', fill: null, pattern: 'violation' },
    ],
    ...over,
  };
}

/** The worst a scenario can ask: every text far too long, many violations, two machines. */
const CROWDED = content({
  title: 'A title that goes on and on '.repeat(6),
  kernelBars: [0, 1].map(() => [{ text: 'vm_ops->fault (card driver) '.repeat(8), mono: true }]),
  violations: [0, 1, 2, 3, 4, 5].map(violation),
  machines: [0, 1].map(() => ({ heading: [{ text: 'linux (compared) '.repeat(4), bold: true }], ...WIDE })),
  narration: [{ text: 'The stale PTE still reaches the window. '.repeat(12) }],
  step: [{ text: 'cam: write win "overwrite" → ok · page fault · lands device slot p0 '.repeat(4) }],
});

function extent(t: SlideScene['texts'][number]) {
  const left = t.anchor === 'end' ? t.x - t.width : t.x;
  return { left, right: left + t.width, top: t.y - t.size, bottom: t.y + t.size * 0.3 };
}

function expectInside(scene: SlideScene) {
  for (const t of scene.texts) {
    const e = extent(t);
    expect(e.left, t.runs[0]?.text).toBeGreaterThanOrEqual(0);
    expect(e.right, t.runs[0]?.text).toBeLessThanOrEqual(scene.width);
    expect(e.top).toBeGreaterThanOrEqual(0);
    expect(e.bottom).toBeLessThanOrEqual(scene.height);
  }
  for (const box of [...scene.rects, ...scene.drawings]) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(scene.width + 1e-6);
    expect(box.y + box.height).toBeLessThanOrEqual(scene.height + 1e-6);
  }
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('a slide', () => {
  for (const size of SLIDE_SIZES) {
    it(`keeps everything inside ${size.width}x${size.height}, even crowded, in type read from the back`, () => {
      for (const c of [content(), CROWDED]) {
        const scene = composeSlide(size, THEME, c);
        expectInside(scene);
        // 20 px on a 1920-wide slide, scaled with the width.
        for (const t of scene.texts) expect(t.size).toBeGreaterThanOrEqual((20 * size.width) / 1920 - 1e-9);
        expect(scene.drawings).toHaveLength(c.machines.length);
      }
    });
  }

  it('gives the drawing the room the words leave, never under them, whole and at its own aspect ratio', () => {
    for (const c of [content(), CROWDED]) {
      const scene = composeSlide({ width: 1920, height: 1080 }, THEME, c);
      for (const d of scene.drawings) {
        expect(d.width / d.height).toBeCloseTo(WIDE.width / WIDE.height, 6);
        for (const r of scene.rects) expect(overlaps(d, r)).toBe(false);
        for (const t of scene.texts) {
          const e = extent(t);
          const box = { x: e.left, y: e.top, width: t.width, height: e.bottom - e.top };
          // Headings sit above their drawing; nothing sits on one.
          expect(overlaps(d, box), t.runs[0]?.text).toBe(false);
        }
      }
      // The plain slide's lone drawing spans the slide's width between the margins.
      if (c !== CROWDED) expect(scene.drawings[0]!.width).toBeCloseTo(1920 - 2 * 48, 6);
    }
  });

  it('says every violation it has room for, and counts the rest', () => {
    const words = (s: SlideScene) => s.texts.map((t) => t.runs.map((r) => r.text).join(''));
    const two = words(composeSlide({ width: 1920, height: 1080 }, THEME, content()));
    expect(two.filter((w) => w.startsWith('⚠ card-present'))).toHaveLength(2);
    expect(two.some((w) => w.includes('reaches card B, but was made for card A'))).toBe(true);
    const six = words(composeSlide({ width: 1920, height: 1080 }, THEME, CROWDED));
    expect(six.filter((w) => w.startsWith('⚠ card-present'))).toHaveLength(3);
    expect(six).toContain('⚠ and 3 more');
  });

  it('gives a long violation two lines at most, and the banner four, shortening rather than dropping one', () => {
    const long = (n: number): Run[] => [...violation(n), { text: ' and then some more words'.repeat(6) }];
    const scene = composeSlide(
      { width: 1920, height: 1080 },
      THEME,
      content({ violations: [0, 1, 2].map(long) }),
    );
    const banner = scene.rects.find((r) => typeof r.fill !== 'string')!;
    const inside = scene.texts.filter((t) => t.y > banner.y && t.y < banner.y + banner.height);
    const words = inside.map((t) => t.runs.map((r) => r.text).join(''));
    expect(words).toHaveLength(4);
    expect(words.filter((w) => w.startsWith('⚠ card-present'))).toHaveLength(3);
    // The first keeps two lines; the others one each, cut short with an ellipsis.
    expect(words[1]!.startsWith('⚠')).toBe(false);
    expect(words.filter((w) => w.endsWith('…'))).toHaveLength(3);
  });

  it('leaves the legend out when it does not fit on one line', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      short: 'K',
      words: `kernel buffer ${i}`,
      fill: '#f0e442',
      pattern: 'lines' as const,
    }));
    const scene = composeSlide({ width: 1920, height: 1080 }, THEME, content({ legend: many }));
    expect(scene.texts.some((t) => t.runs.some((r) => r.text.startsWith('kernel buffer')))).toBe(false);
    const fits = composeSlide({ width: 1920, height: 1080 }, THEME, content());
    expect(fits.texts.some((t) => t.runs.some((r) => r.text === 'page table'))).toBe(true);
  });
});

describe('side by side', () => {
  const area = { x: 0, y: 0, width: 1800, height: 700 };
  const spacing = { heading: 34, gap: 28 };

  it('stacks two wide drawings, where side by side they would be smaller', () => {
    const a = arrangeDrawings(area, [WIDE, WIDE], spacing);
    expect(a.direction).toBe('column');
    const row = Math.min((1800 - 28) / 2 / WIDE.width, (700 - 34) / WIDE.height);
    expect(a.scale).toBeGreaterThan(row);
  });

  it('puts two tall drawings next to each other, where stacked they would be smaller', () => {
    const tall = { width: 600, height: 900 };
    const a = arrangeDrawings(area, [tall, tall], spacing);
    expect(a.direction).toBe('row');
    const column = Math.min(1800 / tall.width, ((700 - 28) / 2 - 34) / tall.height);
    expect(a.scale).toBeGreaterThan(column);
    expect(a.cells[0]!.x + a.cells[0]!.width).toBeLessThanOrEqual(a.cells[1]!.x);
  });

  it('draws both at the same scale, inside the area, apart, each under its heading', () => {
    for (const sizes of [
      [WIDE, { width: 1800, height: 600 }],
      [
        { width: 500, height: 900 },
        { width: 700, height: 800 },
      ],
    ]) {
      const a = arrangeDrawings(area, sizes, spacing);
      a.cells.forEach((cell, i) => {
        expect(cell.width / sizes[i]!.width).toBeCloseTo(a.scale, 9);
        expect(cell.height / sizes[i]!.height).toBeCloseTo(a.scale, 9);
        expect(cell.x).toBeGreaterThanOrEqual(area.x);
        expect(cell.x + cell.width).toBeLessThanOrEqual(area.x + area.width + 1e-9);
        // The heading's line sits between the area's top and the drawing.
        expect(cell.y - 34).toBeGreaterThanOrEqual(area.y - 1e-9);
        expect(cell.headingY).toBeGreaterThan(cell.y - 34);
        expect(cell.y + cell.height).toBeLessThanOrEqual(area.y + area.height + 1e-9);
        expect(cell.headingY).toBeLessThan(cell.y);
      });
      expect(overlaps(a.cells[0]!, a.cells[1]!)).toBe(false);
    }
  });
});
