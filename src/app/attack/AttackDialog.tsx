/**
 * "Find an attack": the attack search on the editor's text, in its own worker, with its depth and rule,
 * a progress bar and Cancel; a found attack opens as a walkthrough at the step that breaks the rule.
 * Loaded when first opened. Closing it (Close, Escape) cancels a search that runs.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { RULES, type Rule } from '../../sim/spec.ts';
import {
  APP_MAX_STATES,
  cancelAttackSearch,
  openAttack,
  startAttackSearch,
} from '../../store/effects/attackSearch.ts';
import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { SEARCH_DEFAULT_DEPTH, SEARCH_MAX_DEPTH } from '../../worker/searchProtocol.ts';
import { progressAnnouncement, progressLine, searchOverWords } from './attackWords.ts';
import { useModal } from '../useModal.ts';
import './attack.css';

const select = (s: AppState) => ({
  open: s.attackOpen,
  search: s.attackSearch,
  kernel: s.kernelOverride ?? s.scenarioKernel ?? 'linux',
});
const DEPTHS = Array.from({ length: SEARCH_MAX_DEPTH }, (_, i) => i + 1);

function close() {
  cancelAttackSearch();
  appStore.getState().setAttackOpen(false);
}

export default function AttackDialog() {
  const { open, search, kernel } = useApp(useShallow(select));
  const dialog = useModal(open);
  const [depth, setDepth] = useState(SEARCH_DEFAULT_DEPTH);
  const [rule, setRule] = useState<Rule | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  const titleId = useId();
  const running = search.phase === 'running';
  const over = searchOverWords(search);
  const found = search.phase === 'done' && search.outcome.kind === 'found' ? search.outcome : null;

  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  useEffect(() => focusAfterClosing, []);
  // The result takes focus when it arrives, so it is read at once and its button is one Tab away.
  useEffect(() => {
    if (over !== null) result.current?.focus();
  }, [over]);

  return (
    <dialog ref={dialog} className="attack" aria-labelledby={titleId} onClose={close}>
      <h2 id={titleId}>Find an attack</h2>
      <p className="muted">
        Searches breadth first for the shortest run of steps, from what the editor’s text sets up under{' '}
        {kernel}, that breaks an isolation rule.
      </p>
      <form
        className="attack-choice"
        onSubmit={(e) => {
          e.preventDefault();
          void startAttackSearch(appStore, { depth, rule });
        }}
      >
        <label>
          Depth{' '}
          <select ref={first} value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
            {DEPTHS.map((d) => (
              <option key={d} value={d}>
                {d} {d === 1 ? 'step' : 'steps'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Rule{' '}
          <select value={rule ?? ''} onChange={(e) => setRule((e.target.value || null) as Rule | null)}>
            <option value="">any rule</option>
            {RULES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={running}>
          Start
        </button>
      </form>
      <div className="attack-progress" data-running={running ? 'true' : 'false'}>
        {running && (
          <>
            <progress
              aria-label="States explored, of the search's bound"
              max={APP_MAX_STATES}
              value={search.figures?.explored ?? 0}
            />
            <p>{progressLine(search.depth, search.figures)}</p>
            <button type="button" onClick={cancelAttackSearch}>
              Cancel
            </button>
          </>
        )}
        <p role="status" className="sr-only">
          {running ? progressAnnouncement(search.depth, search.figures) : ''}
        </p>
      </div>
      {over !== null && (
        <div className="attack-result" ref={result} tabIndex={-1} data-kind={resultKind(search)}>
          <p>{over}</p>
          {found && (
            <button type="button" onClick={() => openAttack(appStore, found)}>
              Open as walkthrough
            </button>
          )}
        </div>
      )}
      <form method="dialog" className="attack-close">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}

/**
 * Closed, the dialog unmounts; focus goes back to the button that opened it (AttackButton). When that
 * button is gone too (an attack opened as a walkthrough hides the editor), the drawing takes it, where
 * the violation is: a task later, once every effect of the closing render has run.
 */
function focusAfterClosing() {
  setTimeout(() => {
    if (document.activeElement === document.body) document.getElementById('drawing')?.focus();
  }, 0);
}

function resultKind(search: AppState['attackSearch']): string {
  return search.phase === 'done' ? search.outcome.kind : search.phase;
}
