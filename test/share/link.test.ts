import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MAX_TEXT_BYTES } from '../../src/scenario/limits.ts';
import { LIBRARY } from '../../src/scenario/library/index.ts';
import { parseScenario, printScenario, stripPositions } from '../../src/scenario/index.ts';
import { fromBase64url, toBase64url } from '../../src/share/base64url.ts';
import { deflateRaw, inflateRawBounded } from '../../src/share/deflate.ts';
import {
  decodeScenarioLink,
  encodeScenarioLink,
  MAX_LINK_CHARS,
  type LinkProblem,
  type LinkRead,
} from '../../src/share/link.ts';
import { linkProblemText } from '../../src/share/linkProblem.ts';
import { formatHash, parseHash } from '../../src/store/hash.ts';
import { arbScenario } from '../arbitraries.ts';

/** A text's link value; these texts all fit in a link. */
async function encodeLink(text: string): Promise<string> {
  const value = await encodeScenarioLink(text);
  if (value === null) throw new Error('the text does not fit in a link');
  return value;
}

/** Raw deflate with no limit on its output. */
const deflate = async (bytes: Uint8Array) => (await deflateRaw(bytes))!;

const bytesOf = (text: string) => new TextEncoder().encode(text);
/** What UTF-8 can carry of a string (a lone surrogate becomes U+FFFD); the codec promises no more. */
const wellFormed = (text: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytesOf(text));

function problemOf(read: LinkRead): LinkProblem {
  if (read.ok) throw new Error('the link decoded');
  return read.problem;
}

describe('base64url', () => {
  it('round-trips any bytes, with no padding and only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the alphabet and impossible lengths, and accepts padding', () => {
    expect(fromBase64url('ab+c')).toBeNull();
    expect(fromBase64url('ab/c')).toBeNull();
    expect(fromBase64url('abcde')).toBeNull();
    expect(fromBase64url('ab c')).toBeNull();
    expect(fromBase64url('YQ==')).toEqual(Uint8Array.from([97]));
  });
});

