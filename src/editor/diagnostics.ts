/**
 * The parser's errors as CodeMirror diagnostics. The parser counts columns in characters (code points)
 * from 1, CodeMirror counts UTF-16 units from 0; the document may also have moved on since the errors
 * were made, so every position is clamped into it.
 */
import type { Text } from '@codemirror/state';
import type { Action, Diagnostic } from '@codemirror/lint';
import { quickFixes } from './quickFix.ts';

export interface ScenarioError {
  line: number;
  col: number;
  message: string;
}

/** The document offset of (line, col), both from 1, col in code points; clamped into the document. */
export function errorOffset(doc: Text, line: number, col: number): number {
  if (!(line >= 1)) return 0;
  if (line > doc.lines) return doc.length;
  const l = doc.line(Math.floor(line));
  const text = l.text;
  let i = 0;
  // Walk code points, not UTF-16 units, so an astral character before the error counts as one column.
  for (let c = 1; c < col && i < text.length; c++) {
    const unit = text.charCodeAt(i);
    i += unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return l.from + i;
}

/** How far the underline reaches: the run of non-space characters at `from`, within its line. */
function wordEnd(doc: Text, from: number): number {
  const l = doc.lineAt(from);
  // A bounded look: an error on a very long line must not copy the whole line.
  const rest = doc.sliceString(from, Math.min(l.to, from + 256));
  const m = /^[^\s]+/.exec(rest);
  return from + (m ? m[0].length : 0);
}

/**
 * The quick fixes for a message, as actions that replace the refused word (a name, key or rule: the run
 * of name characters at the diagnostic's start, `bogus` of `bogus=3`) with a known one.
 */
function fixActions(message: string): Action[] {
  return quickFixes(message).map((f) => ({
    name: f.name,
    apply(view, from) {
      const line = view.state.doc.lineAt(from);
      const word = /^[\w-]*/.exec(view.state.doc.sliceString(from, line.to))?.[0] ?? '';
      view.dispatch({ changes: { from, to: from + word.length, insert: f.insert } });
    },
  }));
}

/**
 * One diagnostic per parser error, each an error at its line and column with the parser's message, and
 * quick fixes where the message names the words it would have taken.
 */
export function toDiagnostics(doc: Text, errors: readonly ScenarioError[]): Diagnostic[] {
  return errors.map((e) => {
    const from = errorOffset(doc, e.line, e.col);
    const actions = fixActions(e.message);
    return {
      from,
      to: wordEnd(doc, from),
      severity: 'error',
      message: e.message,
      ...(actions.length > 0 ? { actions } : {}),
    };
  });
}
