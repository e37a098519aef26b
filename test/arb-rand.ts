/** Random choices for the scenario builders, drawn through fast-check so that runs replay and shrink. */

import fc from 'fast-check';
import type { Num } from '../src/sim/spec.ts';

/**
 * The choices a scenario is built from: a plain array of numbers that fast-check generates and shrinks.
 * (Not `fc.gen()`: under `.filter` a rejected gen value comes back unchanged and the filter never ends.)
 * Choice 0 is always the simplest answer (the lowest number, `false`, the first item), so a shorter or
 * smaller array shrinks to a simpler scenario, and past the end of the array every choice is 0.
 */
export const arbChoices = fc.array(fc.noBias(fc.nat({ max: 0x7fffffff })), {
  maxLength: 10_000,
  size: 'max',
});

/** A source of random choices for the builders. */
export class Rand {
  private next = 0;

  constructor(private readonly choices: readonly number[]) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    const v = this.choices[this.next++] ?? 0;
    return min + (v % (max - min + 1));
  }

  /** true with probability p (choice 0 is false). */
  chance(p: number): boolean {
    return this.int(0, 999) >= 1000 - p * 1000;
  }

  pick<T>(xs: readonly T[]): T {
    const x = xs[this.int(0, xs.length - 1)];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  }

  /** One of the items, each as likely as its (whole-number) weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let n = this.int(0, items.reduce((s, [, w]) => s + w, 0) - 1);
    for (const [x, w] of items) {
      if (n < w) return x;
      n -= w;
    }
    throw new Error('weighted pick with no weight');
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const out = xs.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** Text for a string literal: any characters but line breaks, at most `max` code points. */
  text(max: number): string {
    let out = '';
    // Mostly short, so that the choices go to steps rather than to characters.
    const short = this.int(0, Math.min(max, 12));
    for (let n = this.chance(0.2) ? this.int(0, max) : short; n > 0; n--) out += this.char();
    return out;
  }

  /** One character: mostly printable ASCII, sometimes Latin, CJK, astral or control characters. */
  char(): string {
    const kind = this.weighted([
      ['ascii', 24],
      ['latin', 3],
      ['cjk', 2],
      ['astral', 2],
      ['control', 1],
    ] as const);
    if (kind === 'ascii') return String.fromCodePoint(32 + this.int(0, 94));
    if (kind === 'latin') return String.fromCodePoint(0xa0 + this.int(0, 0x1af));
    if (kind === 'cjk') return String.fromCodePoint(0x4e00 + this.int(0, 0x51ff));
    if (kind === 'astral') return String.fromCodePoint(0x10000 + this.int(0, 0xfffff));
    // No \n or \r: a string or a narration line cannot hold a line break.
    return String.fromCodePoint(this.pick([0x0, 0x1, 0x7, 0x9, 0xb, 0xc, 0x1b, 0x7f, 0x85, 0x2028, 0xfeff]));
  }

  /** Narration: one to three lines, each trimmed as the parser keeps them. */
  narration(): string {
    const lines: string[] = [];
    for (let i = this.int(1, 3); i > 0; i--) lines.push(this.text(50).trim());
    return lines.join('\n');
  }

  /** A made-up name: a letter or `_`, then letters, digits or `_` (letters only if asked). */
  name(lettersOnly: boolean): string {
    const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';
    const rest = lettersOnly ? first : `${first}0123456789`;
    let s = this.pick([...first]);
    for (let i = this.int(0, 8); i > 0; i--) s += this.pick([...rest]);
    return s;
  }
}

/** A number written one of the ways the language allows; `units` says whether a unit may appear. */
export function num(r: Rand, value: number, pageSize: number, units: boolean): Num {
  const hex = r.chance(0.3);
  if (units && value > 0) {
    if (value % pageSize === 0 && r.chance(0.4)) return { value: value / pageSize, unit: 'p', hex };
    if (value % 1024 === 0 && r.chance(0.3)) return { value: value / 1024, unit: 'k', hex };
    if (value % (1024 * 1024) === 0 && r.chance(0.5)) return { value: value / (1024 * 1024), unit: 'm', hex };
  }
  return { value, unit: '', hex };
}
