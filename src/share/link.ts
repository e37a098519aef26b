/**
 * The scenario in a link: `s=<version>.<payload>`. Version 1's payload is the scenario's UTF-8 text,
 * raw-deflated and base64url-encoded. Reading dispatches on the version, so a later format adds a
 * reader beside version 1's and today's links keep opening; a version this page does not know is
 * reported, not guessed at. Links are untrusted: every failure is a typed problem, never an exception,
 * and what could be recovered from a damaged link comes back with it.
 */

import { MAX_TEXT_BYTES } from '../scenario/limits.ts';
import { fromBase64url, toBase64url } from './base64url.ts';
import { deflateRaw, inflateRawBounded } from './deflate.ts';

/** The format this page writes. */
export const LINK_VERSION = 1;
/** The longest link (or address fragment) accepted or made: browsers and chat tools cope with this. */
export const MAX_LINK_CHARS = 32 * 1024;

export type LinkProblem =
  | { kind: 'too-long'; length: number }
  | { kind: 'bad-base64' }
  | { kind: 'bad-compression' }
  /** Decompressed, but the bytes are not UTF-8 text. */
  | { kind: 'not-text' }
  /** Decompressing passed the language's size limit (MAX_TEXT_BYTES) and was stopped. */
  | { kind: 'too-large' }
  /** `newer`: a well-formed version above LINK_VERSION, made by a newer pagerlab. */
  | { kind: 'unknown-version'; version: string; newer: boolean }
  /** The text came through but does not parse; the worker's parser says so (see the store). */
  | { kind: 'invalid' };

export type LinkRead =
  | { ok: true; text: string }
  /** `recovered`: the text that could still be read (a link cut short gives its beginning), or null. */
  | { ok: false; problem: LinkProblem; recovered: string | null };

type Reader = (payload: string) => Promise<LinkRead>;

/** One reader per format ever written; never remove one, or the links it made stop opening. */
const READERS: ReadonlyMap<number, Reader> = new Map([[1, readVersion1]]);

/**
 * The `s` value for a scenario text, in the current format; null when it would pass `maxChars` (the
 * compression stops there, so a large text costs little to refuse).
 */
export async function encodeScenarioLink(text: string, maxChars = MAX_LINK_CHARS): Promise<string | null> {
  const prefix = `${LINK_VERSION}.`;
  // base64 spends 4 characters on 3 bytes.
  const maxBytes = Math.floor(((maxChars - prefix.length) * 3) / 4);
  const packed = await deflateRaw(text, maxBytes);
  return packed === null ? null : `${prefix}${toBase64url(packed)}`;
}

/** The scenario text of an `s` value, or what is wrong with it. */
export async function decodeScenarioLink(value: string): Promise<LinkRead> {
  if (value.length > MAX_LINK_CHARS) return broken({ kind: 'too-long', length: value.length });
  const match = /^([1-9]\d{0,8})\.(.*)$/s.exec(value);
  const version = match ? Number(match[1]) : null;
  const reader = version === null ? undefined : READERS.get(version);
  if (!match || !reader) {
    const written = value.split('.', 1)[0] ?? '';
    return broken({
      kind: 'unknown-version',
      // Shown to the reader: cut, since a stranger's link can put anything here.
      version: written.length > 12 ? `${written.slice(0, 12)}…` : written,
      newer: version !== null && version > LINK_VERSION,
    });
  }
  return reader(match[2] ?? '');
}

function broken(problem: LinkProblem, recovered: string | null = null): LinkRead {
  return { ok: false, problem, recovered };
}

async function readVersion1(payload: string): Promise<LinkRead> {
  const bytes = fromBase64url(payload);
  if (!bytes) {
    // A link mangled at its end (punctuation glued on, a cut mid-character) still holds a readable start.
    const start = /^[A-Za-z0-9_-]*/.exec(payload)?.[0] ?? '';
    const prefix = fromBase64url(start.length % 4 === 1 ? start.slice(0, -1) : start);
    return broken({ kind: 'bad-base64' }, prefix ? await recover(prefix) : null);
  }
  const inflated = await inflateRawBounded(bytes, MAX_TEXT_BYTES);
  if (inflated.kind === 'too-large') return broken({ kind: 'too-large' });
  if (inflated.kind === 'corrupt') return broken({ kind: 'bad-compression' }, partialText(inflated.bytes));
  try {
    // ignoreBOM: a text that starts with U+FEFF comes back with it.
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.bytes),
    };
  } catch {
    return broken({ kind: 'not-text' });
  }
}

async function recover(bytes: Uint8Array): Promise<string | null> {
  const inflated = await inflateRawBounded(bytes, MAX_TEXT_BYTES);
  return inflated.kind === 'too-large' ? null : partialText(inflated.bytes);
}

/** The text of a stream's first bytes: a character cut at the end is dropped; null when nothing is left. */
function partialText(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/\uFFFD$/, '');
  return text === '' ? null : text;
}
