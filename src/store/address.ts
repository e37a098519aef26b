/**
 * Keeps the store and the address in step (hash.ts has the format). The address opens what it names:
 * a built-in (`example=`), a scenario text carried in the link (`s=`, decoded off the critical path and
 * bounded, see src/share/link.ts), or with neither the user's latest draft, else the default built-in;
 * then it lands on the step, event, kernel and theme it gives. Playback writes the address back with
 * replaceState, at most every ADDRESS_THROTTLE_MS (ADDRESS_PLAYING_MS while playing), so the history gets
 * no entry per step; an edited text is compressed for it asynchronously, once the typing rests
 * (ADDRESS_ENCODE_DEBOUNCE_MS).
 */

import type { RecentStore } from '../share/drafts.ts';
import { decodeScenarioLink, MAX_LINK_CHARS } from '../share/link.ts';
import { cachedLink, linkFor, rememberLink } from '../share/linkCache.ts';
import { formatHash, parseHash, type AppAddress } from './hash.ts';
import { noteLeaving, takeLeaving, tabStorage } from './leaving.ts';
import { eventCount } from './playbackSlice.ts';
import { DEFAULT_EXAMPLE, type Landing } from './scenarioSlice.ts';
import type { AppStore } from './store.ts';
import type { AppState } from './types.ts';

export const ADDRESS_THROTTLE_MS = 250;
/**
 * While playing, the address is written at most this often: each replaceState costs the page a few ms,
 * enough to make a max-speed frame late four times a second. The write after a pause still comes within it.
 */
export const ADDRESS_PLAYING_MS = 1000;
/** An edited text is compressed for the address once typing has rested this long, not while it goes on. */
export const ADDRESS_ENCODE_DEBOUNCE_MS = 500;

type Place = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** Whether the page shows a built-in as it is (`example=`) rather than a text of its own (`s=`). */
export function showsBuiltin(s: AppState): boolean {
  return s.builtinId !== null && !s.edited;
}

/**
 * The address of what `s` shows; `link` is the `s` value of its text (null: the text does not fit in a
 * link, and the address names no scenario, which reopens the latest draft). Reduced motion is left out:
 * it is the reader's own need and changes no picture, only the movement between them.
 */
export function addressOf(s: AppState, link: string | null): AppAddress {
  const events = eventCount(s);
  return {
    example: showsBuiltin(s) ? s.builtinId : null,
    s: showsBuiltin(s) ? null : link,
    step: s.step,
    event: Number.isFinite(s.eventIndex) && s.eventIndex < events ? s.eventIndex : null,
    kernel: s.kernelOverride,
    theme: s.themeChosen ? s.theme : null,
    mode: s.mode,
    compare: s.compare,
  };
}

/**
 * The address (without `#`) for `s` now, compressing its text if need be; null when its text does not
 * fit in a link. The caller checks the length of the whole link.
 */
export async function linkAddress(s: AppState): Promise<string | null> {
  if (showsBuiltin(s)) return formatHash(addressOf(s, null));
  const link = await linkFor(s.text);
  return link === null ? null : formatHash(addressOf(s, link));
}

export interface AddressOptions {
  /** The recent list: an address naming no scenario opens its latest draft. */
  recent?: RecentStore;
  /** This tab's session storage (leaving.ts); the page's own by default. */
  session?: Parameters<typeof noteLeaving>[0];
}

