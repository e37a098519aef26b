import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import type { Alert } from '../store/slices/scenarioSlice.ts';
import { DEFAULT_EXAMPLE } from '../store/slices/scenarioSlice.ts';
import { DRAFT_MAX_CHARS } from '../share/drafts.ts';
import { SLOW_LOAD_MS } from '../store/effects/bridge.ts';
import { selectLoad } from '../store/selectors.ts';
import { appStore, useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { LinkAlert } from './LinkAlert.tsx';

function AlertText({ alert }: { alert: Exclude<Alert, { kind: 'cancelled' }> }) {
  switch (alert.kind) {
    case 'not-found':
      return (
        <p>
          There is no built-in scenario called “{alert.id}”.{' '}
          <a href={`#example=${DEFAULT_EXAMPLE}`}>Open {DEFAULT_EXAMPLE}</a>
        </p>
      );
    case 'invalid':
      return (
        <>
          <p>
            The scenario is not valid
            {appStore.getState().runSeq > 0 ? '; the drawing shows the last good run' : ''}:
          </p>
          <ul>
            {alert.errors.map((e, i) => (
              <li key={i}>
                line {e.line}, column {e.col}: {e.message}
              </li>
            ))}
          </ul>
        </>
      );
    case 'failed':
      return <p>The engine failed while running the scenario: {alert.message}</p>;
    case 'stopped':
      return (
        <p data-stopped-line={alert.at.line}>
          The run stopped at line {alert.at.line}, column {alert.at.col}: {alert.at.message}. The{' '}
          {alert.steps.toLocaleString('en')} {alert.steps === 1 ? 'step' : 'steps'} that ran can be viewed.
        </p>
      );
    case 'file-refused':
      return (
        <p>
          “{alert.name}” was not opened: {alert.reason}. The current scenario is unchanged.
        </p>
      );
    case 'link':
      return <LinkAlert alert={alert} />;
    case 'crashed':
      return (
        <p>
          {alert.message}.{' '}
          <button type="button" onClick={appStore.getState().retry}>
            Retry
          </button>
        </p>
      );
  }
}

const selectDraftUnsaved = (s: AppState) => s.draftUnsaved;

/** Whether the load in progress has taken longer than SLOW_LOAD_MS. */
function useSlow(loading: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(() => setSlow(true), SLOW_LOAD_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [loading]);
  return loading && slow;
}

/** What the latest load did: errors in an alert; a slow run's progress with Cancel. */
export function LoadStatus() {
  const { status, alert, progress } = useApp(useShallow(selectLoad));
  const slow = useSlow(status === 'loading');
  const draftUnsaved = useApp(selectDraftUnsaved);
  return (
    <>
      {alert && alert.kind !== 'cancelled' && (
        <div role="alert" className="alert">
          <AlertText alert={alert} />
        </div>
      )}
      {alert?.kind === 'cancelled' && (
        <p role="status" className="notice">
          The run was cancelled{appStore.getState().runSeq > 0 ? '; the drawing shows the last good run' : ''}
          .
        </p>
      )}
      {draftUnsaved && (
        <p role="status" className="notice" data-draft-unsaved={draftUnsaved}>
          {draftUnsaved === 'too-large'
            ? `This scenario is over ${DRAFT_MAX_CHARS.toLocaleString('en')} characters, more than the browser keeps as a draft: your edits are not saved here.`
            : "The browser's storage is full: this draft was not saved."}{' '}
          To keep them, download the scenario as a .scn file (Export, Download .scn).
        </p>
      )}
      {slow && (
        <p role="status" className="notice">
          Running the scenario
          {progress
            ? `: ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} steps`
            : '…'}{' '}
          <progress max={progress?.total ?? 1} value={progress?.done ?? 0} />{' '}
          <button type="button" onClick={appStore.getState().cancelLoad}>
            Cancel
          </button>
        </p>
      )}
    </>
  );
}
