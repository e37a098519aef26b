/** The editor's extensions: language, lint display, keymaps, line numbers, and the accessible label. */
import type { Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { scenarioAssist } from './assist.ts';
import { scenarioHighlighting } from './highlight.ts';
import { styleNonce } from './nonce.ts';

/**
 * Everything the editor needs; `onDocChange` hears each edit the user makes, with the whole text, and
 * `openReference` opens the language reference at an entry (from a hover).
 */
export function scenarioExtensions(
  onDocChange: (text: string) => void,
  openReference: (id: string) => void = () => {},
): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    scenarioHighlighting,
    // Narration is prose, often longer than the pane is wide: wrap it rather than scroll sideways.
    EditorView.lineWrapping,
    lintGutter(),
    scenarioAssist(openReference),
    // No indentWithTab: Tab and Shift+Tab keep moving focus, so keyboard users can leave the editor.
    keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
    // tabindex: the text is focusable already (contenteditable), and saying so lets checkers see that the
    // scroller around it is reachable by keyboard (axe: scrollable-region-focusable).
    EditorView.contentAttributes.of({ 'aria-label': 'Scenario text', tabindex: '0' }),
    // The Content-Security-Policy lets only a <style> with the page's nonce apply: CodeMirror's carries it.
    EditorView.cspNonce.of(styleNonce()),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onDocChange(update.state.doc.toString());
    }),
  ];
}
