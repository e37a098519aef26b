/**
 * Reading a `.scn` file the user picked or dropped. A file is untrusted input: its size is checked before
 * a byte is read (a 2 GB file must not be pulled into memory to be refused), and its bytes must be UTF-8
 * text, as the language's files are. The store is told either the text or why the file was refused.
 */

import { MAX_TEXT_BYTES } from '../scenario/limits.ts';
import type { AppStore } from '../store/store.ts';

export type FileRead = { ok: true; text: string } | { ok: false; reason: string };

const KIB = 1024;

function size(bytes: number): string {
  return bytes >= KIB * KIB ? `${(bytes / (KIB * KIB)).toFixed(1)} MiB` : `${Math.ceil(bytes / KIB)} KiB`;
}

/** The text of `file`, or why it cannot be opened. */
export async function readScenarioFile(file: Blob): Promise<FileRead> {
  if (file.size > MAX_TEXT_BYTES)
    return {
      ok: false,
      reason: `it is ${size(file.size)}, and a scenario may be at most ${size(MAX_TEXT_BYTES)}`,
    };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (err) {
    return {
      ok: false,
      reason: `it could not be read (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  try {
    // fatal: a binary file is refused rather than opened as replacement characters.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'it is not UTF-8 text' };
  }
}

/** Opens `file` in the editor and runs it, or says in the alert why not (the current run stays). */
export async function openScenarioFile(store: AppStore, file: File): Promise<void> {
  const read = await readScenarioFile(file);
  if (read.ok) store.getState().openFileText(read.text, file.name);
  else store.getState().fileRefused(file.name, read.reason);
}
