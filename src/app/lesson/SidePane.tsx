import { useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { EditorPane } from '../EditorPane.tsx';
import { PredictPane } from './PredictPane.tsx';
import { WalkthroughPane } from './WalkthroughPane.tsx';
import './lesson.css';

const selectMode = (s: AppState) => s.mode;

/**
 * The left pane above the event log: the editor, or the walkthrough's narration, or predict mode's
 * questions. Predict mode never mounts the editor: its text holds the `expect` lines, the answers.
 */
export function SidePane() {
  const mode = useApp(selectMode);
  if (mode === 'walkthrough') return <WalkthroughPane />;
  if (mode === 'predict') return <PredictPane />;
  return <EditorPane />;
}
