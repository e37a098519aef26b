import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { connectNarration, NARRATION_CHANNEL, narrationSnapshot } from '../../store/narration.ts';
import { positionText, selectPosition } from '../../store/selectors.ts';
import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { PRESENTER, PRESENTER_SIDE_BY_SIDE } from '../../views/zoom.ts';
import { ComparePane } from '../compare/ComparePane.tsx';
import { SLIDE_ITEMS } from '../export/exportItems.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { HelpDialog } from '../HelpDialog.tsx';
import { LoadStatus } from '../LoadStatus.tsx';
import { MachinePane } from '../MachinePane.tsx';
import { NarrationBlock } from '../NarrationBlock.tsx';
import { StepAnnouncer } from '../StepAnnouncer.tsx';
import { useFullscreen } from './useFullscreen.ts';
import { usePresenterKeys } from './usePresenterKeys.ts';
import './presenter.css';

const selectCompare = (s: AppState) => s.compare;

/** The presenter's window tells any narration window what is on screen, as long as it presents. */
function useNarrationLink(): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(NARRATION_CHANNEL);
    const stop = connectNarration(appStore, channel);
    const bye = () => stop();
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      stop();
      channel.close();
    };
  }, []);
}

const leave = () => appStore.getState().setMode('explore');

/** Focus goes into the view as it opens (to its title), not to <body>, where the page it replaced had it. */
function useFocusOnEntry() {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return title;
}

function openNarrationWindow(): boolean {
  const url = new URL('notes.html', window.location.href);
  url.hash = '';
  return window.open(url.href, 'pagerlab-narration', 'popup,width=900,height=600') !== null;
}

/**
 * The presenter view (`mode=present`): the drawing filling the screen and the step's narration in large
 * type, with no editor and no playback controls. The keyboard or a clicker drives it (PageDown, PageUp and
 * the playback keys); F or the button goes fullscreen; Escape leaves (fullscreen first, then the view);
 * the narration can go to a second window; Export saves the step on screen as a 16:9 slide.
 */
export function PresenterView() {
  const compare = useApp(selectCompare);
  const snapshot = useApp(useShallow(narrationSnapshot));
  const position = useApp(useShallow(selectPosition));
  const fullscreen = useFullscreen();
  const [blocked, setBlocked] = useState(false);
  useNarrationLink();
  usePresenterKeys(fullscreen, leave);
  const title = useFocusOnEntry();
  return (
    <div className="presenter">
      <header className="presenter-bar">
        <h1 className="presenter-title" ref={title} tabIndex={-1}>
          {snapshot.title ?? 'pagerlab'}
        </h1>
        <output className="position" aria-live="off">
          {positionText(position)}
        </output>
        <span className="spacer" />
        {blocked && (
          <p className="notice" role="status">
            The browser blocked the window: allow pop-ups for this page.
          </p>
        )}
        <ExportMenu items={SLIDE_ITEMS} />
        <button
          type="button"
          aria-pressed={fullscreen.on}
          aria-keyshortcuts="F"
          title="Fullscreen (F; Esc leaves it)"
          disabled={!fullscreen.available}
          onClick={fullscreen.toggle}
        >
          Fullscreen
        </button>
        <button type="button" onClick={() => setBlocked(!openNarrationWindow())}>
          Narration window
        </button>
        <button
          type="button"
          aria-keyshortcuts="Escape"
          title="Leave presenter view (Esc; in fullscreen, Esc twice)"
          onClick={leave}
        >
          Leave presenter view
        </button>
      </header>
      <div className="load-status">
        <LoadStatus />
      </div>
      <main className="presenter-stage">
        {compare === null ? (
          <MachinePane legibility={PRESENTER} />
        ) : (
          <ComparePane legibility={PRESENTER_SIDE_BY_SIDE} list={false} />
        )}
      </main>
      <section className="presenter-narration" aria-label="Narration">
        <NarrationBlock snapshot={snapshot} withDifference={false} />
      </section>
      <HelpDialog />
      <StepAnnouncer />
    </div>
  );
}
