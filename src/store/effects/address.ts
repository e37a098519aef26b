/**
 * Keeps the store and the address in step (hash.ts has the format). The address opens what it names:
 * a built-in (`example=`), a scenario text carried in the link (`s=`, decoded off the critical path and
 * bounded, see src/share/link.ts), or with neither the user's latest draft, else the default built-in;
 * then it lands on the step, event, kernel and theme it gives. Playback writes the address back
 * (addressWriter.ts: throttled, and an edited text compressed once the typing rests). What to open and
 * what to write are decided in addressDecisions.ts; this file reads the location, the drafts and the
 * link cache, and applies the decisions.
 */

import { shallow } from 'zustand/shallow';

import type { RecentStore } from '../../share/drafts.ts';
import { decodeScenarioLink } from '../../share/link.ts';
import { cachedLink, linkFor, rememberLink } from '../../share/linkCache.ts';
import {
  addressOf,
  followAddress,
  landing,
  leavingDraft,
  showsBuiltin,
  type Opening,
} from './addressDecisions.ts';
import { formatHash, parseHash } from '../hash.ts';
import { addressWriter, type Seen } from './addressWriter.ts';
import { noteLeaving, takeLeaving, tabStorage } from './leaving.ts';
import type { Landing } from '../slices/scenarioSlice.ts';
import type { AppStore } from '../store.ts';
import type { AppState } from '../types.ts';

export { addressOf, showsBuiltin } from './addressDecisions.ts';

export { ADDRESS_ENCODE_DEBOUNCE_MS, ADDRESS_PLAYING_MS, ADDRESS_THROTTLE_MS } from './addressWriter.ts';

type Place = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

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

/** What the address follows of the state: a change of any of these writes it back (throttled). */
const addressed = (s: AppState) => [
  s.step,
  s.eventIndex,
  s.builtinId,
  s.edited,
  s.text,
  s.kernelOverride,
  s.theme,
  s.themeChosen,
  s.mode,
  s.compare,
];

/** Follows the address now and on every hashchange; returns a function that stops both directions. */
export function connectAddress(store: AppStore, win: Place = window, opts: AddressOptions = {}): () => void {
  const session = opts.session === undefined ? tabStorage() : opts.session;
  // Coming back to an address this tab left behind its editor: the draft is what was on screen.
  const returning = takeLeaving(session, win.location.hash);
  const seen: Seen = { hash: win.location.hash };
  const follow = follower(store, win, seen, { recent: opts.recent, returning });
  const writer = addressWriter(store, win, seen);
  // Until a run is there, the address still says what was asked for (an unknown id stays visible).
  const unsubscribe = store.subscribe(addressed, () => store.getState().runSeq > 0 && writer.schedule(), {
    equalityFn: shallow,
  });
  const leave = () => {
    const s = store.getState();
    const known = cachedLink(s.text);
    const id = leavingDraft(s, { hash: win.location.hash, known, latest: () => opts.recent?.latestDraft() });
    if (id !== null) noteLeaving(session, win.location.hash, id);
  };

  follow();
  win.addEventListener('hashchange', follow);
  win.addEventListener('pagehide', leave);
  return () => {
    win.removeEventListener('hashchange', follow);
    win.removeEventListener('pagehide', leave);
    unsubscribe();
    writer.stop();
  };
}

/** The hashchange handler: each follow aborts the one before, so a slow decode never opens over a newer address. */
function follower(
  store: AppStore,
  win: Place,
  seen: Seen,
  drafts: { recent: RecentStore | undefined; returning: string | null },
): () => void {
  let pending: AbortController | null = null;
  let first = true;
  return () => {
    seen.hash = win.location.hash;
    pending?.abort();
    pending = new AbortController();
    const s = store.getState();
    // The note of a draft left behind is for the page's first address only.
    const back = first && drafts.returning !== null ? drafts.recent?.get(drafts.returning) : undefined;
    first = false;
    const latest = () => drafts.recent?.latestDraft();
    const known = showsBuiltin(s) ? undefined : cachedLink(s.text);
    const f = followAddress({ hash: win.location.hash, back, latest, known }, s);
    if (f.mode !== undefined) s.setMode(f.mode);
    if (f.compare !== undefined) s.setCompare(f.compare);
    if (f.theme !== undefined) s.setTheme(f.theme);
    open(store, f.opening, pending.signal);
  };
}

function open(store: AppStore, opening: Opening, signal: AbortSignal): void {
  const s = store.getState();
  if (opening.kind === 'open-text') s.openText(opening.text, opening.origin, opening.at);
  else if (opening.kind === 'open-builtin') s.openBuiltin(opening.id, opening.at.step, opening.at);
  else if (opening.kind === 'broken') s.showBrokenLink(opening.problem);
  else if (opening.kind === 'land') land(store, opening.at);
  else void openLink(store, opening.value, opening.at, signal);
}

/** The same scenario, another place in it. */
function land(store: AppStore, at: Landing): void {
  const s = store.getState();
  const moves = landing(at, s);
  if (moves.kernel !== undefined) s.setKernelOverride(moves.kernel);
  if (moves.seek) s.seek(moves.seek.step, moves.seek.event);
}

async function openLink(store: AppStore, value: string, at: Landing, signal: AbortSignal): Promise<void> {
  const read = await decodeScenarioLink(value);
  if (signal.aborted) return;
  const s = store.getState();
  if (read.ok) {
    rememberLink(read.text, value);
    s.openText(read.text, { kind: 'link', problem: null }, at);
  } else if (read.recovered !== null) {
    s.openText(read.recovered, { kind: 'link', problem: read.problem }, at);
  } else {
    s.showBrokenLink(read.problem);
  }
}

/** Opens a built-in through the address, so Back returns to the one before; mode, compare and theme stay. */
export function openExample(id: string, win: Pick<Window, 'location'> = window): void {
  const { mode, compare, theme } = parseHash(win.location.hash);
  win.location.hash = formatHash({ ...parseHash(''), example: id, mode, compare, theme });
}
