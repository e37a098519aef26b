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

/** A collector that the parser and checker share, so every error in the file gets reported. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  /** Records an error at a line and column. */
  add(line: number, col: number, message: string): void {
    this.list.push({ line, col, message });
  }

  /** Records an error at a source position. */
  at(pos: { line: number; col: number }, message: string): void {
    this.add(pos.line, pos.col, message);
  }
}
