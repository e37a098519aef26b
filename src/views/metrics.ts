/**
 * The drawing's type: one size for every word in it, set in a monospace face, so that a line's width is
 * its length times one advance and the layout can size each box to what it holds without measuring text
 * in the page (the layout stays a pure function, tested in Node). One size also makes legibility one
 * number: the drawing's zoom times FONT is the smallest text on screen (useZoom keeps it readable).
 */

/** Every text of the drawing, in drawing units (the column titles are a little larger). */
export const FONT = 13;
export const TITLE_FONT = 14;
/** Baseline to baseline. A text's box is about 1.17 em tall in DejaVu Sans Mono: lines never touch. */
export const LINE = 17;
/**
 * One glyph's advance, in ems. DejaVu Sans Mono (Debian's monospace) and Menlo advance 0.602, Consolas
 * 0.55, SF Mono 0.6: a little more than the widest keeps every line inside its box.
 */
export const ADVANCE = 0.61;
/** Room between a box's edge and its words. */
export const PAD = 7;

/** How wide `chars` glyphs are at `font`. */
export function textWidth(chars: number, font = FONT): number {
  return chars * ADVANCE * font;
}

/** How many glyphs fit in `width` (a box's inner width, padding already taken off). */
export function charsIn(width: number, font = FONT): number {
  return Math.max(1, Math.floor(width / (ADVANCE * font)));
}

/** `text` in at most `chars` glyphs: cut with an ellipsis when longer (code points, not UTF-16 units). */
export function clip(text: string, chars: number): string {
  const glyphs = Array.from(text);
  if (glyphs.length <= chars) return text;
  return chars <= 1 ? '…' : glyphs.slice(0, chars - 1).join('') + '…';
}

/** The glyph count of a line (what its width is made of). */
export function glyphs(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * `text` broken into lines of at most `chars` glyphs, at spaces where it can (a word longer than a line
 * is cut), and at most `max` lines (the last one ends with an ellipsis when there was more).
 */
export function wrap(text: string, chars: number, max = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (glyphs(next) <= chars) line = next;
    else {
      if (line !== '') lines.push(line);
      line = glyphs(word) <= chars ? word : clip(word, chars);
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = clip(`${kept[max - 1]!} …`, chars);
  return kept;
}
