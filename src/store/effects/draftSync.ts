/**
 * Keeps the user's edits in the recent list (src/share/drafts.ts). An editing session runs from one
 * opening to the next: its edits are saved, debounced, to one draft entry, a new one unless the session
 * reopened a draft (from the list, or through a link to its very text; `draftAfterOpening` decides).
 * Opening anything else starts a new session and leaves the saved drafts alone, so a link never
 * overwrites the user's draft. A link that opens records itself too, to be found again.
 */

import { shallow } from 'zustand/shallow';

import { DRAFT_MAX_CHARS, titleOf, type RecentStore, type SaveResult } from '../../share/drafts.ts';
import { tabStorage } from './leaving.ts';
import type { TextOrigin } from '../slices/scenarioSlice.ts';
import type { AppStore } from '../store.ts';
import type { AppState } from '../types.ts';

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

/**
 * The draft entry an opening goes on in (null: a new one once edited). A draft chosen from the list is
 * the user's to go on with; one that opened by itself, only if this tab wrote it. A link to a draft's
 * very text (the tab's own address after a reload, most often) goes on with that draft, if this tab's,
 * rather than starting another copy of it.
 */
export function draftAfterOpening(
  origin: TextOrigin | undefined,
  owns: (id: string) => boolean,
  twin: () => string | undefined,
): string | null {
  if (origin?.kind === 'draft') return !origin.reopened || owns(origin.id) ? origin.id : null;
  if (origin?.kind === 'link' && origin.problem === null) {
    const id = twin();
    return id !== undefined && owns(id) ? id : null;
  }
  return null;
}

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
    if (text.length > DRAFT_MAX_CHARS) return opts.onSave?.('too-large');
    sessionId ??= newId();
    const result = recent.save({ id: sessionId, kind: 'draft', title: titleOf(text), text, time: now() });
    if (result === 'saved') mine.add(sessionId);
    opts.onSave?.(result);
  };

  const opened = (s: AppState) => {
    // The previous session's last edit belongs to its own entry.
    flush();
    const origin = s.wanted?.origin;
    const twin = () => recent.list().find((e) => e.kind === 'draft' && e.text === s.text)?.id;
    sessionId = draftAfterOpening(origin, mine.owns, twin);
    // An opened file is a draft of the user's own from the start: kept before any edit.
    if (origin?.kind === 'file') {
      pending = s.text;
      flush();
    }
    // A link that opens records itself too, to be found again.
    if (origin?.kind === 'link' && origin.problem === null)
      recent.save({ id: newId(), kind: 'link', title: titleOf(s.text), text: s.text, time: now() });
  };

  const unsubscribe = store.subscribe(
    (s) => ({ opened: s.opened, text: s.text, edited: s.edited }),
    (now, before) => {
      if (now.opened !== before.opened) return opened(store.getState());
      if (now.text === before.text || !now.edited) return;
      pending = now.text;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, DRAFT_DEBOUNCE_MS);
    },
    { equalityFn: shallow },
  );

  const win = opts.win ?? (typeof window === 'undefined' ? null : window);
  win?.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    win?.removeEventListener('pagehide', flush);
  };
}
