import { describe, expect, it } from 'vitest';

import { runsWidth, textWidth, wrapRuns, type Run } from './slideText.ts';

const text = (lines: Run[][]) => lines.map((l) => l.map((r) => r.text).join(''));

describe('slide text', () => {
  it('estimates at least the width DejaVu Sans gives (the widest common sans), bold and mono wider still', () => {
    // As Chromium measures DejaVu Sans at 100 px: "Hamburgefonstiv" 863, bold 977; "WWW" 297; "iii" 83.
    expect(textWidth('Hamburgefonstiv', 100)).toBeGreaterThanOrEqual(863);
    expect(textWidth('Hamburgefonstiv', 100, { bold: true })).toBeGreaterThanOrEqual(977);
    expect(textWidth('WWW', 100)).toBeGreaterThanOrEqual(297);
    expect(textWidth('iii', 100)).toBeGreaterThanOrEqual(83);
    expect(textWidth('iii', 100)).toBeLessThan(textWidth('WWW', 100) / 2);
    // DejaVu Sans Mono: 0.602 em a character ("iiii" 241).
    expect(textWidth('iiii', 100, { mono: true })).toBeGreaterThanOrEqual(241);
    // Past ASCII (⚠, →, accents, other scripts) a character counts as a full em.
    expect(textWidth('⚠→é', 10)).toBeGreaterThanOrEqual(30);
  });

  it('breaks runs at spaces into lines no wider than asked, keeping every word and each run its look', () => {
    const runs: Run[] = [
      { text: 'Card B goes in. ', bold: true },
      { text: 'The mapping made for card A now writes on card B, and nothing can find its PTE.' },
      { text: ' cam: write win "overwrite"', mono: true },
    ];
    const lines = wrapRuns(runs, 24, 400, 99);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(runsWidth(line, 24)).toBeLessThanOrEqual(400);
    expect(text(lines).join(' ')).toBe(runs.map((r) => r.text).join(''));
    expect(lines[0]![0]).toMatchObject({ text: 'Card B goes in. ', bold: true });
    expect(lines[0]![1]?.bold).toBeUndefined();
    expect(lines.at(-1)!.at(-1)).toMatchObject({ mono: true });
    // No line starts or ends with a space: it would shift the line off its margin.
    for (const line of text(lines)) expect(line).toBe(line.trim());
  });

  it('cuts a word longer than a line, and caps the lines with an ellipsis that still fits', () => {
    const long = [{ text: 'x'.repeat(200) }];
    const cut = wrapRuns(long, 20, 300, 99);
    expect(cut.length).toBeGreaterThan(1);
    for (const line of cut) expect(runsWidth(line, 20)).toBeLessThanOrEqual(300);
    expect(text(cut).join('')).toBe('x'.repeat(200));

    const story = [{ text: 'word '.repeat(200) }];
    const capped = wrapRuns(story, 30, 600, 3);
    expect(capped).toHaveLength(3);
    expect(text(capped)[2]!.endsWith('…')).toBe(true);
    expect(text(capped)[2]!.endsWith(' …')).toBe(false);
    for (const line of capped) expect(runsWidth(line, 30)).toBeLessThanOrEqual(600);
  });

  it('leaves a text that fits as one line, and an empty one as none', () => {
    expect(text(wrapRuns([{ text: 'step 9 of 12' }], 28, 1000, 1))).toEqual(['step 9 of 12']);
    expect(wrapRuns([{ text: '   ' }], 28, 1000, 1)).toEqual([]);
  });
});
