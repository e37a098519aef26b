import { describe, expect, it } from 'vitest';

import { MAX_LINK_CHARS } from '../../src/share/link.ts';
import {
  addressWrite,
  followAddress,
  landing,
  leavingDraft,
} from '../../src/store/effects/addressDecisions.ts';
import { createAppStore } from '../../src/store/store.ts';
import type { AppState } from '../../src/store/types.ts';
import { END } from '../../src/store/types.ts';
import { loadedRun } from './fixtures.ts';

/** A page state: fresh, or with a built-in or a text of the user's own on screen and run. */
function page(shows: 'nothing' | 'builtin' | 'text' = 'nothing'): AppState {
  const store = createAppStore();
  if (shows === 'builtin') store.getState().openBuiltin('vt');
  if (shows === 'text') store.getState().openText('process p\n', { kind: 'link', problem: null });
  if (shows !== 'nothing') store.getState().loaded(loadedRun(10));
  return store.getState();
}

const draft = { id: 'd1', text: 'process mine\n' };

describe('followAddress', () => {
  it('opens the default built-in on a fresh page with no draft, and the latest draft when there is one', () => {
    expect(followAddress({ hash: '' }, page()).opening).toMatchObject({
      kind: 'open-builtin',
      id: 'first-touch',
    });
    expect(followAddress({ hash: '#step=2', latest: () => draft }, page()).opening).toEqual({
      kind: 'open-text',
      text: draft.text,
      origin: { kind: 'draft', id: 'd1', reopened: true },
      at: { step: 2, event: null, kernel: null },
    });
  });

  it('reads the recent list only for an address naming no scenario, on a page that opened nothing', () => {
    let reads = 0;
    const latest = () => (reads++, draft);
    followAddress({ hash: '#example=vt', latest }, page());
    followAddress({ hash: '#s=1.abc', latest }, page());
    followAddress({ hash: '#step=1', latest }, page('builtin'));
    expect(reads).toBe(0);
    expect(followAddress({ hash: '', latest }, page()).opening.kind).toBe('open-text');
    expect(reads).toBe(1);
  });

  it('opens the draft this tab left behind its own address before anything the address names', () => {
    const f = followAddress({ hash: '#example=vt', back: draft, latest: () => undefined }, page());
    expect(f.opening).toMatchObject({ kind: 'open-text', origin: { kind: 'draft', id: 'd1' } });
  });

  it('lands within the built-in on screen, and opens another one named', () => {
    expect(followAddress({ hash: '#example=vt&step=4&event=1' }, page('builtin')).opening).toEqual({
      kind: 'land',
      at: { step: 4, event: 1, kernel: null },
    });
    expect(followAddress({ hash: '#example=card' }, page('builtin')).opening).toMatchObject({
      kind: 'open-builtin',
      id: 'card',
    });
  });

  it("decodes a link, unless it is the on-screen text's own link (then it only lands)", () => {
    const s = page('text');
    expect(followAddress({ hash: '#s=1.abc', known: '1.xyz' }, s).opening.kind).toBe('decode');
    expect(followAddress({ hash: '#s=1.abc', known: '1.abc' }, s).opening.kind).toBe('land');
    // Before its first run, the same link opens again.
    expect(followAddress({ hash: '#s=1.abc', known: '1.abc' }, page()).opening.kind).toBe('decode');
  });

  it('says an address over the link limit is too long, and opens nothing', () => {
    const hash = `#s=1.${'a'.repeat(MAX_LINK_CHARS)}`;
    expect(followAddress({ hash }, page()).opening).toEqual({
      kind: 'broken',
      problem: { kind: 'too-long', length: hash.length },
    });
  });

  it('keeps a text of the user own on screen for an address naming no scenario', () => {
    expect(followAddress({ hash: '#step=3', latest: () => draft }, page('text')).opening.kind).toBe('land');
  });

  it('changes only the settings the address changes', () => {
    const s = page('builtin');
    expect(followAddress({ hash: '#example=vt' }, s)).toEqual({ opening: expect.anything() as unknown });
    const f = followAddress({ hash: '#example=vt&mode=predict&compare=irix&theme=dark' }, s);
    expect([f.mode, f.compare, f.theme]).toEqual(['predict', 'irix', 'dark']);
  });
});

describe('landing', () => {
  it('seeks only when the place differs, and sets the kernel only when it differs', () => {
    const s = { ...page('builtin'), step: 3, eventIndex: END };
    expect(landing({ step: 3, event: null, kernel: null }, s)).toEqual({});
    expect(landing({ step: 5, event: 2, kernel: 'irix' }, s)).toEqual({
      kernel: 'irix',
      seek: { step: 5, event: 2 },
    });
  });
});

describe('addressWrite', () => {
  it('writes the address of what is on screen, and leaves an up-to-date one as it is', () => {
    const s = { ...page('builtin'), step: 4 };
    expect(addressWrite(s, { hash: '#example=vt', seen: '#example=vt', known: null })).toEqual({
      kind: 'replace',
      hash: 'example=vt&step=4',
    });
    expect(addressWrite(s, { hash: '#example=vt&step=4', seen: '#example=vt&step=4', known: null })).toEqual({
      kind: 'keep',
    });
  });

  it('never writes over an address someone else set after the app last saw it', () => {
    const s = { ...page('builtin'), step: 4 };
    expect(addressWrite(s, { hash: '#example=card', seen: '#example=vt', known: null })).toEqual({
      kind: 'keep',
    });
  });

  it('asks for the text to be compressed first, and names no scenario when it is too long for a link', () => {
    const s = page('text');
    expect(addressWrite(s, { hash: '', seen: '', known: undefined })).toEqual({ kind: 'encode' });
    expect(addressWrite({ ...s, step: 2 }, { hash: '', seen: '', known: null })).toEqual({
      kind: 'replace',
      hash: 'step=2',
    });
  });

  it("holds a broken link's address until the user edits", () => {
    const s: AppState = {
      ...page('text'),
      alert: { kind: 'link', problem: { kind: 'invalid' }, errors: [], inEditor: true },
    };
    expect(addressWrite(s, { hash: '', seen: '', known: '1.a' })).toEqual({ kind: 'hold' });
    expect(addressWrite({ ...s, edited: true }, { hash: '', seen: '', known: '1.a' }).kind).toBe('replace');
  });
});

describe('leavingDraft', () => {
  it('notes the latest draft when it holds the text on screen and the address does not carry it', () => {
    const s = { ...page('text'), text: draft.text };
    expect(leavingDraft(s, { hash: '#step=1', known: undefined, latest: () => draft })).toBe('d1');
    expect(leavingDraft(s, { hash: '#s=1.a', known: '1.a', latest: () => draft })).toBeNull();
    expect(
      leavingDraft(s, { hash: '#step=1', known: undefined, latest: () => ({ id: 'd2', text: 'other' }) }),
    ).toBeNull();
    expect(leavingDraft(page('builtin'), { hash: '', known: undefined, latest: () => draft })).toBeNull();
  });
});
