import { useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { EditorPane } from '../EditorPane.tsx';
import { Fold } from '../Fold.tsx';
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
  if (mode === 'walkthrough')
    return (
      <Fold title="Walkthrough">
        <WalkthroughPane />
      </Fold>
    );
  if (mode === 'predict')
    return (
      <Fold title="Predict">
        <PredictPane />
      </Fold>
    );
  return (
    <Fold title="Editor">
      <EditorPane />
    </Fold>
  );
}
