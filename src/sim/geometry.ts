/** Page-table geometry: how a virtual page number splits into per-level indices (kernel-models.md). */

export interface Geometry {
  pageSize: number;
  levels: number;
  /** Bytes per entry: 4 with 2 levels, 8 with 3 or 4. */
  entryBytes: number;
  /** Top of the address space: 2^32, 2^39 or 2^48. */
  vaTop: number;
  /** For each level, top first: the divisor of the vpn and the number of entries that level indexes. */
  divisors: number[];
  entries: number[];
}

const VA_BITS: Record<number, number> = { 2: 32, 3: 39, 4: 48 };

/** The geometry of a machine line; the top level takes the remaining address bits. */
export function makeGeometry(pageSize: number, levels: number): Geometry {
  const entryBytes = levels === 2 ? 4 : 8;
  const perTable = pageSize / entryBytes;
  const levelBits = Math.log2(perTable);
  const offsetBits = Math.log2(pageSize);
  const vaBits = VA_BITS[levels] ?? 32;
  const topBits = vaBits - offsetBits - (levels - 1) * levelBits;
  const divisors: number[] = [];
  const entries: number[] = [];
  for (let l = 0; l < levels; l++) {
    const below = (levels - 1 - l) * levelBits;
    divisors.push(2 ** below);
    entries.push(l === 0 ? 2 ** topBits : perTable);
  }
  return { pageSize, levels, entryBytes, vaTop: 2 ** vaBits, divisors, entries };
}

/** The index into the table at `level` (0 = top) for virtual page `vpn`. */
export function levelIndex(geo: Geometry, vpn: number, level: number): number {
  return Math.floor(vpn / geo.divisors[level]!) % geo.entries[level]!;
}
