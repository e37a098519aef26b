/**
 * The scenario text in CodeMirror 6: .scn highlighting, the parser's errors inline, and a controlled
 * value that never fights the user. This file is the lazy entry: nothing outside src/editor imports
 * CodeMirror, so the editor's code loads only when the editor is shown.
 */
import { useEffect, useRef, type JSX } from 'react';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { setDiagnostics } from '@codemirror/lint';
import { toDiagnostics } from './diagnostics.ts';
import { scenarioExtensions } from './setup.ts';

export interface ScenarioEditorProps {
  text: string;
  /** The parser's errors for `text`, from the worker. */
  errors: readonly { line: number; col: number; message: string }[];
  onChange(text: string): void;
  /** Opens the language reference at an entry (the hover's button). */
  onOpenReference?(id: string): void;
}

export default function ScenarioEditor(props: ScenarioEditorProps): JSX.Element {
  const { text, errors, onChange, onOpenReference } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const extensions = useRef<Extension>([]);
  const onChangeRef = useRef(onChange);
  const onOpenRef = useRef(onOpenReference);
  // The last text this editor reported: a prop equal to it is the echo of the user's own typing.
  const lastReported = useRef(text);

  useEffect(() => {
    onChangeRef.current = onChange;
    onOpenRef.current = onOpenReference;
  }, [onChange, onOpenReference]);

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
    const v = new EditorView({
      parent,
      state: EditorState.create({ doc: lastReported.current, extensions: extensions.current }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || text === lastReported.current) return;
    lastReported.current = text;
    // Another scenario: a fresh state, so undo cannot step back into the previous scenario's text.
    if (text !== v.state.doc.toString())
      v.setState(EditorState.create({ doc: text, extensions: extensions.current }));
  }, [text]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.dispatch(setDiagnostics(v.state, toDiagnostics(v.state.doc, errors)));
  }, [errors]);

  return <div className="scenario-editor" ref={host} style={{ height: '100%' }} />;
}
