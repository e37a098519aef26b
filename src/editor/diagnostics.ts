/**
 * The parser's errors as CodeMirror diagnostics. The parser counts columns in characters (code points)
 * from 1, CodeMirror counts UTF-16 units from 0; the document may also have moved on since the errors
 * were made, so every position is clamped into it.
 */
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '@codemirror/lint';

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

/** One diagnostic per parser error, each an error at its line and column with the parser's message. */
export function toDiagnostics(doc: Text, errors: readonly ScenarioError[]): Diagnostic[] {
  return errors.map((e) => {
    const from = errorOffset(doc, e.line, e.col);
    return { from, to: wordEnd(doc, from), severity: 'error', message: e.message };
  });
}
