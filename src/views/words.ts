/** A leaf entry's bits in words, the way the drawing labels them. */

/** The bits of a leaf entry: `P W S` with dashes for clear bits (present is always set on a leaf we draw). */
export function pteBits(pte: { write: boolean; special: boolean }): string {
  return `P${pte.write ? 'W' : '-'}${pte.special ? 'S' : '-'}`;
}
