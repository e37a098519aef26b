import { lazy, Suspense, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { selectEditor, selectFirstSettled } from '../store/selectors.ts';
import { appStore, useApp } from '../store/store.ts';
import { AttackButton } from './attack/AttackButton.tsx';
import { DriverPanel } from './driver/DriverPanel.tsx';

// CodeMirror stays out of the first load: the text shows as plain text until the editor arrives.
const ScenarioEditor = lazy(() => import('../editor/ScenarioEditor.tsx'));

const onChange = (text: string) => appStore.getState().editText(text);
const onOpenReference = (id: string) => appStore.getState().setLanguageAt(id);

/**
 * The editor is fetched once the first machine is drawn, or once the first load has failed (its errors
 * belong in the editor). CodeMirror is the larger half of the app's code: fetched with the page, it was
 * compiled and mounted while the worker's first run waited to be read, and put the first drawing back
 * by a few hundred milliseconds. A page whose worker never answers gets it after a while all the same.
 */
const EDITOR_AT_THE_LATEST_MS = 3000;

function useEditorDue(): boolean {
  const settled = useApp(selectFirstSettled);
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (due) return;
    // After the drawing's own task, so the first frame is painted before the editor is compiled.
    const timer = setTimeout(() => setDue(true), settled ? 0 : EDITOR_AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, [due, settled]);
  return due;
}

/** The scenario's text: the editor once loaded, a read-only copy before. */
export function EditorPane() {
  const { text, errors, opened } = useApp(useShallow(selectEditor));
  const due = useEditorDue();
  const plain = <pre className="scenario-text">{text}</pre>;
  return (
    <section className="editor-pane" aria-label="Editor">
      <div className="editor-tools">
        <AttackButton />
      </div>
      <div className="editor-body">
        {due ? (
          <Suspense fallback={plain}>
            <ScenarioEditor
              text={text}
              opened={opened}
              errors={errors}
              onChange={onChange}
              onOpenReference={onOpenReference}
            />
          </Suspense>
        ) : (
          plain
        )}
      </div>
      <DriverPanel />
    </section>
  );
}
