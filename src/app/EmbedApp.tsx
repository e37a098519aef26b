import { useState } from 'react';

import { useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { useDocumentLook } from './App.tsx';
import { fullAppUrl } from './embed.ts';
import './embed.css';
import { HelpDialog } from './HelpDialog.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import { MachinePane } from './MachinePane.tsx';
import { PlaybackBar } from './PlaybackBar.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { StepAnnouncer } from './StepAnnouncer.tsx';
import { useKeyboard } from './useKeyboard.ts';
import { EMBED } from '../views/zoom.ts';

const selectTitle = (s: AppState) => s.title;
const SKIP_TARGETS = [{ id: 'playback', label: 'Skip to playback' }];

/**
 * The link to the full app. The address follows playback (replaced, throttled, with no event a page can
 * hear), so the link reads it again just before it is used: on hover, focus and activation.
 */
function OpenFullApp() {
  const [href, setHref] = useState(() => fullAppUrl(location.href));
  const refresh = () => setHref(fullAppUrl(location.href));
  return (
    <a
      className="embed-open"
      href={href}
      target="_blank"
      rel="noopener"
      onPointerEnter={refresh}
      onFocus={refresh}
      onClick={(e) => {
        // The click's navigation reads href after this handler: give it the address of this moment.
        e.currentTarget.href = fullAppUrl(location.href);
      }}
    >
      Open in pagerlab
    </a>
  );
}

/** Embed mode: the drawing and the playback controls, made to fit a course page's iframe (800x500). */
export function EmbedApp() {
  useDocumentLook();
  useKeyboard();
  const title = useApp(selectTitle);
  return (
    <div className="app embed">
      <SkipLinks targets={SKIP_TARGETS} />
      <header className="embed-head">
        <p className="embed-title">{title ?? 'pagerlab'}</p>
        <OpenFullApp />
      </header>
      <div className="load-status">
        <LoadStatus />
      </div>
      <MachinePane legibility={EMBED} />
      <PlaybackBar />
      <HelpDialog />
      <StepAnnouncer />
    </div>
  );
}
