/**
 * Words for a step's outcome, shared by the runner's table and the page: the step as its author wrote it
 * (`write scr+16 "hello"`, rather than a re-printed form, so a reader finds the line they wrote) and where
 * an access landed (`device ttyv p0`, `ram f12`).
 */

import type { Lands } from '../sim/outcome.ts';
import { splitLines } from './lexer.ts';

const ACTOR_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*\s*:\s*/;

/** A source line without its `#` comment (outside strings) and without surrounding spaces. */
export function stripComment(lineText: string): string {
  let inString = false;
  for (let i = 0; i < lineText.length; i++) {
    const c = lineText[i];
    if (inString && c === '\\') i++;
    else if (c === '"') inString = !inString;
    else if (c === '#' && !inString) return lineText.slice(0, i).trim();
  }
  return lineText.trim();
}

/**
 * The operation text of each step, by its 1-based line in `source`: the line without comment and, for a
 * process step (`actor` set), without the `PROC:` prefix.
 */
export function stepTexts(
  source: string,
  steps: ReadonlyArray<{ line: number; actor: string | null }>,
): string[] {
  // The lexer's own split, so that line N here is line N in its errors and the steps' positions.
  const lines = splitLines(source);
  return steps.map(({ line, actor }) => {
    const text = stripComment(lines[line - 1] ?? '');
    return actor === null ? text : text.replace(ACTOR_PREFIX, '');
  });
}

/** `device ttyv p0`, `ram f12`, or '' when the step made no access that landed. */
export function describeLands(lands: Lands | null): string {
  if (lands === null) return '';
  return lands.kind === 'ram' ? `ram f${lands.frame}` : `device ${lands.device} p${lands.page}`;
}
