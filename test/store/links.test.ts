import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { findBuiltin } from '../../src/scenario/library/index.ts';
import { DRAFT_MAX_CHARS, RecentStore } from '../../src/share/drafts.ts';
import { encodeScenarioLink } from '../../src/share/link.ts';
import {
  ADDRESS_ENCODE_DEBOUNCE_MS,
  ADDRESS_THROTTLE_MS,
  connectAddress,
  linkAddress,
} from '../../src/store/effects/address.ts';
import { connectDrafts, DRAFT_DEBOUNCE_MS, draftAfterOpening } from '../../src/store/effects/draftSync.ts';
import { parseHash } from '../../src/store/hash.ts';
import { createAppStore } from '../../src/store/store.ts';
import { END } from '../../src/store/types.ts';
import { frameOf, loadedRun } from './fixtures.ts';

/** A text's link value; these texts all fit in a link. */
async function encodeLink(text: string): Promise<string> {
  const value = await encodeScenarioLink(text);
  if (value === null) throw new Error('the text does not fit in a link');
  return value;
}

const firstTouch = findBuiltin('first-touch')!.text;
const errors = [{ line: 2, col: 1, message: 'unknown statement "nonsense"' }];

function fakeWindow(hash: string) {
  const listeners: Array<() => void> = [];
  const hide: Array<() => void> = [];
  const replaced: string[] = [];
  const win = {
    location: { hash },
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => {
        replaced.push(url);
        win.location.hash = url;
      },
    },
    addEventListener: (type: string, f: () => void) => {
      if (type === 'hashchange') listeners.push(f);
      if (type === 'pagehide') hide.push(f);
    },
    removeEventListener: () => {},
  };
  const leave = () => hide.forEach((f) => f());
  const navigate = (h: string) => {
    win.location.hash = h;
    listeners.forEach((f) => f());
  };
  return { win: win as unknown as Window, replaced, navigate, leave };
}

function memoryRecent() {
  const map = new Map<string, string>();
  return new RecentStore({ getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) });
}

function memorySession() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

