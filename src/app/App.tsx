import { lazy, Suspense, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { ComparePane } from './compare/ComparePane.tsx';
import { EventLog } from './EventLog.tsx';
import { Fold } from './Fold.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { CourseDialog } from './lesson/CourseDialog.tsx';
import { SidePane } from './lesson/SidePane.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import { MachinePane } from './MachinePane.tsx';
import { PlaybackBar } from './PlaybackBar.tsx';
import { PresenterView } from './present/PresenterView.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { StepAnnouncer } from './StepAnnouncer.tsx';
import { TopBar } from './TopBar.tsx';
import { useKeyboard } from './useKeyboard.ts';
import './layout.css';

// The reference and the templates are text the first draw does not need: fetched when first opened.
const LanguageDialog = lazy(() => import('./LanguageDialog.tsx'));
const NewScenarioDialog = lazy(() => import('./NewScenarioDialog.tsx'));
// The attack search (and its worker's client) too: most visits never search.
const AttackDialog = lazy(() => import('./attack/AttackDialog.tsx'));
const selectDialogs = (s: AppState) => ({
  language: s.languageAt !== null,
  templates: s.templatesOpen,
  attack: s.attackOpen,
});

// Predict mode shows one machine: the other kernel's run would give the answers away.
const selectCompare = (s: AppState) => (s.mode === 'predict' ? null : s.compare);
const selectPresenting = (s: AppState) => s.mode === 'present';
const selectLook = (s: AppState) => ({ theme: s.theme, reducedMotion: s.reducedMotion, title: s.title });

/** The page's look lives on <html>: the theme's colours and the motion setting reach every part. */
export function useDocumentLook(): void {
  const { theme, reducedMotion, title } = useApp(useShallow(selectLook));
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.motion = reducedMotion ? 'reduced' : 'full';
  }, [theme, reducedMotion]);
  useEffect(() => {
    document.title = title ? `${title} · pagerlab` : 'pagerlab';
  }, [title]);
}

const SKIP_TARGETS = [
  { id: 'playback', label: 'Skip to playback' },
  { id: 'drawing', label: 'Skip to drawing' },
];

/**
 * Leaving the presenter view unmounts the control that was used to enter it: focus would fall to <body>.
 * It goes back to the Mode control instead, where a keyboard user left the page.
 */
function useFocusAfterPresenting(presenting: boolean) {
  const modeButton = useRef<HTMLButtonElement>(null);
  const was = useRef(presenting);
  useEffect(() => {
    if (was.current && !presenting) modeButton.current?.focus();
    was.current = presenting;
  }, [presenting]);
  return modeButton;
}

/**
 * The lab: top bar; the machine and, beside it, the editor and event log; playback below. The drawing
 * comes first in the document: a narrow screen stacks it above the rest (layout.css), and a screen
 * reader or the Tab key meets the lesson before its text.
 */
export function App() {
  useDocumentLook();
  useKeyboard();
  const compare = useApp(selectCompare);
  const presenting = useApp(selectPresenting);
  const modeButton = useFocusAfterPresenting(presenting);
  const dialogs = useApp(useShallow(selectDialogs));
  if (presenting) return <PresenterView />;
  return (
    <div className="app lab">
      <SkipLinks targets={SKIP_TARGETS} />
      <TopBar modeButton={modeButton} />
      <div className="load-status">
        <LoadStatus />
      </div>
      <main className="workspace">
        <div className="workspace-stage" id="drawing" tabIndex={-1}>
          {compare === null ? <MachinePane /> : <ComparePane />}
        </div>
        <div className="side">
          <SidePane />
          <Fold title="Event log">
            <EventLog />
          </Fold>
        </div>
      </main>
      <PlaybackBar />
      <HelpDialog />
      <CourseDialog />
      <Suspense fallback={null}>
        {dialogs.language && <LanguageDialog />}
        {dialogs.templates && <NewScenarioDialog />}
        {dialogs.attack && <AttackDialog />}
      </Suspense>
      <StepAnnouncer />
    </div>
  );
}
