/**
 * Keeps the user's edits in the recent list (src/share/drafts.ts). An editing session runs from one
 * opening to the next: its edits are saved, debounced, to one draft entry, a new one unless the session
 * reopened a draft (from the list, or through a link to its very text). Opening anything else starts a new session and leaves the saved drafts alone, so a
 * link never overwrites the user's draft. A link that opens records itself too, to be found again.
 */

import { DRAFT_MAX_CHARS, titleOf, type RecentStore, type SaveResult } from '../share/drafts.ts';
import { tabStorage } from './leaving.ts';
import type { AppStore } from './store.ts';

/** How long typing rests before the draft is written (a page hide writes it at once). */
export const DRAFT_DEBOUNCE_MS = 1000;

export interface DraftOptions {
  now?: () => number;
  newId?: () => string;
  /** Told how each write went (the menu says when a draft could not be kept). */
  onSave?: (result: SaveResult) => void;
  win?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** This tab's session storage (the drafts it has written); the page's own by default. */
  session?: TabSession | null;
}

type TabSession = Pick<Storage, 'getItem' | 'setItem'>;
const TAB_KEY = 'pagerlab.tab-drafts';

/**
 * The drafts this tab has written, kept in session storage (which survives a reload of the tab and
 * nothing else). A draft that opens by itself (a bare address) or through a link to its text goes on
 * in its own entry only in the tab that wrote it: two tabs never write into one entry, where each
 * would overwrite the other's edits.
 */
function tabDrafts(session: TabSession | null) {
  const read = (): string[] => {
    try {
      const ids: unknown = JSON.parse(session?.getItem(TAB_KEY) ?? '[]');
      return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  return {
    owns: (id: string) => read().includes(id),
    add: (id: string) => {
      const ids = read();
      if (ids.includes(id)) return;
      try {
        session?.setItem(TAB_KEY, JSON.stringify([id, ...ids].slice(0, 32)));
      } catch {
        // No session storage: a reload then starts a new entry, which loses nothing.
      }
    },
  };
}

const randomId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Starts saving drafts; returns a function that stops (writing what is pending). */
export function connectDrafts(store: AppStore, recent: RecentStore, opts: DraftOptions = {}): () => void {
  const now = opts.now ?? (() => Date.now());
  const newId = opts.newId ?? randomId;
  const mine = tabDrafts(opts.session === undefined ? tabStorage() : opts.session);
  let sessionId: string | null = null;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const text = pending;
    pending = null;
    if (text.length > DRAFT_MAX_CHARS) {
      opts.onSave?.('too-large');
      return;
    }
    sessionId ??= newId();
    const result = recent.save({ id: sessionId, kind: 'draft', title: titleOf(text), text, time: now() });
    if (result === 'saved') mine.add(sessionId);
    opts.onSave?.(result);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.opened !== prev.opened) {
      // The previous session's last edit belongs to its own entry.
      flush();
      const origin = s.wanted?.origin;
      // A draft chosen from the list is the user's to go on with; one that opened by itself, only if
      // this tab wrote it.
      sessionId = origin?.kind === 'draft' && (!origin.reopened || mine.owns(origin.id)) ? origin.id : null;
      if (origin?.kind === 'file') {
        // An opened file is a draft of the user's own from the start: kept before any edit.
        pending = s.text;
        flush();
        return;
      }
      if (origin?.kind === 'link' && origin.problem === null) {
        // A link to a draft's very text (the tab's own address after a reload, most often) goes on
        // with that draft rather than starting another copy of it.
        const twin = recent.list().find((e) => e.kind === 'draft' && e.text === s.text)?.id;
        sessionId = twin !== undefined && mine.owns(twin) ? twin : null;
        recent.save({ id: newId(), kind: 'link', title: titleOf(s.text), text: s.text, time: now() });
      }
      return;
    }
    if (s.text !== prev.text && s.edited) {
      pending = s.text;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, DRAFT_DEBOUNCE_MS);
    }
  });

  const win = opts.win ?? (typeof window === 'undefined' ? null : window);
  win?.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    win?.removeEventListener('pagehide', flush);
  };
}