beforeEach(() => {
  // Only the app's timers are faked: compression runs on Node's own machinery.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('links in the address', () => {
  it("opens a link's text at its step, event and kernel, and writes the same value back", async () => {
    const value = await encodeLink(firstTouch);
    const store = createAppStore();
    const { win, replaced } = fakeWindow(`#s=${value}&step=3&event=2&kernel=netbsd`);
    connectAddress(store, win);
    await vi.waitFor(() =>
      expect(store.getState().wanted?.source).toEqual({ kind: 'text', text: firstTouch }),
    );
    const s = store.getState();
    expect(s.wanted?.kernel).toBe('netbsd');
    expect(s.wanted?.origin).toEqual({ kind: 'link', problem: null });
    expect([s.builtinId, s.text, s.step, s.eventIndex, s.kernelOverride]).toEqual([
      null,
      firstTouch,
      3,
      2,
      'netbsd',
    ]);
    s.loaded(loadedRun(10));
    s.frameArrived(frameOf(3, 5), 1);
    expect(await linkAddress(store.getState())).toBe(`s=${value}&step=3&event=2&kernel=netbsd`);
    store.getState().seek(5);
    await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS);
    expect(replaced).toEqual([`#s=${value}&step=5&kernel=netbsd`]);
  });

  it('moves within the same link without running it again', async () => {
    const value = await encodeLink(firstTouch);
    const store = createAppStore();
    const { win, navigate } = fakeWindow(`#s=${value}`);
    connectAddress(store, win);
    await vi.waitFor(() => expect(store.getState().wanted).not.toBeNull());
    store.getState().loaded(loadedRun(10));
    const wanted = store.getState().wanted;
    navigate(`#s=${value}&step=6&event=1`);
    expect(store.getState().wanted).toBe(wanted);
    expect([store.getState().step, store.getState().eventIndex]).toEqual([6, 1]);
  });

  it('shows a link whose text does not parse with its errors, as a link problem', async () => {
    const store = createAppStore();
    const { win } = fakeWindow(`#s=${await encodeLink('title "t"\nnonsense\n')}`);
    connectAddress(store, win);
    await vi.waitFor(() => expect(store.getState().wanted).not.toBeNull());
    store.getState().loadInvalid(errors);
    expect(store.getState().alert).toEqual({
      kind: 'link',
      problem: { kind: 'invalid' },
      errors,
      inEditor: true,
    });
    expect(store.getState().text).toBe('title "t"\nnonsense\n');
    // Once the user edits, the errors are the editor's own again.
    store.getState().editText('title "t"\nnonsense2\n');
    store.getState().loadInvalid(errors);
    expect(store.getState().alert).toEqual({ kind: 'invalid', errors });
  });

  it('opens what a cut link still holds, and keeps saying the link was cut even when that runs', async () => {
    const value = await encodeLink(firstTouch);
    const store = createAppStore();
    const { win } = fakeWindow(`#s=${value.slice(0, 400)}&step=2`);
    connectAddress(store, win);
    await vi.waitFor(() => expect(store.getState().wanted).not.toBeNull());
    const s = store.getState();
    expect(firstTouch.startsWith(s.text)).toBe(true);
    expect(s.text.length).toBeGreaterThan(200);
    expect(s.wanted?.origin).toEqual({ kind: 'link', problem: { kind: 'bad-compression' } });
    s.loadInvalid(errors);
    expect(store.getState().alert).toEqual({
      kind: 'link',
      problem: { kind: 'bad-compression' },
      errors,
      inEditor: true,
    });
    store.getState().loaded(loadedRun(4));
    expect(store.getState().alert).toMatchObject({ kind: 'link', problem: { kind: 'bad-compression' } });
  });

  it('a cut link keeps its address, so a reload says again that it was cut; an edit then writes a new one', async () => {
    const value = await encodeLink(firstTouch);
    const cut = `#s=${value.slice(0, 400)}`;
    const store = createAppStore();
    const { win, replaced } = fakeWindow(cut);
    connectAddress(store, win);
    await vi.waitFor(() => expect(store.getState().wanted).not.toBeNull());
    store.getState().loaded(loadedRun(4));
    await vi.advanceTimersByTimeAsync(5000);
    expect(replaced).toEqual([]);
    expect(win.location.hash).toBe(cut);
    // The reload reads the same address: the notice again.
    const again = createAppStore();
    connectAddress(again, fakeWindow(cut).win);
    await vi.waitFor(() =>
      expect(again.getState().wanted?.origin).toMatchObject({ problem: { kind: 'bad-compression' } }),
    );
    // Once the user edits what it opened, the address follows the edit.
    store.getState().editText(`${store.getState().text}\n# mine`);
    store.getState().loaded(loadedRun(4));
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(1000);
      expect(win.location.hash).not.toBe(cut);
    });
  });

  it('a broken link opened within a second of typing keeps its alert and its address', async () => {
    const store = createAppStore();
    const { win, navigate, replaced } = fakeWindow('#example=first-touch');
    connectAddress(store, win);
    store.getState().loaded({ ...loadedRun(10), text: firstTouch });
    store.getState().editText(`${firstTouch}# typed\n`);
    await vi.advanceTimersByTimeAsync(100);
    navigate('#s=1.AAAA*');
    await vi.waitFor(() => expect(store.getState().alert).toMatchObject({ kind: 'link', inEditor: false }));
    // The edit's run comes in after the link was opened: the alert stays, and so does the address.
    store.getState().loaded(loadedRun(10));
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.getState().alert).toMatchObject({ kind: 'link', inEditor: false });
    expect(win.location.hash).toBe('#s=1.AAAA*');
    expect(replaced.every((h) => !h.includes('AAAA'))).toBe(true);
    // Typing again is acting on it: the alert goes.
    store.getState().editText(`${firstTouch}# typed more\n`);
    expect(store.getState().alert).toBeNull();
  });

  it('says what is wrong with a link that gives no text, and leaves what is on screen', async () => {
    const store = createAppStore();
    const { win, navigate } = fakeWindow('#example=card-linux&step=2');
    connectAddress(store, win);
    store.getState().loaded(loadedRun(8));
    const before = store.getState().wanted;
    navigate('#s=7.AAAA');
    await vi.waitFor(() => expect(store.getState().alert).not.toBeNull());
    expect(store.getState().alert).toEqual({
      kind: 'link',
      problem: { kind: 'unknown-version', version: '7', newer: true },
      errors: [],
      inEditor: false,
    });
    expect(store.getState().wanted).toBe(before);
    expect(store.getState().status).toBe('ready');
  });

  it('refuses an address over 32 KB', () => {
    const store = createAppStore();
    const { win } = fakeWindow(`#s=1.${'A'.repeat(40_000)}`);
    connectAddress(store, win);
    expect(store.getState().alert).toMatchObject({ kind: 'link', problem: { kind: 'too-long' } });
    expect(store.getState().wanted).toBeNull();
  });

  it('lets only the newest address open when links decode out of order', async () => {
    const slow = await encodeLink(firstTouch.repeat(40));
    const fast = await encodeLink('title "fast"\n');
    const store = createAppStore();
    const { win, navigate } = fakeWindow(`#s=${slow}`);
    connectAddress(store, win);
    navigate(`#s=${fast}`);
    await vi.waitFor(() => expect(store.getState().text).toBe('title "fast"\n'));
    await new Promise((r) => setImmediate(r));
    await vi.advanceTimersByTimeAsync(50);
    expect(store.getState().text).toBe('title "fast"\n');
    expect(store.getState().opened).toBe(1);
  });

  it('puts an edited text in the address as s=, and leaves it out when the link would be too long', async () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow('#example=first-touch&step=2');
    connectAddress(store, win);
    store.getState().loaded({ ...loadedRun(10), text: firstTouch });
    store.getState().editText(`${firstTouch}# mine\n`);
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS);
      expect(replaced.length).toBeGreaterThan(0);
    });
    const written = parseHash(replaced.at(-1)!);
    expect(written.step).toBe(2);
    expect(written.example).toBeNull();
    expect(written.s).toBe(await encodeLink(`${firstTouch}# mine\n`));
    // Random text does not compress: its link passes 32 KB.
    let noise = '';
    for (let i = 0; noise.length < 60_000; i++) noise += ((i * 2654435761) >>> 0).toString(36);
    store.getState().editText(noise);
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS);
      expect(replaced.at(-1)).toBe('#step=2');
    });
  });

  it('compresses an edited text for the address only once the typing rests', async () => {
    const store = createAppStore();
    const { win, replaced } = fakeWindow('#example=first-touch');
    connectAddress(store, win);
    store.getState().loaded({ ...loadedRun(10), text: firstTouch });
    for (let i = 0; i < 10; i++) {
      store.getState().editText(`${firstTouch}# ${'x'.repeat(i + 1)}\n`);
      await vi.advanceTimersByTimeAsync(ADDRESS_ENCODE_DEBOUNCE_MS - 100);
    }
    expect(replaced).toEqual([]);
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS);
      expect(replaced).toHaveLength(1);
    });
    expect(parseHash(replaced[0]!).s).toBe(await encodeLink(`${firstTouch}# ${'x'.repeat(10)}\n`));
  });

  it('carries a theme that was chosen, not one taken from the system', async () => {
    const store = createAppStore({ theme: 'dark' });
    const { win, replaced } = fakeWindow('#example=first-touch');
    connectAddress(store, win);
    store.getState().loaded(loadedRun(10));
    store.getState().seek(1);
    await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS);
    expect(replaced.at(-1)).toBe('#example=first-touch&step=1');
    store.getState().toggleTheme();
    await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS);
    expect(replaced.at(-1)).toBe('#example=first-touch&step=1&theme=light');

    const reader = createAppStore({ theme: 'light' });
    connectAddress(reader, fakeWindow('#example=first-touch&theme=dark').win);
    expect(reader.getState().theme).toBe('dark');
    expect(reader.getState().themeChosen).toBe(true);
  });

  it('keeps the event shown, and leaves it out at the end of the step', () => {
    const store = createAppStore();
    connectAddress(store, fakeWindow('#example=first-touch&step=4&event=3').win);
    expect([store.getState().step, store.getState().eventIndex]).toEqual([4, 3]);
    store.getState().loaded(loadedRun(10));
    store.getState().frameArrived(frameOf(4, 6), 1);
    return linkAddress(store.getState()).then(async (hash) => {
      expect(hash).toBe('example=first-touch&step=4&event=3');
      store.getState().jumpToEvent(5);
      expect(store.getState().eventIndex).toBe(6);
      expect(await linkAddress(store.getState())).toBe('example=first-touch&step=4');
      expect(store.getState().eventIndex).not.toBe(END);
    });
  });
});

