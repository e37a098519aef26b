import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import './export.css';
import { ALL_ITEMS, type ExportItem } from './exportItems.ts';

const selectReady = (s: AppState) => ({ run: s.runSeq > 0, text: s.text !== '' });

/** How long "Saved …" stays up: long enough to read, not so long that it tells of an old file. */
const STATUS_MS = 8000;

/**
 * An Export menu (the top bar's, with every item; the presenter's, with the slides). After a save the
 * focus is back on its button, not lost with the closed panel, and a polite status line names the file.
 */
export function ExportMenu({ items = ALL_ITEMS }: { items?: readonly ExportItem[] }) {
  const ready = useApp(useShallow(selectReady));
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  // A menu closes when the reader goes elsewhere, as a native one would.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  useEffect(() => {
    if (status === '') return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const choose = async (item: ExportItem) => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      setStatus(`Saved ${await item.save()}`);
      if (menu.current) menu.current.open = false;
    } catch (err) {
      setError(`Could not save ${item.what}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
      // The item pressed is disabled while it saves and hidden once the panel closes: either way the
      // focus would fall to the page's body, and a keyboard user would start again from the top.
      menu.current?.querySelector('summary')?.focus();
    }
  };

  return (
    <div className="export">
      <details
        ref={menu}
        className="export-menu"
        onToggle={(e) => {
          setOpen(e.currentTarget.open);
          if (!e.currentTarget.open) setError(null);
          else setStatus('');
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !menu.current?.open) return;
          e.preventDefault();
          menu.current.open = false;
          menu.current.querySelector('summary')?.focus();
        }}
      >
        <summary>Export</summary>
        <div className="export-panel" role="group" aria-label="Export" aria-busy={busy}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              disabled={busy || !(item.needsRun ? ready.run : ready.text)}
              onClick={() => void choose(item)}
            >
              {item.label}
            </button>
          ))}
          {error !== null && (
            <p role="alert" className="export-error">
              {error}
            </p>
          )}
        </div>
      </details>
      <p role="status" className="export-status">
        {status}
      </p>
    </div>
  );
}
