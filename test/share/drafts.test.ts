import { describe, expect, it } from 'vitest';

import {
  DRAFT_MAX_CHARS,
  RECENT_MAX,
  RecentStore,
  titleOf,
  type RecentEntry,
} from '../../src/share/drafts.ts';

/** A Storage over a Map, with an optional quota in characters, as browsers count it. */
function memoryStorage(quota = Number.POSITIVE_INFINITY) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

const entry = (id: string, kind: RecentEntry['kind'], text: string, time: number): RecentEntry => ({
  id,
  kind,
  title: titleOf(text),
  text,
  time,
});

describe('the recent list', () => {
  it('keeps the newest first, one entry per id', () => {
    const recent = new RecentStore(memoryStorage());
    expect(recent.save(entry('a', 'draft', 'title "A"\n', 1))).toBe('saved');
    expect(recent.save(entry('b', 'link', 'title "B"\n', 2))).toBe('saved');
    expect(recent.save(entry('a', 'draft', 'title "A2"\n', 3))).toBe('saved');
    expect(recent.list().map((e) => [e.id, e.title])).toEqual([
      ['a', 'A2'],
      ['b', 'B'],
    ]);
    expect(recent.latestDraft()?.id).toBe('a');
    expect(recent.get('b')?.text).toBe('title "B"\n');
  });

  it(`holds ${RECENT_MAX} entries, dropping links before drafts`, () => {
    const recent = new RecentStore(memoryStorage());
    recent.save(entry('draft-0', 'draft', 'draft 0', 0));
    for (let i = 1; i <= RECENT_MAX + 3; i++) recent.save(entry(`link-${i}`, 'link', `link ${i}`, i));
    const list = recent.list();
    expect(list).toHaveLength(RECENT_MAX);
    expect(list.map((e) => e.id)).toContain('draft-0');
    expect(list[0]!.id).toBe(`link-${RECENT_MAX + 3}`);
  });

  it('lets a draft replace a link with its text, and a link only move an entry with its text up', () => {
    const recent = new RecentStore(memoryStorage());
    recent.save(entry('l', 'link', 'same', 1));
    recent.save(entry('other', 'draft', 'other', 2));
    recent.save(entry('d', 'draft', 'same', 3));
    expect(recent.list().map((e) => e.id)).toEqual(['d', 'other']);
    recent.save(entry('l2', 'link', 'same', 4));
    expect(recent.list().map((e) => [e.id, e.kind, e.time])).toEqual([
      ['d', 'draft', 4],
      ['other', 'draft', 2],
    ]);
  });

  it('does not keep a text over the limit, and survives a full or missing storage', () => {
    const recent = new RecentStore(memoryStorage());
    expect(recent.save(entry('big', 'draft', 'x'.repeat(DRAFT_MAX_CHARS + 1), 1))).toBe('too-large');
    expect(recent.list()).toEqual([]);
    expect(new RecentStore(null).save(entry('a', 'draft', 'a', 1))).toBe('no-storage');
    expect(new RecentStore(null).list()).toEqual([]);
    // A storage with room for about two entries: older ones go so the newest fits.
    const small = new RecentStore(memoryStorage(2_500));
    for (let i = 0; i < 5; i++)
      expect(small.save(entry(`d${i}`, 'draft', `${i}`.repeat(1000), i))).toBe('saved');
    expect(small.list()[0]!.id).toBe('d4');
    expect(small.list().length).toBeLessThan(3);
    expect(new RecentStore(memoryStorage(10)).save(entry('a', 'draft', 'a'.repeat(100), 1))).toBe('full');
  });

  it('reads damaged storage as an empty list, and skips entries that are not well-formed', () => {
    const storage = memoryStorage();
    const recent = new RecentStore(storage);
    storage.map.set('pagerlab.recent.v1', '{not json');
    expect(recent.list()).toEqual([]);
    storage.map.set(
      'pagerlab.recent.v1',
      JSON.stringify([
        { id: 1 },
        entry('ok', 'draft', 'fine', 5),
        { ...entry('k', 'draft', 'x', 1), kind: 'evil' },
      ]),
    );
    expect(recent.list().map((e) => e.id)).toEqual(['ok']);
    const throwing = new RecentStore({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {},
    });
    expect(throwing.list()).toEqual([]);
  });

  it('titles an entry by its title line, else its first line that says something', () => {
    expect(titleOf('# note\ntitle "Two terminals"\nkernel linux\n')).toBe('Two terminals');
    expect(titleOf('\n# a comment\nmachine ram=32\n')).toBe('machine ram=32');
    expect(titleOf('  \n')).toBe('Untitled scenario');
  });
});
