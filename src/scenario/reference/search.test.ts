import { describe, expect, it } from 'vitest';

import { referenceEntries } from './entries.ts';
import { entryForWord, searchEntries } from './search.ts';

const ENTRIES = referenceEntries();

describe('searching the reference', () => {
  it('puts the entry a query names first, then the ones that start with it, then the rest in order', () => {
    expect(searchEntries(ENTRIES, 'mmap')[0]?.id).toBe('step:mmap');
    expect(searchEntries(ENTRIES, 'EINVAL')[0]?.id).toBe('errno:EINVAL');
    expect(searchEntries(ENTRIES, 'screens')[0]?.id).toBe('key:vt.screens');
  });

  it('needs every word of the query, in any case, and an empty query gives everything', () => {
    const found = searchEntries(ENTRIES, 'CARD sigbus');
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      const text = JSON.stringify(e).toLowerCase();
      expect(text).toContain('card');
      expect(text).toContain('sigbus');
    }
    expect(searchEntries(ENTRIES, '  ')).toHaveLength(ENTRIES.length);
    expect(searchEntries(ENTRIES, 'no such thing here')).toEqual([]);
  });
});

describe('the entry for a word of a line', () => {
  const place = { procStep: false, deviceType: null, isKey: false };
  it('tells a key by its line and type, a step by its place, an expectation word by expect', () => {
    expect(
      entryForWord(ENTRIES, { ...place, word: 'pages', head: 'device', deviceType: 'kbuf', isKey: true })?.id,
    ).toBe('key:kbuf.pages');
    expect(
      entryForWord(ENTRIES, { ...place, word: 'unmap', head: 'device', deviceType: 'vt', isKey: true })?.id,
    ).toBe('key:unmap');
    expect(entryForWord(ENTRIES, { ...place, word: 'tlb', head: 'machine', isKey: true })?.id).toBe(
      'machine:tlb',
    );
    expect(entryForWord(ENTRIES, { ...place, word: 'read', head: 'p', procStep: true })?.id).toBe(
      'step:read',
    );
    expect(entryForWord(ENTRIES, { ...place, word: 'ram', head: 'expect' })?.id).toBe('expect:ram');
    expect(entryForWord(ENTRIES, { ...place, word: 'SIGBUS', head: 'expect' })?.id).toBe('signal:SIGBUS');
    expect(entryForWord(ENTRIES, { ...place, word: 'irix', head: 'kernel' })?.id).toBe('kernel:irix');
    expect(entryForWord(ENTRIES, { ...place, word: 'switch', head: 'switch' })?.id).toBe('step:switch');
    expect(entryForWord(ENTRIES, { ...place, word: 'scr', head: 'p' })).toBeNull();
  });
});
