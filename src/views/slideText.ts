/**
 * Text on a slide: SVG does not wrap, and a slide file is laid out before any font renders it (in another
 * program, on another machine), so widths are estimated and lines broken here. The estimate errs wide: a
 * line that fits by it fits in the fonts a slide meets, so nothing runs off the slide.
 */

/** What colour a run takes from the theme: the composition maps tones to colours. */
export type Tone = 'ink' | 'muted' | 'warm' | 'violation';

/** A stretch of text in one look. */
export interface Run {
  text: string;
  tone?: Tone;
  bold?: boolean;
  mono?: boolean;
}

/**
 * Advance widths of printable ASCII (space to `~`) in em, from DejaVu Sans, the widest of the common sans
 * fonts (system-ui on Linux; San Francisco, Segoe UI and Roboto are narrower), rounded up.
 */
const SANS = [
  0.32, 0.4, 0.46, 0.84, 0.64, 0.95, 0.78, 0.28, 0.39, 0.39, 0.5, 0.84, 0.32, 0.37, 0.32, 0.34, 0.64, 0.64,
  0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.34, 0.34, 0.84, 0.84, 0.84, 0.54, 1.0, 0.69, 0.69, 0.7,
  0.77, 0.64, 0.58, 0.78, 0.76, 0.3, 0.3, 0.66, 0.56, 0.87, 0.75, 0.79, 0.61, 0.79, 0.7, 0.64, 0.62, 0.74,
  0.69, 0.99, 0.69, 0.62, 0.69, 0.39, 0.34, 0.39, 0.84, 0.5, 0.5, 0.62, 0.64, 0.55, 0.64, 0.62, 0.36, 0.64,
  0.64, 0.28, 0.28, 0.58, 0.28, 0.98, 0.64, 0.62, 0.64, 0.64, 0.42, 0.53, 0.4, 0.64, 0.6, 0.82, 0.6, 0.6,
  0.53, 0.64, 0.34, 0.64, 0.84,
];
/** Anything past ASCII (⚠, →, accents, other scripts, a fallback font's glyph): a full em. */
const WIDE = 1.0;
/** DejaVu Sans Mono is 0.602 em a character; other monospace fonts are 0.6 or less. */
const MONO = 0.62;
/** Bold DejaVu Sans is 13% wider than its regular face. */
const BOLD = 1.14;
/** A margin on top, for kerning-free renderers and fonts wider than the table's. */
const SLACK = 1.04;

function charEm(code: number, mono: boolean): number {
  if (code < 0x20 || code > 0x7e) return WIDE;
  return mono ? MONO : SANS[code - 0x20]!;
}

/** The estimated width of `text` at `size` px, never less than it renders in the usual fonts. */
export function textWidth(text: string, size: number, look: { bold?: boolean; mono?: boolean } = {}): number {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0)!, look.mono === true);
  return em * size * SLACK * (look.bold ? BOLD : 1);
}

export function runsWidth(runs: readonly Run[], size: number): number {
  return runs.reduce((w, r) => w + textWidth(r.text, size, r), 0);
}

const ELLIPSIS = '…';

/** Adjacent pieces in the same look joined, and empty ones dropped: fewer tspans, same text. */
function merged(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.tone === r.tone && last.bold === r.bold && last.mono === r.mono)
      out[out.length - 1] = { ...last, text: last.text + r.text };
    else out.push({ ...r });
  }
  return out;
}

/** The line without the spaces at its end: they take no room where a line breaks. */
function trimEnd(line: readonly Run[]): Run[] {
  const out = merged(line);
  for (let last = out.at(-1); last; last = out.at(-1)) {
    last.text = last.text.trimEnd();
    if (last.text !== '') break;
    out.pop();
  }
  return out;
}

/** `line` cut short enough that an ellipsis after it still fits in `width`. */
function withEllipsis(line: readonly Run[], size: number, width: number): Run[] {
  let out = trimEnd(line);
  for (;;) {
    const last = out.at(-1);
    const candidate = merged([...out, { ...last, text: ELLIPSIS }]);
    if (!last || runsWidth(candidate, size) <= width) return candidate;
    const chars = [...last.text];
    chars.pop();
    out = trimEnd([...out.slice(0, -1), { ...last, text: chars.join('') }]);
  }
}

/**
 * `runs` broken into lines no wider than `width` at `size` px: at spaces, or inside a word too long for a
 * line of its own. Past `maxLines`, the last line kept ends in an ellipsis.
 */
export function wrapRuns(runs: readonly Run[], size: number, width: number, maxLines: number): Run[][] {
  const lines: Run[][] = [];
  let line: Run[] = [];
  let used = 0;
  const breakLine = () => {
    lines.push(trimEnd(line));
    line = [];
    used = 0;
  };
  for (const run of runs) {
    // Words keep the spaces after them; a space at the end of a line takes no room (trimmed).
    for (const word of run.text.match(/\s*\S+\s*|\s+/g) ?? []) {
      let piece = line.length === 0 ? word.trimStart() : word;
      const fits = (text: string) => used + textWidth(text.trimEnd(), size, run) <= width;
      if (!fits(piece) && line.length > 0) {
        breakLine();
        piece = piece.trimStart();
      }
      // A word longer than a whole line: as many characters as fit, then the next line.
      while (!fits(piece) && piece.trim() !== '') {
        const chars = [...piece];
        let n = 1;
        while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n++;
        line.push({ ...run, text: chars.slice(0, n).join('') });
        breakLine();
        piece = chars.slice(n).join('').trimStart();
      }
      if (piece === '') continue;
      line.push({ ...run, text: piece });
      used += textWidth(piece, size, run);
    }
  }
  if (line.length > 0) breakLine();
  const kept = lines.filter((l) => l.length > 0);
  if (kept.length <= maxLines) return kept;
  const shown = kept.slice(0, maxLines);
  shown[maxLines - 1] = withEllipsis(shown[maxLines - 1]!, size, width);
  return shown;
}
