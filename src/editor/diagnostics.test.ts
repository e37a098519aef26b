import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import { errorOffset, toDiagnostics } from './diagnostics.ts';

const doc = Text.of(['title "x"', 'shell: write scr+16 "hi"', '', 'expect fault']);
const lineStart = (n: number) => doc.line(n).from;

describe('parser errors as editor diagnostics', () => {
  it('puts line and column (both from 1) at the matching document offset', () => {
    expect(errorOffset(doc, 1, 1)).toBe(0);
    expect(errorOffset(doc, 2, 1)).toBe(lineStart(2));
    expect(errorOffset(doc, 2, 8)).toBe(lineStart(2) + 7);
    expect(doc.sliceString(errorOffset(doc, 2, 8), errorOffset(doc, 2, 13))).toBe('write');
    expect(errorOffset(doc, 4, 8)).toBe(lineStart(4) + 7);
  });

  it('counts columns in characters, so an astral character before the error is one column', () => {
    const astral = Text.of(['title "😀😀" oops']);
    const at = errorOffset(astral, 1, 12);
    expect(astral.sliceString(at, at + 4)).toBe('oops');
  });

  it('clamps a column past the end of its line to the line end', () => {
    expect(errorOffset(doc, 1, 999)).toBe(doc.line(1).to);
    expect(errorOffset(doc, 3, 5)).toBe(lineStart(3));
  });

  it('clamps lines past the end to the end of the document, and nonsense to the start', () => {
    expect(errorOffset(doc, 5, 1)).toBe(doc.length);
    expect(errorOffset(doc, 10_000, 3)).toBe(doc.length);
    expect(errorOffset(doc, 0, 4)).toBe(0);
    expect(errorOffset(doc, -3, 4)).toBe(0);
    expect(errorOffset(doc, Number.NaN, 1)).toBe(0);
    expect(errorOffset(doc, 2, 0)).toBe(lineStart(2));
    expect(errorOffset(Text.empty, 1, 1)).toBe(0);
  });

  it('underlines the word at the error, with the message, as an error', () => {
    const [d] = toDiagnostics(doc, [{ line: 2, col: 8, message: 'unknown op "write"' }]);
    expect(d).toMatchObject({ severity: 'error', message: 'unknown op "write"' });
    expect(doc.sliceString(d!.from, d!.to)).toBe('write');
  });

  it('marks a point where there is no word (a space, an empty line, past the end)', () => {
    const ds = toDiagnostics(doc, [
      { line: 2, col: 7, message: 'a' },
      { line: 3, col: 1, message: 'b' },
      { line: 99, col: 1, message: 'c' },
    ]);
    expect(ds.map((d) => d.to - d.from)).toEqual([0, 0, 0]);
    expect(ds.map((d) => d.from)).toEqual([lineStart(2) + 6, lineStart(3), doc.length]);
  });

  it('keeps every error, in order, and none for no errors', () => {
    expect(toDiagnostics(doc, [])).toEqual([]);
    const ds = toDiagnostics(doc, [
      { line: 4, col: 1, message: 'second' },
      { line: 1, col: 1, message: 'first' },
    ]);
    expect(ds.map((d) => d.message)).toEqual(['second', 'first']);
  });

  it('stays fast on a large document with many errors', () => {
    const big = Text.of(Array.from({ length: 200_000 }, (_, i) => `p: write x+${i} "${'v'.repeat(10)}"`));
    const errors = Array.from({ length: 5_000 }, (_, i) => ({ line: i * 40 + 1, col: 10, message: 'e' }));
    const t0 = performance.now();
    const ds = toDiagnostics(big, errors);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(big.sliceString(ds[1]!.from, ds[1]!.to)).toBe('x+40');
  });
});
