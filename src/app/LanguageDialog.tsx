/**
 * The language reference in the app: the same entries as docs/scenario-language.md, searchable, each
 * example with "Try it", which opens it as a draft of the user's own. Loaded when first opened.
 */
import {
  Fragment,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

import { referenceEntries, referenceSections } from '../scenario/reference/entries.ts';
import { searchEntries } from '../scenario/reference/search.ts';
import type { Entry } from '../scenario/reference/types.ts';
import { appStore, useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { useModal } from './useModal.ts';
import './language.css';

const selectAt = (s: AppState) => s.languageAt;

const SECTIONS = referenceSections();
const ENTRIES = referenceEntries();
const SECTION_TITLE = new Map(SECTIONS.map((s) => [s.id, s.title]));

/** A note's text with its `code` spans as <code>: the notes are written for markdown. */
export function inlineCode(text: string): ReactNode[] {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>));
}

/** The id of an entry's element, for the hover's "open in the reference" and the tests. */
export const entryElementId = (id: string) => `lang-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function EntryView({ e, onTry }: { e: Entry; onTry: (e: Entry) => void }) {
  const titleId = `${entryElementId(e.id)}-title`;
  return (
    <article className="lang-entry" id={entryElementId(e.id)} aria-labelledby={titleId} data-entry={e.id}>
      <h4 id={titleId}>
        <code>{e.name}</code>
        {e.owner && <span className="muted"> ({e.owner} key)</span>}
      </h4>
      {e.form !== e.name && (
        <p className="lang-form">
          <code>{e.form}</code>
        </p>
      )}
      <p>
        {inlineCode(e.text)}
        {e.default !== null && (
          <>
            {' '}
            Default: <code>{e.default}</code>.
          </>
        )}
      </p>
      {e.example !== null && (
        <div className="lang-example">
          <pre>{e.example}</pre>
          <button type="button" onClick={() => onTry(e)} aria-label={`Try the example of ${e.name}`}>
            Try it
          </button>
        </div>
      )}
    </article>
  );
}

/** The dialog; mounted while open, at the entry the store names (or the top). */
export default function LanguageDialog() {
  const at = useApp(selectAt);
  const dialog = useModal(at !== null);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useMemo(() => searchEntries(ENTRIES, deferred), [deferred]);
  const search = useRef<HTMLInputElement>(null);
  const resultsId = useId();

  useEffect(() => {
    // The search has focus; opened at an entry (from the editor's hover), that entry is in view.
    search.current?.focus();
    if (at) document.getElementById(entryElementId(at))?.scrollIntoView({ block: 'start' });
  }, [at]);

  const close = () => appStore.getState().setLanguageAt(null);
  const tryIt = (e: Entry) => {
    if (e.example === null) return;
    close();
    appStore.getState().openFileText(`${e.example}\n`, `${e.name} example`);
  };

  // Grouped by section, in the reference's order when no query ranks them.
  const groups = deferred.trim()
    ? [{ id: 'found', title: null as string | null, entries: found }]
    : SECTIONS.map((s) => ({ id: s.id, title: s.title as string | null, entries: s.entries }));

  return (
    <dialog ref={dialog} className="language" aria-labelledby="language-title" onClose={close}>
      <div className="lang-head">
        <h2 id="language-title">Scenario language</h2>
        <input
          ref={search}
          type="search"
          placeholder="Search: mmap, EINVAL, screens…"
          aria-label="Search the language reference"
          aria-controls={resultsId}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p role="status" className="muted">
          {deferred.trim() ? `${found.length} of ${ENTRIES.length} entries` : `${ENTRIES.length} entries`}
        </p>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </div>
      <div className="lang-body" id={resultsId}>
        {groups.map((g) => (
          <section key={g.id} aria-label={g.title ?? 'Search results'}>
            {g.title && <h3>{g.title}</h3>}
            {g.entries.map((e) => (
              <Fragment key={e.id}>
                {g.title === null && <p className="lang-section muted">{SECTION_TITLE.get(e.section)}</p>}
                <EntryView e={e} onTry={tryIt} />
              </Fragment>
            ))}
          </section>
        ))}
        {groups[0]?.entries.length === 0 && <p>Nothing matches “{deferred}”.</p>}
      </div>
    </dialog>
  );
}
