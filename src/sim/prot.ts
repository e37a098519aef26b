/** Protections and the rights they give (x86 cannot express write-only: `w` reads too). */

import type { Rights } from './events.ts';
import type { Prot } from './spec.ts';

/** The rights a mapping's protection gives. */
export function protRights(p: Prot): Rights {
  return RIGHTS[p];
}

// One frozen object per protection, shared: rights are never written, and the fault path asks often.
const rights = (read: boolean, write: boolean): Rights => Object.freeze({ read, write });
const RIGHTS: Record<Prot, Rights> = {
  none: rights(false, false),
  r: rights(true, false),
  w: rights(true, true),
  rw: rights(true, true),
  rx: rights(true, false),
  rwx: rights(true, true),
};

/** Do these rights allow the access? */
export function allows(r: Rights, access: 'read' | 'write'): boolean {
  return access === 'read' ? r.read : r.write;
}

/** The rights both give. */
export function intersect(a: Rights, b: Rights): Rights {
  return { read: a.read && b.read, write: a.write && b.write };
}

/** Does `a` give anything `b` does not? */
export function exceeds(a: Rights, b: Rights): boolean {
  return (a.read && !b.read) || (a.write && !b.write);
}

export function sameRights(a: Rights, b: Rights): boolean {
  return a.read === b.read && a.write === b.write;
}
