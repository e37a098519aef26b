/** The walkthrough's reading of a story: which chapter a step is in, and a line for the contents. */

import type { Chapter } from '../../worker/protocol.ts';

/** The chapter a step belongs to: the last narrated step at or before it (null before the first). */
export function chapterAt(chapters: readonly Chapter[], step: number): Chapter | null {
  let found: Chapter | null = null;
  for (const c of chapters) if (c.step <= step) found = c;
  return found;
}

/** A table-of-contents line: the narration's first sentence, cut to about a line. */
export function headline(text: string): string {
  const first = /^[\s\S]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return first.length > 90 ? `${first.slice(0, 89)}…` : first;
}
