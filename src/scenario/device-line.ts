/** The `device NAME TYPE [KEY=VALUE ...]` line (scenario-language.md's device table). */

import type { DeviceSpec, DeviceType, Num, Pos, PseudoRegion } from '../sim/spec.ts';
import type { Cursor } from './cursor.ts';
import { excerpt } from './lexer.ts';
import { count, declaredName, oneOf, size } from './operands.ts';

export const DEVICE_TYPES: readonly DeviceType[] = ['vt', 'card', 'pseudo', 'kbuf', 'regs', 'clone'];

/**
 * Keys every device line takes: `unmap=no` (irix), `usecount=open|vma` (linux_2_0), `driver=NAME` (a
 * `driver` block of the scenario in place of the type's built-in driver).
 */
export const COMMON_DEVICE_KEYS: readonly string[] = ['unmap', 'usecount', 'driver'];

/** The keys each type takes, besides the common ones. */
export const DEVICE_KEYS: Record<DeviceType, readonly string[]> = {
  vt: ['screens', 'fb', 'pager'],
  card: ['pages', 'card', 'pager'],
  pseudo: ['regions', 'alias'],
  kbuf: ['pages', 'alloc', 'holes'],
  regs: ['at', 'size'],
  clone: ['pages', 'pager', 'cloning'],
};

/** A device under construction: the typed keys are filled in one by one. */
type Draft = Record<string, unknown> & {
  name: string;
  type: DeviceType;
  keyOrder: string[];
  noUnmap: boolean;
};

/**
 * Parses a device line. Once the name and type are known a bad key does not lose the device: the error
 * is reported and the device is returned, so that later lines naming it are still checked.
 */
export function parseDevice(c: Cursor, pos: Pos): DeviceSpec {
  const nameTok = declaredName(c, 'a device name');
  const type = oneOf(c, DEVICE_TYPES, 'a device type');
  const draft: Draft = { name: nameTok.text, pos, type, noUnmap: false, keyOrder: [] };
  c.spots.set(draft, 'name', c.pos(nameTok));
  c.keyValues(() => parseKey(c, draft));
  if (type === 'regs' && draft.at === undefined) {
    c.diags.add(c.line, c.eol, 'a regs device needs at=PHYSADDR (where its registers are)');
    // A stand-in address, so that the checks that follow have something to look at.
    draft.at = { value: 0xc000_0000, unit: '', hex: true };
  }
  return draft as unknown as DeviceSpec;
}

function parseKey(c: Cursor, draft: Draft): void {
  const keys = [...DEVICE_KEYS[draft.type], ...COMMON_DEVICE_KEYS];
  const keyTok = c.word(`a key for a ${draft.type} device (${keys.join(', ')})`);
  const key = keyTok.text;
  if (!keys.includes(key))
    c.failWith(`unknown key "${excerpt(key)}" for a ${draft.type} device (keys: ${keys.join(', ')})`, keyTok);
  c.punct('=', `"=" after ${key}`);
  const value = parseValue(c, draft, key);
  if (draft.keyOrder.includes(key)) {
    c.report(`${key} is given twice`, keyTok);
    return;
  }
  c.spots.set(draft, `key:${key}`, c.pos(keyTok));
  draft.keyOrder.push(key);
  if (key === 'unmap') draft.noUnmap = true;
  else draft[key] = value;
}

function parseValue(c: Cursor, draft: Draft, key: string): unknown {
  switch (key) {
    case 'screens':
    case 'pages':
      return count(c, key);
    case 'fb':
    case 'at':
    case 'size':
      return size(
        c,
        key === 'fb' ? 'a framebuffer size' : key === 'at' ? 'a physical address' : 'a size in bytes',
      );
    case 'card':
      if (c.isWord('none')) {
        c.next();
        return null;
      }
      return declaredName(c, 'a card label or none').text;
    case 'alloc':
      return oneOf(c, ['kmalloc', 'vmalloc'] as const, 'an allocator');
    case 'holes':
      return list(c, () => count(c, 'a page index'));
    case 'regions':
      return list(c, () => region(c));
    case 'alias':
      return alias(c, draft);
    case 'driver':
      return c.word('the name of a driver block').text;
    case 'usecount':
      return oneOf(c, ['open', 'vma'] as const, 'open or vma (what the module use count counts)');
    case 'pager':
      // kernel-models-more.md §4: the driver has only d_mmap and the kernel's device pager.
      if (!c.isWord('device')) c.fail('device (pager takes only device)');
      c.next();
      return 'device';
    default:
      if (!c.isWord('no')) c.fail(`no (${key} takes only no)`);
      c.next();
      return key === 'cloning' ? 'no' : true;
  }
}

/** `X,Y,Z` with at least one item. */
function list<T>(c: Cursor, item: () => T): T[] {
  const items = [item()];
  while (c.isPunct(',')) {
    c.next();
    items.push(item());
  }
  return items;
}

/** `R:PAGES@OFFSET`. */
function region(c: Cursor): PseudoRegion {
  const nameTok = declaredName(c, 'a region name');
  c.punct(':', `":" after the region name (R:PAGES@OFFSET)`);
  const pages: Num = count(c, 'a page count');
  c.punct('@', `"@" after the page count (R:PAGES@OFFSET)`);
  const offset = size(c, 'an offset');
  const r = { name: nameTok.text, pages, offset };
  c.spots.set(r, 'name', c.pos(nameTok));
  return r;
}

/** `R2:R1`: R2's offsets reach R1's pages. */
function alias(c: Cursor, draft: Draft): { from: string; to: string } {
  const from = c.word('a region name (alias=R2:R1)');
  c.punct(':', '":" (alias=R2:R1)');
  const to = c.word('a region name (alias=R2:R1)');
  const a = { from: from.text, to: to.text };
  c.spots.set(draft, 'alias.from', c.pos(from));
  c.spots.set(draft, 'alias.to', c.pos(to));
  return a;
}
