/**
 * The scenario text in CodeMirror 6: .scn highlighting, the parser's errors inline, and a controlled
 * value that never fights the user. This file is the lazy entry: nothing outside src/editor imports
 * CodeMirror, so the editor's code loads only when the editor is shown.
 */
import { useEffect, useRef, useState, type JSX } from 'react';
import { flushSync } from 'react-dom';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { setDiagnostics } from '@codemirror/lint';
import { toDiagnostics } from './diagnostics.ts';
import { difference } from './difference.ts';
import { scenarioExtensions } from './setup.ts';

export interface ScenarioEditorProps {
  text: string;
  /**
   * Bumped when another scenario is opened; a new `text` with the same `opened` is an edit made outside
   * the editor (the driver hook panel), which goes in as a change the user can undo.
   */
  opened: number;
  /** The parser's errors for `text`, from the worker. */
  errors: readonly { line: number; col: number; message: string }[];
  onChange(text: string): void;
  /** Opens the language reference at an entry (the hover's button). */
  onOpenReference?(id: string): void;
}

export default function ScenarioEditor(props: ScenarioEditorProps): JSX.Element {
  const { text, opened, errors, onChange, onOpenReference } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const extensions = useRef<Extension>([]);
  const onChangeRef = useRef(onChange);
  const onOpenRef = useRef(onOpenReference);
  // The last text this editor reported: a prop equal to it is the echo of the user's own typing.
  const lastReported = useRef(text);
  const lastOpened = useRef(opened);

  useEffect(() => {
    onChangeRef.current = onChange;
    onOpenRef.current = onOpenReference;
  }, [onChange, onOpenReference]);

  // Until the editor is in the page, the text shows as it did before the editor's code came.
  const [attached, setAttached] = useState(false);

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    extensions.current = scenarioExtensions(
      (next) => {
        lastReported.current = next;
        onChangeRef.current(next);
      },
      (id) => onOpenRef.current?.(id),
    );
    // Built away from the page, and put in it a task later: building the view (its state, the parse,
    // the lines' DOM) and then laying it out in the page was one task of 50 ms and more on a busy
    // 2-core machine, while the page was still loading.
    const v = new EditorView({
      state: EditorState.create({ doc: lastReported.current, extensions: extensions.current }),
    });
    view.current = v;
    const attach = setTimeout(() => {
      flushSync(() => setAttached(true));
      parent.appendChild(v.dom);
      v.requestMeasure();
    }, 0);
    return () => {
      clearTimeout(attach);
      v.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || text === lastReported.current) return;
    // An opening may bump `opened` before its text arrives (a built-in loads first): compared at the
    // text's change, not at every render.
    const another = opened !== lastOpened.current;
    lastOpened.current = opened;
    lastReported.current = text;
    const doc = v.state.doc.toString();
    if (text === doc) return;
    // Another scenario: a fresh state, so undo cannot step back into the previous scenario's text.
    if (another) v.setState(EditorState.create({ doc: text, extensions: extensions.current }));
    else v.dispatch({ changes: difference(doc, text), userEvent: 'input.panel' });
  }, [text, opened]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.dispatch(setDiagnostics(v.state, toDiagnostics(v.state.doc, errors)));
  }, [errors]);

  return (
    <>
      {attached ? null : <pre className="scenario-text">{text}</pre>}
      <div className="scenario-editor" ref={host} style={{ height: attached ? '100%' : 0 }} />
    </>
  );
}
