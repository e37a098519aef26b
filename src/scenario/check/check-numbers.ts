/** Shared pieces of the checker: where a number was written, and its value in bytes. */

import { bytes, type Num, type Pos } from '../../sim/spec.ts';
import type { Diagnostics } from '../diagnostic.ts';
import { NUMBER_LIMIT } from '../limits.ts';
import type { SourceSpots } from '../spots.ts';

/** What every check needs: the page size (for `p`), the positions and the place to report. */
export interface CheckContext {
  pageSize: number;
  spots: SourceSpots;
  diags: Diagnostics;
}

/** Where a number was written (its statement's position when the parser left none). */
export function numPos(ctx: CheckContext, n: Num, fallback: Pos): Pos {
  return ctx.spots.get(n, 'self', fallback);
}

/**
 * A size in bytes, or null (reported) when its unit takes it to 2^48 or past: a number is below 2^48
 * as written, and a unit must not carry it further.
 */
export function sizeBytes(ctx: CheckContext, n: Num, fallback: Pos, what: string): number | null {
  const b = bytes(n, ctx.pageSize);
  if (b >= NUMBER_LIMIT) {
    ctx.diags.at(numPos(ctx, n, fallback), `${what} is too large: sizes and addresses are below 2^48 bytes`);
    return null;
  }
  return b;
}

/** `12345` with thousands separators, for messages about limits. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Hex for physical addresses in messages. */
export function hex(n: number): string {
  return `0x${n.toString(16).toUpperCase()}`;
}
