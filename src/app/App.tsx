import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';
import { ComparePane } from './ComparePane.tsx';
import { EventLog } from './EventLog.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { CourseDialog } from './lesson/CourseDialog.tsx';
import { SidePane } from './lesson/SidePane.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import { MachinePane } from './MachinePane.tsx';
import { PlaybackBar } from './PlaybackBar.tsx';
import { PresenterView } from './PresenterView.tsx';
import { StepAnnouncer } from './StepAnnouncer.tsx';
import { TopBar } from './TopBar.tsx';
import { useKeyboard } from './useKeyboard.ts';

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

/** The lab: top bar; the editor and event log beside the machine; playback below. */
export function App() {
  useDocumentLook();
  useKeyboard();
  const compare = useApp(selectCompare);
  const presenting = useApp(selectPresenting);
  if (presenting) return <PresenterView />;
  return (
    <div className="app">
      <TopBar />
      <div className="load-status">
        <LoadStatus />
      </div>
      <main className="workspace">
        <div className="side">
          <SidePane />
          <EventLog />
        </div>
        {compare === null ? <MachinePane /> : <ComparePane />}
      </main>
      <PlaybackBar />
      <HelpDialog />
      <CourseDialog />
      <StepAnnouncer />
    </div>
  );
}
