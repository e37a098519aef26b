/**
 * Inputs built to hurt (issue 19): floods of errors, huge tokens, invisible characters, lines of
 * repeated keys. Each must give a short, capped list of errors, found in time linear in the text
 * (the sizes here are the issue's, or a tenth of them where the full size only costs test time).
 */

import { describe, expect, it } from 'vitest';
import { badEscapes, badLines, repeatedMachineKeys } from '../../bench/worstCases.ts';
import { MAX_ERRORS } from './diagnostic.ts';
import { parseScenario, type Diagnostic } from './index.ts';

function errorsOf(text: string): Diagnostic[] {
  const r = parseScenario(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

/** The count a capped list says it left out. */
function more(errors: Diagnostic[]): number {
  const m = /^and ([\d,]+) more errors \(only the first 100 are listed\)$/.exec(errors.at(-1)?.message ?? '');
  return m ? Number(m[1]!.replace(/,/g, '')) : 0;
}

describe('a flood of errors', () => {
  it('200,000 bad lines: the first 100, then how many more, placed at the first left out', () => {
    const errors = errorsOf(badLines(200_000));
    expect(errors.length).toBe(MAX_ERRORS + 1);
    expect(errors[99]).toMatchObject({ line: 100, col: 1 });
    expect(errors[100]).toMatchObject({ line: 101, col: 1 });
    expect(more(errors)).toBe(199_900);
  });

  it('a title of 200,000 bad escapes: the lexer stops listing them, and counts them all', () => {
    const errors = errorsOf(badEscapes(200_000));
    expect(errors.length).toBe(MAX_ERRORS + 1);
    // Every escape, and the string's length past 64 characters.
    expect(MAX_ERRORS + more(errors)).toBe(200_001);
  });

  it('machine x=1 80,000 times: capped, each bad key recovered from without a search from the line start', () => {
    const errors = errorsOf(repeatedMachineKeys(80_000, 'x=1'));
    expect(errors[0]!.message).toMatch(/^unknown machine key "x"/);
    expect(errors.length).toBe(MAX_ERRORS + 1);
    expect(more(errors)).toBe(80_000 - MAX_ERRORS);
  });

  it('a 320 KB line of repeated machine keys: one error per repeat, capped', () => {
    const errors = errorsOf(repeatedMachineKeys(53_333, 'ram=1'));
    expect(errors[0]!.message).toBe('ram is given twice');
    expect(more(errors) + MAX_ERRORS).toBe(53_332);
  });

  it('a file with fewer errors than the cap lists them all, with no count line', () => {
    const errors = errorsOf(badLines(MAX_ERRORS));
    expect(errors.length).toBe(MAX_ERRORS);
    expect(more(errors)).toBe(0);
  });
});

describe('what a message quotes', () => {
  it.each([
    ['a bad number', `machine ram=1${'z'.repeat(1_000_000)}`, /^bad number "1z{39}\.\.\.": expected/],
    ['a number too large', `machine ram=${'9'.repeat(1_000_000)}`, /^number "9{40}\.\.\." is too large/],
    ['an unknown key', `machine ${'k'.repeat(1_000_000)}=1`, /^unknown machine key "k{40}\.\.\."/],
    [
      'a missing colon',
      `${'p'.repeat(1_000_000)} read 0`,
      /^expected ":" after the process name "p{40}\.\.\."/,
    ],
  ])('%s of a million characters is cut to 40 of them', (_, text, message) => {
    const [first] = errorsOf(text);
    expect(first!.message).toMatch(message);
    expect(first!.message.length).toBeLessThan(300);
  });

  it.each([
    ['U+FEFF', '\uFEFF'],
    ['U+2028', '\u2028'],
    ['U+200B', '\u200B'],
    ['U+202E', '\u202E'],
    ['U+0301', '\u0301'],
    ['U+E000', '\uE000'],
  ])('names an invisible character by its code point: %s', (code, ch) => {
    const [first] = errorsOf(`process p\np: read 0 ${ch}\n`);
    expect(first).toMatchObject({ line: 2, col: 11, message: `unexpected character ${code}` });
  });

  it('a visible character is quoted as itself', () => {
    expect(errorsOf('process p\np: read 0 ?\n')[0]!.message).toBe("unexpected character '?'");
  });
});
