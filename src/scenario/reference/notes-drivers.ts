/**
 * What the reference says about `driver` blocks and each hook. The hooks and their choices come from
 * sim/driverHooks.ts; a note here that names a hook the parser does not know is a stale note.
 */

import type { Note } from './types.ts';

export const DRIVER_NOTES: Record<string, Note> = {
  'line:driver': {
    form: 'driver NAME TYPE [HOOK=CHOICE ...]',
    text: 'A driver for a TYPE device written from its hooks; a device line uses it with `driver=NAME`. Hooks go on the `driver` line or on the lines after it (a line that starts with `HOOK=` continues the block). A hook not written is the built-in TYPE driver\u2019s. Each kernel does what its mechanism lets a driver do: a `d_mmap` driver (netbsd) has no way to zap and no per-open state, whatever its block asks. Driver blocks come before the first step.',
    example: `driver lazycard card
  eject=none     # forgets to zap at an eject
device slot card driver=lazycard
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
cam: write win "A"
eject slot
expect violation card-present`,
  },
  'key:driver': {
    form: 'driver=NAME',
    text: 'Any device: use the scenario\u2019s `driver NAME TYPE` block (of the same type) in place of the built-in driver. The block then says `unmap=` and `usecount=`, not the device line.',
  },
  'hook:checks': {
    text: 'What the mmap hook checks before it maps: `range`, the offset and length against the device\u2019s memory (EINVAL past the end); `slot`, a card in the slot (ENXIO when empty). The same checks guard what `d_mmap` and the fault hand out: without `range`, a page past the end is whatever memory follows (device-bounds).',
    example: `kernel linux
driver sloppy card checks=slot
device slot card pages=1 driver=sloppy
device next card pages=1
process p
p: open /dev/slot -> fd
p: mmap fd 2p -> w
p: read w+1p
expect device next page 0
expect violation device-bounds`,
  },
  'hook:maps': {
    text: 'linux: `now` fills every PTE in `->mmap` (`remap_pfn_range`, `vm_iomap_memory`), so a mapping zapped later has no fault handler to fill it again (SIGBUS); `fault` waits for `vm_ops->fault`. The other kernels decide for the driver (`d_mmap` at the fault, `drvmmap` at mmap time).',
    example: `kernel linux
driver eager vt maps=now
device tty vt driver=eager
process a
a: open /dev/tty0 -> fd
a: mmap fd 1p -> m
a: read m
expect nofault
switch tty 1
a: read m
expect SIGBUS`,
  },
  'hook:fault': {
    text: 'vt: `own`, a screen\u2019s mapping reaches the framebuffer while its screen is in front and its backing store while not; `front`, the framebuffer whichever screen is in front (a background process draws on the visible screen).',
    example: `driver forgetful vt fault=front
device tty vt driver=forgetful
process a
a: open /dev/tty1 -> fd
a: mmap fd 1p -> m
a: write m "x"
expect violation vt-foreground`,
  },
  'hook:signal': {
    text: 'linux: what `vm_ops->fault` returns when it has no page, `VM_FAULT_SIGBUS` or `VM_FAULT_SIGSEGV`. The other kernels choose the signal themselves.',
    example: `kernel linux
driver strict card signal=SIGSEGV
device slot card driver=strict
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
eject slot
cam: read win
expect SIGSEGV`,
  },
  'hook:unmap': {
    text: 'Whether the driver has an unmap hook: on irix, without `drvunmap` (`no`) munmap of its mappings fails with ENODEV (the range is unmapped all the same).',
    example: `kernel irix
driver nounmap kbuf unmap=no
device k kbuf driver=nounmap
process p
p: open /dev/k -> fd
p: mmap fd 1p -> m
p: munmap m 1p
expect ENODEV`,
  },
  'hook:state': {
    text: '`open`: the driver keeps state per open (the card a mapping was made for, a cloning device\u2019s instance), and reaches it where the kernel hands it the open (`vm_file` on linux, `fo_mmap` on netbsd_fo, `d_mmap_single` on freebsd). `device`: one state for the whole device.',
    example: `kernel linux
driver shared clone state=device
device c clone driver=shared
process a
process b
a: open /dev/c -> fa
b: open /dev/c -> fb
b: mmap fb 1p -> m
b: read m
expect violation per-open`,
  },
  'hook:usecount': {
    text: 'What the driver\u2019s module use count counts on linux_2_0 (`MOD_INC_USE_COUNT`): `vma`, its opens and its mappings; `open`, its opens only, so the module unloads under a mapping. The other kernels count for the driver.',
    example: `kernel linux_2_0
driver opens kbuf usecount=open
device k kbuf driver=opens
process p
p: open /dev/k -> fd
p: mmap fd 1p -> m
p: read m
p: close fd
unload k
expect ok
expect violation freed-frame`,
  },
  'hook:switch': {
    text: 'vt: whose mappings a switch zaps (`unmap_mapping_range` on linux, `pmap_page_protect` by page on netbsd_fo): `both`, the screens leaving and reaching the front; `old` or `new`, one of them; `all`; `none`. A mapping left unzapped keeps the place it had: the old screen\u2019s keeps the framebuffer (vt-foreground).',
    example: `kernel linux
driver half vt switch=new
device tty vt driver=half
process a
a: open /dev/tty0 -> fd
a: mmap fd 1p -> m
a: write m "a"
switch tty 1
expect violation vt-foreground`,
  },
  'hook:eject': {
    text: 'card: `all`, an eject zaps every mapping of the slot before the card leaves; `none`, the mappings keep the window (card-present).',
    example: `kernel linux
driver careful card eject=all
device slot card driver=careful
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
cam: read win
eject slot
expect clean
cam: read win
expect SIGBUS`,
  },
  'hook:insert': {
    text: 'card: `all`, an insert zaps every mapping of the slot, so each faults again and meets the new card; `none`, nothing.',
    example: `kernel linux
driver late card
  eject=none
  insert=all
device slot card driver=late
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
cam: read win
eject slot
expect violation card-present
insert slot B
expect clean`,
  },
};
