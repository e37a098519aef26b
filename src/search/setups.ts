/**
 * Setups for the attack search, one per lesson of the built-ins where a design lets a process reach the
 * wrong terminal, card or memory: the machine, its devices and its processes, no steps. The search finds
 * each one's attack (`breaks`); under linux, which revokes and checks, it finds none.
 */

import type { Rule } from '../sim/spec.ts';

export interface Setup {
  id: string;
  /** What the lesson shows. */
  about: string;
  /** The rule the shortest attack breaks. */
  breaks: Rule;
  text: string;
}

export const SETUPS: readonly Setup[] = [
  {
    id: 'vt-netbsd',
    about: 'Two terminals on netbsd: the d_mmap answer outlives a switch',
    breaks: 'vt-foreground',
    text: `title "Two terminals on netbsd: an attack search setup"
kernel netbsd
machine ram=32
device ttyv vt screens=2 fb=1p
process shell
process editor
`,
  },
  {
    id: 'vt-irix',
    about: 'Two terminals on irix',
    breaks: 'vt-foreground',
    text: `title "Two terminals on irix: an attack search setup"
kernel irix
machine ram=32
device ttyv vt screens=2 fb=1p
process shell
process editor
`,
  },
  {
    id: 'card-netbsd',
    about: 'A card slot on netbsd: the mapping outlives the card',
    breaks: 'card-present',
    text: `title "Card eject on netbsd: an attack search setup"
kernel netbsd
machine ram=32
device slot card pages=2 card=A
process cam
process spy
`,
  },
  {
    id: 'card-irix',
    about: 'A card slot on irix: v_mapphys maps it all',
    breaks: 'card-present',
    text: `title "Card eject on irix: an attack search setup"
kernel irix
machine ram=32
device slot card pages=2 card=A
process cam
process spy
`,
  },
  {
    id: 'pseudo-alias',
    about: 'Pseudo-device regions on netbsd with the alias bug',
    breaks: 'device-bounds',
    text: `title "Pseudo regions with the alias bug: an attack search setup"
kernel netbsd
machine ram=32
device kmem pseudo regions=a:2@0,b:2@4p alias=b:a
process p
`,
  },
  {
    id: 'irix-regs',
    about: 'Two register blocks on one page on irix',
    breaks: 'device-bounds',
    text: `title "IRIX register blocks: an attack search setup"
kernel irix
machine ram=32
device gfx regs at=0xC0000000 size=0x100 unmap=no
device dma regs at=0xC0000800 size=0x100
process x
`,
  },
  {
    id: 'clone-netbsd',
    about:
      'A clone device without fd_clone (cloning=no) under d_mmap on netbsd: every open shares one answer',
    breaks: 'per-open',
    text: `title "A cloning device on netbsd: an attack search setup"
kernel netbsd
machine ram=32
device ptm clone pages=1 cloning=no
process a
process b
`,
  },
  {
    id: 'linux-2-0-usecount',
    about: 'Linux 2.0 whose driver counts opens only (MOD_INC_USE_COUNT at open): unloaded under a mapping',
    breaks: 'freed-frame',
    text: `title "Linux 2.0 with usecount=open: an attack search setup"
kernel linux_2_0
machine ram=32
device buf kbuf pages=2 usecount=open
process a
process b
`,
  },
  {
    id: 'card-driver-linux',
    about:
      'A card driver of your own under linux whose eject hook zaps nothing: the kernel could, the driver did not ask',
    breaks: 'card-present',
    text: `title "A card driver that forgets to zap: an attack search setup"
kernel linux
driver mycard card
  checks=range,slot
  eject=none     # eject=all makes the search find nothing
device slot card pages=2 card=A driver=mycard
process cam
process spy
`,
  },
];

/** The setup with this id, if any. */
export function findSetup(id: string): Setup | undefined {
  return SETUPS.find((s) => s.id === id);
}
