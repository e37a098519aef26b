import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../../test/arbitraries.ts';
import { parseScenario, printScenario, type ParseResult } from './index.ts';

/** Never throws, never hits the internal-error net, and reports errors sorted at real places. */
function wellBehaved(text: string): ParseResult {
  const r = parseScenario(text);
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(e.message).not.toMatch(/internal error/);
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.col).toBeGreaterThanOrEqual(1);
    }
    const sorted = [...r.errors].sort((a, b) => a.line - b.line || a.col - b.col);
    expect(r.errors).toEqual(sorted);
  }
  return r;
}

// Pieces of the language, so that random text often gets past the lexer and into the parser and checker.
const WORDS = [
  'title',
  'kernel',
  'machine',
  'device',
  'process',
  'switch',
  'eject',
  'insert',
  'unload',
  'expect',
  'open',
  'close',
  'mmap',
  'munmap',
  'mprotect',
  'read',
  'write',
  'fork',
  'exit',
  'linux',
  'irix',
  'freebsd',
  'netbsd_fo',
  'linux_2_0',
  'vt',
  'card',
  'pseudo',
  'kbuf',
  'regs',
  'clone',
  'screens=',
  'fb=',
  'pages=',
  'card=',
  'regions=',
  'alias=',
  'alloc=',
  'holes=',
  'at=',
  'size=',
  'pager=',
  'cloning=',
  'usecount=',
  'device',
  'unmap=no',
  'pagesize=',
  'ram=',
  'levels=',
  'tlb=',
  'p:',
  'q:',
  '->',
  'fd',
  'm',
  'm+4',
  'm-1p',
  '/dev/t0',
  '/dev/c',
  'prot=rw',
  'off=',
  'shared',
  'private',
  'none',
  'r',
  'rw',
  'EINVAL',
  'SIGBUS',
  'fault',
  'ok',
  'value',
  'violation',
  'users',
  'vt-foreground',
  'page',
  '0',
  '1',
  '2p',
  '0x1000',
  '4k',
  '99999999999999999',
  '"x"',
  '"a\\"b"',
  '"',
  '#',
  '>',
  ':',
  '=',
  ',',
  '@',
  '+',
  '-',
  'a:1@0',
  '\t',
  '\n',
  ' ',
];
const soup = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((ws) => ws.join(' '));
const header = 'device t vt\ndevice c card\ndevice k kbuf\nprocess p\nprocess q\n';

describe('fuzz: any text gives a result, never an exception', () => {
  it('random unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void wellBehaved(s)),
      { numRuns: 500 },
    );
  });

  it('random words of the language', () => {
    fc.assert(
      fc.property(soup, (s) => void wellBehaved(s)),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(soup, (s) => void wellBehaved(header + s)),
      { numRuns: 1000 },
    );
  });

  it('lines of a valid scenario, mutated', () => {
    const mutation = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('delete', 'insert', 'swap', 'dup'),
      ch: fc.constantFrom(...WORDS, ...'"\\#>:=,@+-x0 '),
    });
    fc.assert(
      fc.property(
        arbScenario({ maxSteps: 20 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (s, muts) => {
          let text = printScenario(s);
          for (const m of muts) {
            const i = text.length === 0 ? 0 : m.at % text.length;
            if (m.kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
            else if (m.kind === 'insert') text = text.slice(0, i) + m.ch + text.slice(i);
            else {
              const lines = text.split('\n');
              const j = lines.length === 0 ? 0 : m.at % lines.length;
              if (m.kind === 'dup') lines.splice(j, 0, lines[j] ?? '');
              else lines.splice(j, 2, lines[j + 1] ?? '', lines[j] ?? '');
              text = lines.join('\n');
            }
          }
          wellBehaved(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('hostile shapes', () => {
    for (const text of [
      '',
      '\n\n\n',
      '\r\r\r',
      '\uFEFFtitle "bom"',
      '\uD800',
      'title "\uD800"',
      `process ${'a'.repeat(100_000)}`,
      `title "${'\\'.repeat(10_000)}`,
      `device d pseudo regions=${Array.from({ length: 20_000 }, (_, i) => `r${i}:1@${i}p`).join(',')}`,
      `device d kbuf pages=65536 holes=${Array.from({ length: 20_000 }, (_, i) => i).join(',')}`,
      `machine ram=${'9'.repeat(5000)}`,
      `process p\np: read ${'m+'.repeat(10_000)}1`,
      `${'>'.repeat(100_000)}`,
      'expect ok\n'.repeat(1000),
    ]) {
      wellBehaved(text);
    }
  });
});
