/**
 * The language's keywords, in one place: the parser reads its statements from these lists, the name
 * rule refuses them as names, the editor colours and completes them, and the reference lists them.
 */

/** The header statements, in the order a file usually gives them. */
export const HEADER_WORDS = ['title', 'kernel', 'machine', 'device', 'process'] as const;

/** A process step's operations: `PROC: OP ARGS [-> VAR]`. */
export const PROC_OPS = [
  'open',
  'close',
  'mmap',
  'munmap',
  'mprotect',
  'read',
  'write',
  'fork',
  'exit',
] as const;

/** The steps that act on a device rather than a process. */
export const DEVICE_OPS = ['switch', 'eject', 'insert', 'unload'] as const;

/** Every keyword: none of them may name a process, device, variable, card or region. */
export const KEYWORDS: ReadonlySet<string> = new Set<string>([
  ...HEADER_WORDS,
  ...DEVICE_OPS,
  'expect',
  ...PROC_OPS,
]);
