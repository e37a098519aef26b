/**
 * Where each part of a parsed statement was written. The AST keeps one `pos` per statement; the
 * checker wants the column of the very operand at fault (`scr` in `read scr+16`), so the parser leaves
 * those here, keyed by the AST object and a field name.
 */

import type { Pos } from '../sim/spec.ts';

/** Positions of the parts of AST nodes: `(node, 'into')`, `(num, 'self')`, ... */
export class SourceSpots {
  // A Map, not a WeakMap: the spots die with the parse anyway, and a WeakMap of a million keys makes
  // the garbage collector the slowest part of parsing a large file. Each node's spots are a flat list
  // of field and position: an object with computed keys cost a runtime call per spot, and a node has
  // one to three spots.
  private readonly map = new Map<object, Array<string | Pos>>();

  /** Remembers where `field` of `node` was written. */
  set(node: object, field: string, pos: Pos): void {
    const fields = this.map.get(node);
    if (fields) fields.push(field, pos);
    else this.map.set(node, [field, pos]);
  }

  /** Where `field` of `node` was written (the last time), else `fallback` (a hand-built AST has no spots). */
  get(node: object, field: string, fallback: Pos): Pos {
    const fields = this.map.get(node);
    if (fields)
      for (let i = fields.length - 2; i >= 0; i -= 2) if (fields[i] === field) return fields[i + 1] as Pos;
    return fallback;
  }
}
