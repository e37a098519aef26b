import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { selectEditor } from '../store/selectors.ts';
import { appStore, useApp } from '../store/store.ts';

// CodeMirror stays out of the first load: the text shows as plain text until the editor arrives.
const ScenarioEditor = lazy(() => import('../editor/ScenarioEditor.tsx'));

const onChange = (text: string) => appStore.getState().editText(text);

/** The scenario's text: the editor once loaded, a read-only copy before. */
export function EditorPane() {
  const { text, errors } = useApp(useShallow(selectEditor));
  return (
    <section className="editor-pane" aria-label="Editor">
      <Suspense fallback={<pre className="scenario-text">{text}</pre>}>
        <ScenarioEditor text={text} errors={errors} onChange={onChange} />
      </Suspense>
    </section>
  );
}
