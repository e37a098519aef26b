/** The language reference's shapes: what the doc, the app's Language dialog and the editor show. */

/** The reference's sections, in the order the doc gives them. */
export type SectionId =
  | 'lines'
  | 'kernels'
  | 'machine'
  | 'devices'
  | 'drivers'
  | 'steps'
  | 'expectations'
  | 'errnos'
  | 'signals'
  | 'rules';

/** What a person writes about one word of the language; the word itself comes from the parser. */
export interface Note {
  /** The line as written, with its arguments: `PROC: mmap FD LEN [off=N] ...`. */
  form?: string;
  /** What it does, in a sentence or two. */
  text: string;
  /** A whole scenario that runs, with `expect` lines that hold: the doc's tests run every one. */
  example?: string;
  /** A default the parser's tables do not hold (`required`). */
  default?: string;
}

/** One entry of the reference: a word of the parser's tables and what is written about it. */
export interface Entry {
  /** `step:mmap`, `key:vt.screens`, `errno:EINVAL`: unique, stable. */
  id: string;
  section: SectionId;
  /** The word as written in a file (`mmap`, `screens`, `EINVAL`). */
  name: string;
  form: string;
  text: string;
  example: string | null;
  /** A key's default, in the language's own words (`2`, `1p`, `vmalloc`, `none`, `required`). */
  default: string | null;
  /** A device key's or driver hook's type (`vt`), or null when every type has it. */
  owner: string | null;
  /** False when the parser knows the word but no note describes it yet. */
  described: boolean;
}

export interface Section {
  id: SectionId;
  title: string;
  intro: string;
  entries: Entry[];
}
