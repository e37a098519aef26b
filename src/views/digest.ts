/** FNV-1a (32-bit) of a string, as 8 hex digits: a short stable fingerprint of a picture for tests. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The digest the drawing's root carries in `data-digest`. */
export function pictureDigest(picture: unknown): string {
  return fnv1a(JSON.stringify(picture));
}
