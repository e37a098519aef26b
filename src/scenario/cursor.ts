/** Walks the tokens of one line for the statement parsers, with "expected X, found Y" errors. */

import type { Pos } from '../sim/spec.ts';
import type { Diagnostics } from './diagnostic.ts';
import type { Punct, Token } from './lexer.ts';
import type { SourceSpots } from './spots.ts';

/** Thrown to abandon the rest of a line after a syntax error; the parser goes on with the next line. */
export class LineError {
  constructor(
    readonly pos: Pos,
    readonly message: string,
  ) {}
}

/** How a token reads in a message. */
export function describe(tok: Token | undefined): string {
  if (!tok) return 'the end of the line';
  const text = tok.text.length > 40 ? `${tok.text.slice(0, 40)}...` : tok.text;
  return tok.kind === 'str' ? `the string ${text}` : `"${text}"`;
}

/** A position in the line, the tokens that remain, and the places to report to. */
export class Cursor {
  private i = 0;

  constructor(
    readonly tokens: readonly Token[],
    readonly line: number,
    /** Column just past the last token: where "the end of the line" is. */
    readonly eol: number,
    readonly diags: Diagnostics,
    readonly spots: SourceSpots,
  ) {}

  peek(ahead = 0): Token | undefined {
    return this.tokens[this.i + ahead];
  }

  next(): Token | undefined {
    const tok = this.tokens[this.i];
    if (tok) this.i++;
    return tok;
  }

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  /** The position of a token, or of the end of the line. */
  pos(tok: Token | undefined = this.peek()): Pos {
    return { line: this.line, col: tok ? tok.col : this.eol };
  }

  /** Abandons the line: `expected WHAT, found TOKEN`, at that token. */
  fail(what: string, tok: Token | undefined = this.peek()): never {
    throw new LineError(this.pos(tok), `expected ${what}, found ${describe(tok)}`);
  }

  /** Abandons the line with a message of its own. */
  failWith(message: string, tok: Token | undefined = this.peek()): never {
    throw new LineError(this.pos(tok), message);
  }

  /** Reports an error and goes on: the statement still means something. */
  report(message: string, tok: Token | undefined = this.peek()): void {
    this.diags.at(this.pos(tok), message);
  }

  isWord(word?: string, ahead = 0): boolean {
    const tok = this.peek(ahead);
    return tok?.kind === 'word' && (word === undefined || tok.text === word);
  }

  isPunct(p: Punct, ahead = 0): boolean {
    const tok = this.peek(ahead);
    return tok?.kind === 'punct' && tok.text === p;
  }

  /** The next token, which must be a word; `what` names what was expected. */
  word(what: string): Token & { kind: 'word' } {
    const tok = this.peek();
    if (tok?.kind !== 'word') this.fail(what, tok);
    this.i++;
    return tok;
  }

  /** The next token, which must be `p`. */
  punct(p: Punct, what = `"${p}"`): Token {
    const tok = this.peek();
    if (tok?.kind !== 'punct' || tok.text !== p) this.fail(what, tok);
    this.i++;
    return tok;
  }

  /**
   * Parses `KEY=VALUE ...` to the end of the line. A bad key or value is reported and parsing goes on
   * at the next `WORD=`, so one mistake does not hide the others on the line.
   */
  keyValues(parseOne: () => void): void {
    while (!this.done()) {
      try {
        parseOne();
      } catch (e) {
        if (!(e instanceof LineError)) throw e;
        this.diags.at(e.pos, e.message);
        this.i = Math.max(this.i, this.indexAt(e.pos.col) + 1);
        while (!this.done() && !(this.isWord() && this.isPunct('=', 1))) this.i++;
      }
    }
  }

  /**
   * The index of the token at column `col`, or -1. Tokens are in column order, so a binary search:
   * error recovery asks this once per bad key, and a line may hold tens of thousands of them.
   */
  private indexAt(col: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.tokens[mid]!.col;
      if (c === col) return mid;
      if (c < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The line must end here. */
  end(what = 'the end of the line'): void {
    if (!this.done()) this.fail(what);
  }
}
