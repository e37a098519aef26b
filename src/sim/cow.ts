/**
 * Copy-on-write ownership. A state owns a page table or memory page when the object carries the
 * state's token; anything else (shared with a snapshot, or with another page) is copied before a write.
 * Tokens are plain objects compared by identity, so no counter or clock is needed.
 */

export type Cow = { readonly cow: true };

/** A fresh ownership token. */
export function newCow(): Cow {
  return { cow: true };
}

/** A token no state ever owns: marks an object shared by two places of the same state. */
export const SHARED: Cow = newCow();

/**
 * A copy of a Map, made by forEach: `new Map(map)` and `[...map]` make a [key, value] array per entry,
 * and copies are what copy-on-write and every seek do most (a seek's copy of memory alone has a
 * thousand or more entries).
 */
export function copyMap<K, V>(m: ReadonlyMap<K, V>): Map<K, V> {
  const out = new Map<K, V>();
  m.forEach((v, k) => out.set(k, v));
  return out;
}