/** Follows the address now and on every hashchange; returns a function that stops both directions. */
export function connectAddress(store: AppStore, win: Place = window, opts: AddressOptions = {}): () => void {
  // Each follow outdates the ones before: a slow decode must not open over a newer address.
  let followSeq = 0;
  const session = opts.session === undefined ? tabStorage() : opts.session;
  // Coming back to an address this tab left behind its editor: the draft is what was on screen.
  const returning = takeLeaving(session, win.location.hash);
  /**
   * The address as the app last followed or wrote it. Anything else in the location was put there by
   * someone else (the Back button, a page hosting the embed, a typed address) after a write was
   * scheduled: that write must not put the old place back before the hashchange is followed.
   */
  let seen = win.location.hash;
  const follow = () => {
    seen = win.location.hash;
    const seq = ++followSeq;
    const a = parseHash(win.location.hash);
    const s = store.getState();
    if ((a.mode ?? 'explore') !== s.mode) s.setMode(a.mode ?? 'explore');
    if (a.compare !== s.compare) s.setCompare(a.compare);
    if (a.theme !== null && a.theme !== s.theme) s.setTheme(a.theme);
    const at: Landing = { step: a.step ?? 0, event: a.event, kernel: a.kernel };
    const back = seq === 1 && returning !== null ? opts.recent?.get(returning) : undefined;
    if (back) {
      s.openText(back.text, { kind: 'draft', id: back.id }, at);
    } else if (win.location.hash.length > MAX_LINK_CHARS) {
      s.showBrokenLink({ kind: 'too-long', length: win.location.hash.length });
    } else if (a.s !== null) {
      if (!showsBuiltin(s) && cachedLink(s.text) === a.s && s.runSeq > 0) land(at);
      else void openLink(a.s, at, seq);
    } else if (a.example !== null) {
      if (a.example !== s.builtinId || s.edited) s.openBuiltin(a.example, at.step, at);
      else land(at);
    } else if (s.opened > 0 && !showsBuiltin(s)) {
      land(at);
    } else {
      const draft = s.opened === 0 ? opts.recent?.latestDraft() : undefined;
      if (draft) s.openText(draft.text, { kind: 'draft', id: draft.id, reopened: true }, at);
      else if (s.builtinId !== DEFAULT_EXAMPLE || s.edited) s.openBuiltin(DEFAULT_EXAMPLE, at.step, at);
      else land(at);
    }
  };

  /** The same scenario, another place in it. */
  const land = (at: Landing) => {
    const s = store.getState();
    if ((at.kernel ?? null) !== s.kernelOverride) s.setKernelOverride(at.kernel ?? null);
    const step = at.step ?? 0;
    const event = at.event ?? null;
    if (step !== s.step || event !== addressOf(s, null).event) s.seek(step, event ?? undefined);
  };

  const openLink = async (value: string, at: Landing, seq: number) => {
    const read = await decodeScenarioLink(value);
    if (seq !== followSeq) return;
    const s = store.getState();
    if (read.ok) {
      rememberLink(read.text, value);
      s.openText(read.text, { kind: 'link', problem: null }, at);
    } else if (read.recovered !== null) {
      s.openText(read.recovered, { kind: 'link', problem: read.problem }, at);
    } else {
      s.showBrokenLink(read.problem);
    }
  };

  let timer: ReturnType<typeof setTimeout> | null = null;
  let encodeTimer: ReturnType<typeof setTimeout> | null = null;
  let encoding = false;
  const encodeLater = () => {
    if (encodeTimer !== null) clearTimeout(encodeTimer);
    encodeTimer = setTimeout(() => {
      encodeTimer = null;
      if (encoding) return encodeLater();
      encoding = true;
      void linkFor(store.getState().text).finally(() => {
        encoding = false;
        schedule();
      });
    }, ADDRESS_ENCODE_DEBOUNCE_MS);
  };
  const schedule = () => {
    timer ??= setTimeout(write, store.getState().playing ? ADDRESS_PLAYING_MS : ADDRESS_THROTTLE_MS);
  };
  const write = () => {
    timer = null;
    const s = store.getState();
    // A broken link's address stays until the user acts (edits what it opened, or opens something
    // else): a reload then says again what was wrong with it, and nothing typed before it replaces it.
    if (s.alert?.kind === 'link' && (!s.alert.inEditor || !s.edited)) return;
    let link: string | null = null;
    if (!showsBuiltin(s)) {
      const known = cachedLink(s.text);
      if (known === undefined) {
        // Compress once the text rests, off the throttle's beat; the write comes once the value is there.
        encodeLater();
        return;
      }
      link = known;
    }
    // Too long for a link (null): the address names no scenario, and a reload opens the draft of this text.
    let hash = formatHash(addressOf(s, link));
    if (hash.length + 1 > MAX_LINK_CHARS) hash = formatHash(addressOf(s, null));
    if (win.location.hash !== seen) return;
    if (win.location.hash.replace(/^#/, '') !== hash) {
      win.history.replaceState(win.history.state, '', `#${hash}`);
      seen = win.location.hash;
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    // Until a run is there, the address still says what was asked for (an unknown id stays visible).
    const same =
      s.step === prev.step &&
      s.eventIndex === prev.eventIndex &&
      s.builtinId === prev.builtinId &&
      s.edited === prev.edited &&
      s.text === prev.text &&
      s.kernelOverride === prev.kernelOverride &&
      s.theme === prev.theme &&
      s.themeChosen === prev.themeChosen &&
      s.mode === prev.mode &&
      s.compare === prev.compare;
    if (s.runSeq === 0 || same) return;
    schedule();
  });

  const leave = () => {
    const s = store.getState();
    if (s.runSeq === 0 || showsBuiltin(s)) return;
    const carried = parseHash(win.location.hash).s;
    if (carried !== null && carried === cachedLink(s.text)) return;
    const draft = opts.recent?.latestDraft();
    if (draft?.text === s.text) noteLeaving(session, win.location.hash, draft.id);
  };

  follow();
  win.addEventListener('hashchange', follow);
  win.addEventListener('pagehide', leave);
  return () => {
    win.removeEventListener('hashchange', follow);
    win.removeEventListener('pagehide', leave);
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    if (encodeTimer !== null) clearTimeout(encodeTimer);
  };
}

/** Opens a built-in through the address, so Back returns to the one before; mode, compare and theme stay. */
export function openExample(id: string, win: Pick<Window, 'location'> = window): void {
  const { mode, compare, theme } = parseHash(win.location.hash);
  win.location.hash = formatHash({ ...parseHash(''), example: id, mode, compare, theme });
}
