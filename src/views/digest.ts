/** FNV-1a (32-bit) of a string, as 8 hex digits: a short stable fingerprint of a picture for tests. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

// Pictures are immutable and the drawing reuses unchanged parts (stable.ts), so a part's digest is
// worth keeping: a step that touches one process re-reads that process, not the whole machine.
const parts = new WeakMap<object, string>();

function partDigest(part: unknown): string {
  if (typeof part !== 'object' || part === null) return fnv1a(JSON.stringify(part) ?? 'undefined');
  let d = parts.get(part);
  if (d === undefined) parts.set(part, (d = fnv1a(JSON.stringify(part))));
  return d;
}

/**
 * The digest the drawing's root carries in `data-digest`: of each top-level field, and of each process
 * and device on its own. Equal pictures have equal digests, whatever objects they are made of.
 */
export function pictureDigest(picture: object): string {
  const fields = Object.entries(picture).map(([key, value]) => {
    const inner = Array.isArray(value) && (key === 'procs' || key === 'devices');
    return `${key}=${inner ? value.map(partDigest).join(',') : partDigest(value)}`;
  });
  return fnv1a(fields.join(';'));
}
