/** Parsers for the header lines other than `device`: `title`, `kernel`, `machine` and `process`. */

import {
  KERNELS,
  type KernelName,
  type MachineSpec,
  type Num,
  type Pos,
  type ProcessDecl,
} from '../sim/spec.ts';
import type { Cursor } from './cursor.ts';
import { count, declaredName, oneOf, size } from './operands.ts';

/** `title "TEXT"`. */
export function parseTitle(c: Cursor): string {
  const tok = c.peek();
  if (tok?.kind !== 'str') c.fail('a string after title', tok);
  c.next();
  c.end();
  return tok.value;
}

/** `kernel linux | netbsd | irix`. */
export function parseKernel(c: Cursor): KernelName {
  const kernel = oneOf(c, KERNELS, 'a kernel');
  c.end();
  return kernel;
}

export type MachineKey = 'pagesize' | 'ram' | 'levels' | 'tlb';
export const MACHINE_KEYS: readonly MachineKey[] = ['pagesize', 'ram', 'levels', 'tlb'];

/** The machine the file runs on when it has no `machine` line. */
export function defaultMachine(): MachineSpec {
  return { pageSize: 4096, ram: 32, levels: 2, tlb: 8, written: null };
}

/** `machine [pagesize=4k] [ram=N] [levels=2|3|4] [tlb=N]`, keys in any order, each at most once. */
export function parseMachine(c: Cursor): MachineSpec {
  const written: NonNullable<MachineSpec['written']> = { order: [] };
  c.keyValues(() => {
    const keyTok = c.word(`a machine key (${MACHINE_KEYS.join(', ')})`);
    const key = MACHINE_KEYS.find((k) => k === keyTok.text);
    if (!key) c.failWith(`unknown machine key "${keyTok.text}" (keys: ${MACHINE_KEYS.join(', ')})`, keyTok);
    c.punct('=', `"=" after ${key}`);
    const valueTok = c.peek();
    const num: Num = key === 'pagesize' ? size(c, 'a page size') : count(c, `${key}`);
    if (written[key]) {
      c.report(`${key} is given twice`, keyTok);
      return;
    }
    c.spots.set(written, key, c.pos(keyTok));
    if (key === 'pagesize' && num.unit === 'p')
      c.report('the page size cannot be given in pages (p)', valueTok);
    written[key] = num;
    written.order.push(key);
  });
  const pageSize = written.pagesize && written.pagesize.unit !== 'p' ? toBytes(written.pagesize) : 4096;
  return {
    pageSize,
    ram: written.ram?.value ?? 32,
    levels: (written.levels?.value ?? 2) as MachineSpec['levels'],
    tlb: written.tlb?.value ?? 8,
    written,
  };
}

function toBytes(n: Num): number {
  return n.value * (n.unit === 'k' ? 1024 : n.unit === 'm' ? 1024 * 1024 : 1);
}

/** `process NAME [nohandler]`; `pos` is where the line's first word stands. */
export function parseProcess(c: Cursor, pos: Pos): ProcessDecl {
  const name = declaredName(c, 'a process name');
  let nohandler = false;
  if (!c.done()) {
    if (!c.isWord('nohandler')) c.fail('nohandler or the end of the line');
    c.next();
    nohandler = true;
  }
  c.end();
  const decl = { name: name.text, nohandler, pos };
  c.spots.set(decl, 'name', c.pos(name));
  return decl;
}
