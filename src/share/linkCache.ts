/**
 * The last scenario text put into a link, and its `s` value. Playback rewrites the address several times
 * a second while the text stays the same: with this, only an edit costs a compression, and the address
 * and Copy link agree on the value (a link's own value is kept as it came, not recompressed).
 */

import { encodeScenarioLink } from './link.ts';

/** `value` null: the text does not fit in a link. */
let last: { text: string; value: string | null } | null = null;

/** The `s` value of `text` if it is the one encoded last (null: too long); undefined: not encoded yet. */
export function cachedLink(text: string): string | null | undefined {
  return last !== null && last.text === text ? last.value : undefined;
}

/** The `s` value of `text`, encoding it if needed; null when it does not fit in a link. */
export async function linkFor(text: string): Promise<string | null> {
  const known = cachedLink(text);
  if (known !== undefined) return known;
  const value = await encodeScenarioLink(text);
  last = { text, value };
  return value;
}

/** Records a value read from a link, so writing the address back keeps it as the sender made it. */
export function rememberLink(text: string, value: string): void {
  last = { text, value };
}
