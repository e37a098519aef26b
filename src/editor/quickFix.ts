/**
 * Quick fixes for the parser's messages about a word it does not know: an unknown key offers the keys
 * the line takes, nearest first; a misspelt errno, signal, rule, kernel, type or operation offers the
 * nearest known ones. Pure: from the message and the word to the replacements.
 */

/** One fix: a button's name and the word that replaces the wrong one. */
export interface Fix {
  name: string;
  insert: string;
}

/** Levenshtein distance, small strings only (names of at most 32 characters). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      row[j] = Math.min(up + 1, (row[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return row[b.length] ?? 0;
}

/** The known words a message lists, and the word it refused: null when it is not such a message. */
export function refusedWord(message: string): { word: string; known: string[]; isKey: boolean } | null {
  // `unknown key "bogus" for a kbuf device (keys: pages, alloc, holes, unmap)`, `unknown errno "X" (errnos: ...)`
  const unknown = /^unknown ([a-z ]+?) "([^"]*)".*\((?:[a-z]+): ([^)]*)\)$/.exec(message);
  // `expected a kernel (linux, netbsd, irix), found "linx"`
  const expected = /^expected [^(]*\(([^)]*)\), found "([^"]*)"$/.exec(message);
  const list = unknown?.[3] ?? expected?.[1];
  const word = unknown?.[2] ?? expected?.[2];
  if (list === undefined || word === undefined) return null;
  const known = list.split(', ').filter((w) => /^[A-Za-z_][\w-]*$/.test(w));
  if (known.length === 0) return null;
  return { word, known, isKey: /\b(key|hook)\b/.test(unknown?.[1] ?? '') };
}

/** The fixes for a parser message: every key for an unknown key, else the nearest words (at most 3). */
export function quickFixes(message: string): Fix[] {
  const r = refusedWord(message);
  if (!r) return [];
  const ranked = r.known
    .map((w, i) => ({ w, i, d: editDistance(r.word, w) }))
    .sort((a, b) => a.d - b.d || a.i - b.i);
  const near = r.isKey
    ? ranked
    : ranked.filter((x) => x.d <= Math.max(2, Math.floor(r.word.length / 2))).slice(0, 3);
  return near.map((x) => ({ name: `Use ${x.w}`, insert: x.w }));
}
