import { describe, expect, it } from 'vitest';
import { lexLine, splitLines, toChars } from './lexer.ts';

const lex = (line: string) => lexLine(toChars(line), 1);
const shape = (line: string) => lex(line).tokens.map((t) => [t.kind, t.text, t.col]);

describe('lexLine', () => {
  it('splits a step into tokens with 1-based columns', () => {
    expect(shape('  shell: write scr+16 "hi" # note')).toEqual([
      ['word', 'shell', 3],
      ['punct', ':', 8],
      ['word', 'write', 10],
      ['word', 'scr', 16],
      ['punct', '+', 19],
      ['num', '16', 20],
      ['str', '"hi"', 23],
    ]);
  });

  it('reads numbers with radix and unit', () => {
    const nums = lex('4096 0x1000 4k 2p 1m 0xAbp 007').tokens.map((t) => (t.kind === 'num' ? t.num : null));
    expect(nums).toEqual([
      { value: 4096, unit: '', hex: false },
      { value: 4096, unit: '', hex: true },
      { value: 4, unit: 'k', hex: false },
      { value: 2, unit: 'p', hex: false },
      { value: 1, unit: 'm', hex: false },
      { value: 0xab, unit: 'p', hex: true },
      { value: 7, unit: '', hex: false },
    ]);
  });

  it('refuses numbers of 2^48 and more, bad units and a bare 0x', () => {
    expect(lex('0xFFFFFFFFFFFF').errors).toEqual([]);
    expect(lex('281474976710656').errors[0]?.message).toMatch(/below 2\^48/);
    expect(lex('4kb').errors[0]?.message).toMatch(/bad number "4kb"/);
    expect(lex('0x').errors[0]?.message).toMatch(/bad number "0x"/);
    expect(lex('0X10').errors[0]?.message).toMatch(/bad number/);
  });

  it('unescapes strings and counts their length in characters', () => {
    const t = lex('"a\\"b\\\\c #"').tokens[0];
    expect(t?.kind === 'str' && t.value).toBe('a"b\\c #');
    expect(lex(`"${'𝄞'.repeat(64)}"`).errors).toEqual([]);
    expect(lex(`"${'𝄞'.repeat(65)}"`).errors[0]?.message).toMatch(/at most 64/);
  });

  it('reads paths, arrows and minus signs', () => {
    expect(shape('/dev/tty0->fd end-8')).toEqual([
      ['path', '/dev/tty0', 1],
      ['punct', '->', 10],
      ['word', 'fd', 12],
      ['word', 'end', 15],
      ['punct', '-', 18],
      ['num', '8', 19],
    ]);
  });

  it('reports a character it does not know and goes on', () => {
    const r = lex('a ; b');
    expect(r.errors).toEqual([{ line: 1, col: 3, message: "unexpected character ';'" }]);
    expect(r.tokens.map((t) => t.text)).toEqual(['a', 'b']);
  });
});

describe('splitLines', () => {
  it('splits on \\n, \\r\\n and \\r, without a line after a final newline', () => {
    expect(splitLines('a\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('')).toEqual(['']);
  });
});
