/** The built-in scenarios, from the first touch to the isolation failures. Ids are stable: links use them. */

import { cardFreebsd } from './card-freebsd.ts';
import { cardIrix } from './card-irix.ts';
import { cardLinux } from './card-linux.ts';
import { cardNetbsd } from './card-netbsd.ts';
import { cardNetbsdFo } from './card-netbsd-fo.ts';
import { cloneLinux } from './clone-linux.ts';
import { cloneNetbsd } from './clone-netbsd.ts';
import { cloneNetbsdFo } from './clone-netbsd-fo.ts';
import { firstTouch } from './first-touch.ts';
import { forkSwitch } from './fork-switch.ts';
import { irixRegs } from './irix-regs.ts';
import { kbufVmalloc } from './kbuf-vmalloc.ts';
import { moduleUnloadLinux20 } from './module-unload-linux-2-0.ts';
import { mprotect } from './mprotect.ts';
import { pagerRemembersFreebsd } from './pager-remembers-freebsd.ts';
import { pseudoAlias } from './pseudo-alias.ts';
import { vtSwitchFreebsd } from './vt-switch-freebsd.ts';
import { vtSwitchLinux } from './vt-switch-linux.ts';
import { vtSwitchNetbsd } from './vt-switch-netbsd.ts';
import { vtSwitchNetbsdFo } from './vt-switch-netbsd-fo.ts';

export interface Builtin {
  id: string;
  title: string;
  text: string;
}

function builtin(id: string, text: string): Builtin {
  const title = /^title "([^"]*)"/m.exec(text)?.[1] ?? id;
  return { id, title, text };
}

export const LIBRARY: readonly Builtin[] = [
  builtin('first-touch', firstTouch),
  builtin('vt-switch-linux', vtSwitchLinux),
  builtin('vt-switch-netbsd', vtSwitchNetbsd),
  builtin('card-linux', cardLinux),
  builtin('card-netbsd', cardNetbsd),
  builtin('card-irix', cardIrix),
  builtin('pseudo-alias', pseudoAlias),
  builtin('kbuf-vmalloc', kbufVmalloc),
  builtin('irix-regs', irixRegs),
  builtin('clone-linux', cloneLinux),
  builtin('clone-netbsd', cloneNetbsd),
  builtin('fork-switch', forkSwitch),
  builtin('mprotect', mprotect),
  builtin('vt-switch-netbsd-fo', vtSwitchNetbsdFo),
  builtin('card-netbsd-fo', cardNetbsdFo),
  builtin('clone-netbsd-fo', cloneNetbsdFo),
  builtin('module-unload-linux-2-0', moduleUnloadLinux20),
  builtin('vt-switch-freebsd', vtSwitchFreebsd),
  builtin('card-freebsd', cardFreebsd),
  builtin('pager-remembers-freebsd', pagerRemembersFreebsd),
];

/** The built-in with this id, if any. */
export function findBuiltin(id: string): Builtin | undefined {
  return LIBRARY.find((b) => b.id === id);
}
