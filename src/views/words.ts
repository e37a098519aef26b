/** Sizes and rights in words, the way the drawing labels them. */

/** `2 pages (8 KiB)`: sizes in pages and KiB (bytes below 1 KiB, as for a small register block). */
export function sizeWords(bytes: number, pageSize: number): string {
  const pages = Math.ceil(bytes / pageSize);
  const kib = bytes / 1024;
  const amount = bytes < 1024 ? `${bytes} B` : `${Number.isInteger(kib) ? kib : kib.toFixed(1)} KiB`;
  return `${pages} ${pages === 1 ? 'page' : 'pages'} (${amount})`;
}

/** The bits of a leaf entry: `P W S` with dashes for clear bits (present is always set on a leaf we draw). */
export function pteBits(pte: { read: boolean; write: boolean; special: boolean }): string {
  return `P${pte.write ? 'W' : '-'}${pte.special ? 'S' : '-'}`;
}

/** `rw` / `r` / `none`, as the kernels print rights. */
export function rightsWords(r: { read: boolean; write: boolean }): string {
  return r.write ? 'rw' : r.read ? 'r' : 'none';
}
