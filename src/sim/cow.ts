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