describe('the scenario link codec', () => {
  it('round-trips random scenarios through their printed text', async () => {
    await fc.assert(
      fc.asyncProperty(arbScenario({ maxSteps: 30 }), async (scenario) => {
        const text = printScenario(scenario);
        const value = await encodeLink(text);
        expect(value).toMatch(/^1\.[A-Za-z0-9_-]+$/);
        const read = await decodeScenarioLink(value);
        expect(read).toEqual({ ok: true, text });
        const parsed = parseScenario(read.ok ? read.text : '');
        expect(parsed.ok && stripPositions(parsed.scenario)).toEqual(stripPositions(scenario));
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips random strings, whatever their characters', async () => {
    const strings = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.string({ unit: 'binary-ascii', maxLength: 2000 }),
      fc.string({ maxLength: 50 }).map((s) => `\uFEFF${s}`),
    );
    await fc.assert(
      fc.asyncProperty(strings, async (text) => {
        expect(await decodeScenarioLink(await encodeLink(text))).toEqual({ ok: true, text });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a character whose surrogate pair straddles a compression slice', async () => {
    const text = `${'a'.repeat(64 * 1024 - 1)}\u{1F600}${'b'.repeat(10)}`;
    expect(await decodeScenarioLink(await encodeLink(text))).toEqual({ ok: true, text });
  });

  it('carries a lone surrogate as UTF-8 does, as U+FFFD', async () => {
    const text = 'title "a\uD800b"';
    expect(await decodeScenarioLink(await encodeLink(text))).toEqual({
      ok: true,
      text: wellFormed(text),
    });
  });

  it('keeps every built-in link under 2,000 characters, place and settings included', async () => {
    const base = 'https://teaching.example.org/courses/operating-systems/pagerlab/';
    for (const b of LIBRARY) {
      const hash = formatHash({
        ...parseHash(''),
        s: await encodeLink(b.text),
        step: 22,
        event: 12,
        kernel: 'netbsd',
        theme: 'dark',
        mode: 'walkthrough',
        compare: 'irix',
      });
      const link = `${base}#${hash}`;
      expect(link.length, b.id).toBeLessThan(2000);
    }
  });

  it('says a text does not fit rather than make a link over 32 KB', async () => {
    let noise = '';
    for (let i = 1; noise.length < 4_000_000; i++) noise += `# ${((i * 2654435761) >>> 0).toString(36)}\n`;
    expect(await encodeScenarioLink(noise)).toBeNull();
    expect(await deflateRaw(bytesOf(noise), 24 * 1024)).toBeNull();
    const fits = await encodeScenarioLink('title "t"\n'.repeat(20_000));
    expect(fits !== null && fits.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect(await encodeScenarioLink('title "t"\n'.repeat(20_000), 100)).toBeNull();
  });

  it('compresses: a built-in text takes well under its own length in a link', async () => {
    for (const b of LIBRARY) {
      const value = await encodeLink(b.text);
      expect(value.length, b.id).toBeLessThan(b.text.length * 0.85);
    }
  });
});

describe('broken links', () => {
  const text = LIBRARY[1]!.text;

  it('refuses a link over 32 KB before reading it', async () => {
    const long = `1.${'A'.repeat(MAX_LINK_CHARS)}`;
    expect(problemOf(await decodeScenarioLink(long))).toEqual({ kind: 'too-long', length: long.length });
  });

  it('says when the data is not base64url, and recovers the text before a mangled end', async () => {
    const value = await encodeLink(text);
    expect(await decodeScenarioLink('1.@@@')).toEqual({
      ok: false,
      problem: { kind: 'bad-base64' },
      recovered: null,
    });
    // A chat tool glued the closing parenthesis of a sentence to the link.
    expect(await decodeScenarioLink(`${value})`)).toEqual({
      ok: false,
      problem: { kind: 'bad-base64' },
      recovered: text,
    });
  });

  it('says when the data does not decompress, and recovers the beginning of a link cut short', async () => {
    const value = await encodeLink(text);
    const cut = await decodeScenarioLink(value.slice(0, Math.floor(value.length / 2)));
    expect(problemOf(cut)).toEqual({ kind: 'bad-compression' });
    const recovered = cut.ok ? '' : (cut.recovered ?? '');
    expect(recovered.length).toBeGreaterThan(100);
    expect(text.startsWith(recovered)).toBe(true);
    // Not deflate at all (a stored block with a wrong length check): nothing to recover.
    expect(
      await decodeScenarioLink(`1.${toBase64url(Uint8Array.from([0x00, 0x05, 0x00, 0x12, 0x34]))}`),
    ).toEqual({
      ok: false,
      problem: { kind: 'bad-compression' },
      recovered: null,
    });
    expect(problemOf(await decodeScenarioLink('1.'))).toEqual({ kind: 'bad-compression' });
  });

  it('says when the data decompresses to bytes that are not UTF-8 text', async () => {
    const value = `1.${toBase64url(await deflate(Uint8Array.from([0x74, 0xff, 0xfe, 0x80])))}`;
    expect(problemOf(await decodeScenarioLink(value))).toEqual({ kind: 'not-text' });
  });

  it('stops a zip bomb at the size limit without inflating it', async () => {
    const bomb = await deflate(new Uint8Array(24 * 1024 * 1024).fill(0x20));
    const value = `1.${toBase64url(bomb)}`;
    expect(value.length).toBeLessThan(MAX_LINK_CHARS);
    expect(problemOf(await decodeScenarioLink(value))).toEqual({ kind: 'too-large' });
    const inflated = await inflateRawBounded(bomb, MAX_TEXT_BYTES);
    expect(inflated.kind).toBe('too-large');
    // Fed 1 KB at a time, the output overshoots the limit by about one piece's worth, not by 20 MB.
    expect(inflated.kind === 'too-large' && inflated.seen).toBeLessThan(MAX_TEXT_BYTES + 2 * 1024 * 1024);
  });

  it('accepts a text exactly at the size limit', async () => {
    const packed = await deflate(new Uint8Array(MAX_TEXT_BYTES).fill(0x61));
    const read = await decodeScenarioLink(`1.${toBase64url(packed)}`);
    expect(read.ok && read.text.length).toBe(MAX_TEXT_BYTES);
  });

  it('dispatches on the version: a newer one is named as such, anything else is unknown', async () => {
    expect(problemOf(await decodeScenarioLink('2.jZRBi9sw'))).toEqual({
      kind: 'unknown-version',
      version: '2',
      newer: true,
    });
    for (const [value, version] of [
      ['0.AwA', '0'],
      ['01.AwA', '01'],
      ['v1.AwA', 'v1'],
      ['AwA', 'AwA'],
      ['<script>alert(1)</script>.AwA', '<script>aler…'],
    ] as const)
      expect(problemOf(await decodeScenarioLink(value)), value).toEqual({
        kind: 'unknown-version',
        version,
        newer: false,
      });
  });

  it('words every problem, and says a newer pagerlab made a future link', () => {
    const problems: LinkProblem[] = [
      { kind: 'too-long', length: 40_000 },
      { kind: 'bad-base64' },
      { kind: 'bad-compression' },
      { kind: 'not-text' },
      { kind: 'too-large' },
      { kind: 'unknown-version', version: '3', newer: true },
      { kind: 'unknown-version', version: 'x', newer: false },
      { kind: 'invalid' },
    ];
    const texts = problems.map(linkProblemText);
    expect(new Set(texts).size).toBe(problems.length);
    expect(texts[0]).toContain('40 KB');
    expect(texts[0]).toContain('32 KB');
    expect(texts[5]).toContain('made by a newer pagerlab');
    expect(texts[6]).toContain('"x"');
  });
});
