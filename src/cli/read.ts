/** Reading a scenario file with the language's size cap checked before the file is read whole. */

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import { MAX_TEXT_BYTES } from '../scenario/limits.ts';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/**
 * Reads `file` (relative to `baseDir`) as UTF-8 text, refusing what no scenario can be. Messages name the
 * file as the user wrote it.
 */
export function readScenarioFile(file: string, baseDir: string): ReadResult {
  const fail = (why: string): ReadResult => ({ ok: false, message: `${file}: ${why}` });
  const path = resolve(baseDir, file);
  let buffer: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fail('is a directory');
    if (!stat.isFile()) return fail('not a regular file');
    if (stat.size > MAX_TEXT_BYTES) {
      return fail(`${stat.size} bytes is more than a scenario may have (${MAX_TEXT_BYTES} bytes, 4 MB)`);
    }
    buffer = readFileSync(path);
  } catch (err) {
    return fail(reason(err));
  }
  // The file may have grown between stat and read.
  if (buffer.length > MAX_TEXT_BYTES) return fail('more than a scenario may have (4 MB)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return fail('not UTF-8 text');
  }
  // An editor's byte-order mark is not part of line 1; dropping it keeps columns as the reader sees them.
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
