/** Errors found in a scenario file, each where it was found (scenario-language.md, "The runner"). */

/** One error: 1-based line and column (columns count characters) and what was expected. */
export interface Diagnostic {
  line: number;
  col: number;
  message: string;
}

/** Sorts by line, then column; a stable sort keeps same-place errors in the order found. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.slice().sort((a, b) => a.line - b.line || a.col - b.col);
}

/**
 * The most errors a file reports; past them, one more line says how many were left out. A file of
 * 200,000 bad lines, or a title of 2 million bad escapes, must not make a list that freezes the page
 * or a runner that prints hundreds of megabytes.
 */
export const MAX_ERRORS = 100;
/** A message is cut at this many characters (its quoted excerpt is cut well before: `excerpt`). */
const MAX_MESSAGE = 300;

/** `N more errors`, said once after the first MAX_ERRORS. */
export function moreErrorsMessage(more: number): string {
  const n = String(more).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `and ${n} more ${more === 1 ? 'error' : 'errors'} (only the first ${MAX_ERRORS} are listed)`;
}

/** A collector that the parser and checker share: the first MAX_ERRORS errors, and a count of the rest. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  /** Errors found past the first MAX_ERRORS, and where the first of them is. */
  more = 0;
  firstMore: { line: number; col: number } | null = null;

  /** Records an error at a line and column. */
  add(line: number, col: number, message: string): void {
    if (this.list.length < MAX_ERRORS) {
      const cut = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 3)}...` : message;
      this.list.push({ line, col, message: cut });
    } else this.drop(1, line, col);
  }

  /** Counts `n` errors not recorded (a lexer that stopped listing them), the first at line, col. */
  drop(n: number, line: number, col: number): void {
    if (n <= 0) return;
    if (this.firstMore === null) this.firstMore = { line, col };
    this.more += n;
  }

  /** Whether no more errors will be recorded: work spent finding them is only counted. */
  get full(): boolean {
    return this.list.length >= MAX_ERRORS;
  }

  /** The errors sorted, with the count of the rest as a last entry where the first of them is. */
  sorted(): Diagnostic[] {
    const out = sortDiagnostics(this.list);
    const at = this.firstMore;
    if (this.more > 0 && at) out.push({ line: at.line, col: at.col, message: moreErrorsMessage(this.more) });
    return out;
  }

  /** Records an error at a source position. */
  at(pos: { line: number; col: number }, message: string): void {
    this.add(pos.line, pos.col, message);
  }
}
