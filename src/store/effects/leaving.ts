/**
 * A tab that unloads (a reload, most often) within the address's throttle after an edit leaves with an
 * address that still names the text before the edit; the draft has the last keystroke (drafts save on
 * pagehide). The tab notes which draft belongs to its address in session storage, which survives a
 * reload of the same tab and nothing else, and the next load of that address in that tab opens the draft.
 * A link opened in another tab, or later, is never affected.
 */

type Session = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'pagerlab.left';

/** Session storage when the page may use it (it throws in some sandboxed frames). */
export function tabStorage(): Session | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function noteLeaving(session: Session | null, hash: string, draftId: string): void {
  try {
    session?.setItem(KEY, JSON.stringify({ hash, draftId }));
  } catch {
    // Nowhere to note it: the draft is still in the recent list.
  }
}

/** The draft to open for `hash` on coming back, once: the note is consumed whatever it says. */
export function takeLeaving(session: Session | null, hash: string): string | null {
  try {
    const raw = session?.getItem(KEY);
    if (!raw) return null;
    session?.removeItem(KEY);
    const note: unknown = JSON.parse(raw);
    if (typeof note !== 'object' || note === null) return null;
    const { hash: left, draftId } = note as Record<string, unknown>;
    return left === hash && typeof draftId === 'string' ? draftId : null;
  } catch {
    return null;
  }
}
