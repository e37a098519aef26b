/** What the reference says about each step: the process steps and the device steps. */

import type { Note } from './types.ts';

export const STEP_NOTES: Record<string, Note> = {
  'step:open': {
    form: 'PROC: open PATH [rw|ro|wo] [-> VAR]',
    text: "Opens a device node (`/dev/NAME`, or `/dev/NAME0`... for a vt's screens); the descriptor goes into VAR. Mode `rw` by default.",
    example: `device ttyv vt
process shell
shell: open /dev/ttyv1 ro -> fd
expect ok`,
  },
  'step:close': {
    form: 'PROC: close FD',
    text: 'Closes a descriptor. A mapping made through it stays: it holds the open file.',
    example: `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: close fd
shell: write scr "still mapped"
expect ok`,
  },
  'step:mmap': {
    form: 'PROC: mmap FD LEN [off=N] [prot=P] [shared|private] [at=ADDR] [-> VAR]',
    text: 'Maps LEN bytes of the device at offset `off` (0); the address goes into VAR. Defaults: `prot=rw`, `shared`; `at` asks for a fixed address. The length is rounded up to whole pages. A refused mmap says why.',
    example: `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p prot=r -> scr
expect ok
shell: mmap fd 1p private -> cow
expect EINVAL`,
  },
  'step:munmap': {
    form: 'PROC: munmap ADDR LEN',
    text: 'Removes the mappings in the range; a later access there is SIGSEGV.',
    example: `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: munmap scr 1p
expect ok
shell: read scr
expect SIGSEGV`,
  },
  'step:mprotect': {
    form: 'PROC: mprotect ADDR LEN P',
    text: 'Changes the protection of the range: P is `none`, `r`, `w`, `rw`, `rx` or `rwx`. It cannot go past what the descriptor allows (EACCES).',
    example: `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: mprotect scr 1p r
expect ok
shell: write scr "no"
expect SIGSEGV`,
  },
  'step:read': {
    form: 'PROC: read ADDR',
    text: 'Reads the value at ADDR (a number, a variable, or `VAR+N`, `VAR-N`). A location never written reads 0.',
    example: `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: write scr+16 "hello"
shell: read scr+16
expect value "hello"`,
  },
  'step:write': {
    form: 'PROC: write ADDR [VALUE]',
    text: 'Writes VALUE (a string or a number, `"x"` by default) at ADDR. Every mapping of the same memory sees it.',
    example: `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: write scr 42
expect fault
expect device ttyv page 0`,
  },
  'step:fork': {
    form: 'PROC: fork -> CHILD',
    text: 'Starts CHILD, a copy of PROC: its variables, its descriptors (the open files are shared) and its mappings.',
    example: `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: write scr "shared"
shell: fork -> child
child: read scr
expect value "shared"`,
  },
  'step:exit': {
    form: 'PROC: exit',
    text: 'The process ends: its mappings and descriptors go. Its later steps fail with ESRCH.',
    example: `device buf kbuf
process p
p: open /dev/buf -> fd
p: exit
expect ok
unload buf
expect ok`,
  },
  'step:switch': {
    form: 'switch DEV N',
    text: "Screen N of vt DEV comes to the front: the driver swaps the framebuffer with the screens' backing stores.",
    example: `device ttyv vt screens=2
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: write scr "hello"
switch ttyv 1
expect ok
shell: read scr
expect ram
expect value "hello"`,
  },
  'step:eject': {
    form: 'eject DEV',
    text: 'The card leaves slot DEV; ENXIO when the slot is empty.',
    example: `device slot card
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
eject slot
expect ok
cam: read win
expect SIGBUS`,
  },
  'step:insert': {
    form: 'insert DEV LABEL',
    text: 'Card LABEL goes into slot DEV; a label names one card with its own contents. EBUSY when the slot is full.',
    example: `device slot card card=none
process cam
insert slot B
expect ok
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
expect ok`,
  },
  'step:unload': {
    form: 'unload DEV',
    text: "Unloads DEV's driver module; it fails while an open file or a mapping still uses the device (EWOULDBLOCK on linux, EBUSY on netbsd and irix).",
    example: `device buf kbuf
process p
p: open /dev/buf -> fd
unload buf
expect EWOULDBLOCK
p: close fd
unload buf
expect ok`,
  },
};
