/**
 * Writes the address back as playback and edits change what the page shows: with replaceState, at most
 * every ADDRESS_THROTTLE_MS (ADDRESS_PLAYING_MS while playing), so the history gets no entry per step; an
 * edited text is compressed for it asynchronously, once the typing rests (ADDRESS_ENCODE_DEBOUNCE_MS).
 * What to write is `addressWrite` (addressDecisions.ts).
 */

import { cachedLink, linkFor } from '../../share/linkCache.ts';
import { addressWrite, showsBuiltin } from './addressDecisions.ts';
import type { AppStore } from '../store.ts';

export const ADDRESS_THROTTLE_MS = 250;
/**
 * While playing, the address is written at most this often: each replaceState costs the page a few ms,
 * enough to make a max-speed frame late four times a second. The write after a pause still comes within it.
 */
export const ADDRESS_PLAYING_MS = 1000;
/** An edited text is compressed for the address once typing has rested this long, not while it goes on. */
export const ADDRESS_ENCODE_DEBOUNCE_MS = 500;

/**
 * The address as the app last followed or wrote it, shared by the follower and the writer. Anything
 * else in the location was put there by someone else (see addressWrite).
 */
export interface Seen {
  hash: string;
}

type Place = Pick<Window, 'location' | 'history'>;

/** Writes the address back, throttled, compressing an edited text first once the typing rests. */
export function addressWriter(store: AppStore, win: Place, seen: Seen): { schedule(): void; stop(): void } {
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
    const known = showsBuiltin(s) ? null : cachedLink(s.text);
    const w = addressWrite(s, { hash: win.location.hash, seen: seen.hash, known });
    if (w.kind === 'encode') encodeLater();
    if (w.kind !== 'replace') return;
    win.history.replaceState(win.history.state, '', `#${w.hash}`);
    seen.hash = win.location.hash;
  };
  return {
    schedule,
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      if (encodeTimer !== null) clearTimeout(encodeTimer);
    },
  };
}