describe('drafts', () => {
  it('opens the latest draft for an address with no scenario, at its step', () => {
    const recent = memoryRecent();
    recent.save({ id: 'd1', kind: 'draft', title: 'mine', text: 'title "mine"\n', time: 1 });
    recent.save({ id: 'l1', kind: 'link', title: 'theirs', text: 'title "theirs"\n', time: 2 });
    const store = createAppStore();
    connectAddress(store, fakeWindow('#step=3').win, { recent });
    expect(store.getState().text).toBe('title "mine"\n');
    expect(store.getState().wanted?.origin).toEqual({ kind: 'draft', id: 'd1', reopened: true });
    expect(store.getState().step).toBe(3);
  });

  it('a reload right after an edit opens the draft, which holds the last keystroke', async () => {
    const recent = memoryRecent();
    const session = memorySession();
    const store = createAppStore();
    const { win, leave } = fakeWindow('#example=first-touch&step=2');
    connectDrafts(store, recent, { win });
    connectAddress(store, win, { recent, session });
    store.getState().loaded({ ...loadedRun(10), text: firstTouch });
    store.getState().editText(`${firstTouch}# typed just before the reload\n`);
    leave();
    expect(recent.latestDraft()?.text).toBe(store.getState().text);
    // The same tab loads the same address again: the draft opens, at the address's step.
    const again = createAppStore();
    connectAddress(again, fakeWindow('#example=first-touch&step=2').win, { recent, session });
    expect(again.getState().text).toBe(`${firstTouch}# typed just before the reload\n`);
    expect(again.getState().step).toBe(2);
    // Once: the load after that follows the address again.
    const later = createAppStore();
    connectAddress(later, fakeWindow('#example=first-touch&step=2').win, { recent, session });
    expect(later.getState().wanted?.source).toEqual({ kind: 'builtin', id: 'first-touch' });
  });

  it('a note for one address does not open over another', () => {
    const recent = memoryRecent();
    recent.save({ id: 'd', kind: 'draft', title: 'd', text: 'title "d"\n', time: 1 });
    const session = memorySession();
    session.setItem('pagerlab.left', JSON.stringify({ hash: '#example=first-touch', draftId: 'd' }));
    const store = createAppStore();
    connectAddress(store, fakeWindow('#example=card-irix').win, { recent, session });
    expect(store.getState().builtinId).toBe('card-irix');
    expect(session.getItem('pagerlab.left')).toBeNull();
  });

  it('leaves an address that is up to date as it is', async () => {
    const recent = memoryRecent();
    const store = createAppStore();
    const { win, replaced, leave } = fakeWindow('#example=first-touch');
    connectDrafts(store, recent, { win });
    const session = memorySession();
    connectAddress(store, win, { recent, session });
    store.getState().loaded({ ...loadedRun(10), text: firstTouch });
    store.getState().editText('title "mine"\n');
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(ADDRESS_THROTTLE_MS);
      expect(replaced.length).toBe(1);
    });
    leave();
    expect(session.getItem('pagerlab.left')).toBeNull();
    expect(parseHash(replaced[0]!).s).not.toBeNull();
  });

  it('keeps an opened file as a new draft at once, and its edits in that draft, not in the one before', async () => {
    const recent = memoryRecent();
    const store = createAppStore();
    let id = 0;
    connectDrafts(store, recent, { now: () => 1000 + id, newId: () => `id${++id}` });
    store.getState().openBuiltin('first-touch');
    store.getState().loaded({ ...loadedRun(10), text: firstTouch });
    store.getState().editText('title "before"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    store.getState().openFileText('title "from disk"\n', 'disk.scn');
    const drafts = () => recent.list().filter((e) => e.kind === 'draft');
    expect(
      drafts()
        .map((e) => e.text)
        .sort(),
    ).toEqual(['title "before"\n', 'title "from disk"\n']);
    store.getState().editText('title "from disk, edited"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(
      drafts()
        .map((e) => e.text)
        .sort(),
    ).toEqual(['title "before"\n', 'title "from disk, edited"\n']);
  });

  it('saves edits, debounced, and never lets an opened link overwrite the draft', async () => {
    const recent = memoryRecent();
    const store = createAppStore();
    let id = 0;
    connectDrafts(store, recent, { now: () => 1000 + id, newId: () => `id${++id}` });
    store.getState().openBuiltin('first-touch');
    store.getState().loaded({ ...loadedRun(10), text: firstTouch });
    store.getState().editText('title "draft one"\n');
    store.getState().editText('title "draft one!"\n');
    expect(recent.list()).toEqual([]);
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(recent.list().map((e) => [e.id, e.kind, e.title])).toEqual([['id1', 'draft', 'draft one!']]);

    // A link opens on top: it is listed, the draft stays as it was.
    store.getState().openText('title "from a link"\n', { kind: 'link', problem: null });
    expect(recent.list().map((e) => [e.kind, e.title])).toEqual([
      ['link', 'from a link'],
      ['draft', 'draft one!'],
    ]);
    // Editing the link's text makes a draft of its own.
    store.getState().editText('title "from a link, edited"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(recent.get('id1')?.text).toBe('title "draft one!"\n');
    expect(recent.list()).toHaveLength(3);

    // Reopening the first draft continues it.
    store.getState().openText(recent.get('id1')!.text, { kind: 'draft', id: 'id1' });
    store.getState().editText('title "draft one, later"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(recent.list()[0]).toMatchObject({ id: 'id1', title: 'draft one, later' });
    expect(recent.list()).toHaveLength(3);
  });

  it('goes on with a draft when a link (a reload of its own address) brings its very text', async () => {
    const recent = memoryRecent();
    recent.save({ id: 'mine', kind: 'draft', title: 'mine', text: 'title "mine"\n', time: 1 });
    // This tab wrote the draft before its reload.
    const session = memorySession();
    session.setItem('pagerlab.tab-drafts', JSON.stringify(['mine']));
    const store = createAppStore();
    connectDrafts(store, recent, { session });
    store.getState().openText('title "mine"\n', { kind: 'link', problem: null });
    store.getState().editText('title "mine, more"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(recent.list().map((e) => [e.id, e.text])).toEqual([['mine', 'title "mine, more"\n']]);
  });

  it('two tabs editing never write into one entry: a draft another tab wrote is edited as a copy', async () => {
    const recent = memoryRecent();
    const tabA = createAppStore();
    const sessionA = memorySession();
    connectDrafts(tabA, recent, { session: sessionA, newId: () => 'a' });
    connectAddress(tabA, fakeWindow('').win, { recent, session: sessionA });
    tabA.getState().editText('title "A"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    // Tab B opens on a bare address: A's draft shows, and B's edits go to an entry of B's own.
    const tabB = createAppStore();
    const sessionB = memorySession();
    connectDrafts(tabB, recent, { session: sessionB, newId: () => 'b' });
    connectAddress(tabB, fakeWindow('').win, { recent, session: sessionB });
    expect(tabB.getState().text).toBe('title "A"\n');
    tabB.getState().editText('title "B"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    tabA.getState().editText('title "A, more"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(Object.fromEntries(recent.list().map((e) => [e.id, e.text]))).toEqual({
      a: 'title "A, more"\n',
      b: 'title "B"\n',
    });
    // A reload of tab A reopens its newest draft and goes on with it.
    const reloadA = createAppStore();
    connectDrafts(reloadA, recent, { session: sessionA, newId: () => 'a2' });
    connectAddress(reloadA, fakeWindow('').win, { recent, session: sessionA });
    expect(reloadA.getState().text).toBe('title "A, more"\n');
    reloadA.getState().editText('title "A, again"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(recent.get('a')?.text).toBe('title "A, again"\n');
  });

  it('says when a draft could not be kept: too large, or storage full; and again once one is', async () => {
    const recent = memoryRecent();
    const store = createAppStore();
    connectDrafts(store, recent, { onSave: (r) => store.getState().draftSaved(r) });
    store.getState().openFileText(`title "big"\n${'#'.repeat(DRAFT_MAX_CHARS)}\n`, 'big.scn');
    expect(store.getState().draftUnsaved).toBe('too-large');
    store.getState().editText('title "small"\n');
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(store.getState().draftUnsaved).toBeNull();
    store.getState().draftSaved('full');
    expect(store.getState().draftUnsaved).toBe('full');
  });

  it('writes the pending edit at once when the page hides, and a broken link is not listed', () => {
    const recent = memoryRecent();
    const store = createAppStore();
    const hide: Array<() => void> = [];
    connectDrafts(store, recent, {
      win: {
        addEventListener: (_t: string, f: () => void) => hide.push(f),
        removeEventListener: () => {},
      } as never,
    });
    store.getState().openText('cut', { kind: 'link', problem: { kind: 'bad-compression' } });
    expect(recent.list()).toEqual([]);
    store.getState().editText('cut, fixed');
    hide.forEach((f) => f());
    expect(recent.list().map((e) => e.text)).toEqual(['cut, fixed']);
  });
});

describe('draftAfterOpening', () => {
  const owns = (id: string) => id === 'mine';
  const noTwin = () => undefined;
  it("goes on in a chosen draft, and in one that reopened by itself only if it is this tab's", () => {
    expect(draftAfterOpening({ kind: 'draft', id: 'theirs' }, owns, noTwin)).toBe('theirs');
    expect(draftAfterOpening({ kind: 'draft', id: 'theirs', reopened: true }, owns, noTwin)).toBeNull();
    expect(draftAfterOpening({ kind: 'draft', id: 'mine', reopened: true }, owns, noTwin)).toBe('mine');
  });
  it("goes on in this tab's draft of a link's very text; a broken link, a file or a built-in start anew", () => {
    expect(draftAfterOpening({ kind: 'link', problem: null }, owns, () => 'mine')).toBe('mine');
    expect(draftAfterOpening({ kind: 'link', problem: null }, owns, () => 'theirs')).toBeNull();
    expect(draftAfterOpening({ kind: 'link', problem: { kind: 'invalid' } }, owns, () => 'mine')).toBeNull();
    expect(draftAfterOpening({ kind: 'file', name: 'a.scn' }, owns, () => 'mine')).toBeNull();
    expect(draftAfterOpening(undefined, owns, () => 'mine')).toBeNull();
  });
});
