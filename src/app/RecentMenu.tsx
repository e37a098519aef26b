import { useEffect, useId, useRef, useState } from 'react';

import { recentScenarios, type RecentEntry } from '../share/drafts.ts';
import { appStore } from '../store/store.ts';
import './share.css';

/** "3 min ago", or the date for anything older than a day. */
export function whenText(time: number, now: number): string {
  const minutes = Math.floor((now - time) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return new Date(time).toLocaleDateString();
}

/** The recent list in the top bar: the user's drafts and the links opened lately, newest first. */
export function RecentMenu() {
  // Read when the menu opens (another tab may have saved since), with the time it was read at.
  const [shown, setShown] = useState<{ entries: RecentEntry[]; now: number } | null>(null);
  const root = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const open = shown !== null;

  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setShown(null);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Escape here is the menu's, not playback's or the help's.
      e.stopPropagation();
      setShown(null);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', escape, true);
    };
  }, [open]);

  const reopen = (e: RecentEntry) => {
    setShown(null);
    appStore.getState().openText(e.text, { kind: 'draft', id: e.id });
  };

  return (
    <span className="recent" ref={root}>
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setShown(open ? null : { entries: recentScenarios.list(), now: Date.now() })}
      >
        Recent
      </button>
      {shown && (
        <div className="recent-list" id={listId} role="group" aria-label="Recent scenarios">
          {shown.entries.length === 0 ? (
            <p className="muted">No drafts or opened links yet.</p>
          ) : (
            <ul>
              {shown.entries.map((e) => (
                <li key={e.id}>
                  <button type="button" onClick={() => reopen(e)}>
                    <span className="recent-title">{e.title}</span>{' '}
                    <span className="muted">
                      {e.kind === 'draft' ? 'draft' : 'link'},{' '}
                      <time dateTime={new Date(e.time).toISOString()}>{whenText(e.time, shown.now)}</time>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </span>
  );
}
