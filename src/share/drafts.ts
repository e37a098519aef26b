/**
 * The user's drafts and the recently opened links, kept in local storage: a short list, newest first, so
 * an edited text survives a reload and a link opened on top of it never costs the draft. Storage is
 * untrusted too (another tab, an older version, a full disk): reads validate every entry, writes that
 * do not fit drop the oldest entries, and without storage (a sandboxed frame) the list is simply empty.
 */

export interface RecentEntry {
  id: string;
  /** `draft`: the user's own edits; `link`: a scenario opened from a link, as it came. */
  kind: 'draft' | 'link';
  title: string;
  text: string;
  /** Milliseconds since the epoch of the last save. */
  time: number;
}

export const RECENT_MAX = 8;
/** A longer text is not kept (local storage holds about 5 M characters per site, shared by all entries). */
export const DRAFT_MAX_CHARS = 1_000_000;
export const RECENT_BUDGET_CHARS = 2_500_000;
const KEY = 'pagerlab.recent.v1';

export type SaveResult = 'saved' | 'too-large' | 'no-storage' | 'full';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The title a list shows for a text: its `title` line, or its first line that says something. */
export function titleOf(text: string): string {
  // The header is at the top: a 4 MB text is not searched to its end.
  const head = text.slice(0, 64 * 1024);
  const title = /^title\s+"([^"\n]*)"/m.exec(head)?.[1]?.trim();
  if (title) return title.slice(0, 80);
  const first = head.split('\n').find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  return first ? first.trim().slice(0, 80) : 'Untitled scenario';
}

function isEntry(e: unknown): e is RecentEntry {
  if (typeof e !== 'object' || e === null) return false;
  const r = e as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    (r.kind === 'draft' || r.kind === 'link') &&
    typeof r.title === 'string' &&
    typeof r.text === 'string' &&
    r.text.length <= DRAFT_MAX_CHARS &&
    typeof r.time === 'number' &&
    Number.isFinite(r.time)
  );
}

/** Drops entries past RECENT_MAX and the budget, never the first: links go first, their text is in the link. */
function trim(list: RecentEntry[], budget: number): RecentEntry[] {
  const out = [...list];
  const size = () => out.reduce((n, e) => n + e.text.length + e.title.length, 0);
  while (out.length > 1 && (out.length > RECENT_MAX || size() > budget)) {
    let drop = out.length - 1;
    for (let i = out.length - 1; i > 0; i--) {
      if (out[i]!.kind === 'link') {
        drop = i;
        break;
      }
    }
    out.splice(drop, 1);
  }
  return out;
}

export class RecentStore {
  constructor(private readonly storage: Storage | null) {}

  /** Newest first. */
  list(): RecentEntry[] {
    try {
      const raw = this.storage?.getItem(KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, RECENT_MAX) : [];
    } catch {
      return [];
    }
  }

  get(id: string): RecentEntry | undefined {
    return this.list().find((e) => e.id === id);
  }

  /** The newest of the user's drafts. */
  latestDraft(): RecentEntry | undefined {
    return this.list().find((e) => e.kind === 'draft');
  }

  /**
   * Puts `entry` first. A draft replaces the entries with its text; a link whose text is listed already
   * only moves that entry up (a draft of the same text says more than the link).
   */
  save(entry: RecentEntry): SaveResult {
    if (!this.storage) return 'no-storage';
    if (entry.text.length > DRAFT_MAX_CHARS) return 'too-large';
    const others = this.list().filter((e) => e.id !== entry.id);
    const twin = entry.kind === 'link' ? others.find((e) => e.text === entry.text) : undefined;
    let list = twin
      ? [{ ...twin, time: entry.time }, ...others.filter((e) => e !== twin)]
      : [entry, ...others.filter((e) => e.text !== entry.text)];
    for (let budget = RECENT_BUDGET_CHARS; ; budget = Math.floor(budget / 2)) {
      list = trim(list, budget);
      try {
        this.storage.setItem(KEY, JSON.stringify(list));
        return 'saved';
      } catch {
        // The site's storage is full (other keys share it): keep less, down to this entry alone.
        if (list.length === 1) return 'full';
      }
    }
  }
}

/** Local storage when the page may use it; reading it throws in some sandboxed frames. */
export function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The page's recent list. */
export const recentScenarios = new RecentStore(pageStorage());
