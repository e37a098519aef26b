/** What the reference says about the line forms, the kernels and the machine's keys. */

import type { Note } from './types.ts';

export const LINE_NOTES: Record<string, Note> = {
  'line:title': {
    form: 'title "TEXT"',
    text: "The scenario's name, a string of at most 64 characters. At most once, before the first step.",
    example: `title "One terminal"
device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
expect ok`,
  },
  'line:kernel': {
    form: 'kernel linux | netbsd | irix',
    text: "The kernel model the scenario runs under (default `linux`). The runner's `--kernel` and the app's kernel menu override it.",
    example: `kernel netbsd
device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
expect ok`,
  },
  'line:machine': {
    form: 'machine [pagesize=4k] [ram=N] [levels=2|3|4] [tlb=N]',
    text: 'The machine: page size, RAM frames, page-table levels and TLB entries, each key at most once, in any order.',
    example: `machine pagesize=8k ram=16 levels=3 tlb=4
device buf kbuf pages=2
process p
p: open /dev/buf -> fd
p: mmap fd 2p -> m
expect ok`,
  },
  'line:device': {
    form: 'device NAME TYPE [KEY=VALUE ...]',
    text: 'A device and its driver. The type decides its device nodes and the keys it takes (see Devices). Device lines come before the first step.',
    example: `device slot card pages=1 card=A
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
expect ok`,
  },
  'line:process': {
    form: 'process NAME [nohandler]',
    text: 'A process. Between steps it starts there. It has a handler for SIGSEGV and SIGBUS unless `nohandler` is given: then the signal kills it and its later steps fail with ESRCH.',
    example: `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
process late nohandler
late: read 0x1000
expect SIGSEGV
late: exit
expect ESRCH`,
  },
  'line:narration': {
    form: '> TEXT',
    text: 'Narration: the text belongs to the next step (several lines join) and is what the walkthrough tells. After the last step it closes the scenario.',
    example: `device ttyv vt
process shell
> The shell opens the first screen.
shell: open /dev/ttyv0 -> fd
expect ok
> That is all.`,
  },
  'line:comment': {
    form: '# TEXT',
    text: 'A comment, to the end of the line; not inside a string, and not in narration.',
    example: `device ttyv vt # two screens by default
process shell
shell: open /dev/ttyv0 -> fd # fd is 3
expect ok`,
  },
  'line:expect': {
    form: 'expect CHECK',
    text: 'Checks the step before it (see Expectations); several may follow one step. The runner marks one that does not hold and exits 1.',
    example: `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: write scr "hi"
expect ok
expect fault
expect device ttyv page 0`,
  },
};

export const KERNEL_NOTES: Record<string, Note> = {
  'kernel:linux': {
    text: "Today's Linux: `f_op->mmap`, faults through `vm_ops->fault`, and `unmap_mapping_range` to revoke mappings when a device changes. Correct drivers leave no isolation hole.",
    example: `kernel linux
device slot card
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
eject slot
cam: read win
expect SIGBUS
expect clean`,
  },
  'kernel:netbsd': {
    text: "NetBSD's UVM device pager: `d_mmap` answers per page and nothing revokes a mapping, so a switch or an eject leaves old mappings reaching the device.",
    example: `kernel netbsd
device slot card
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
cam: read win
eject slot
insert slot B
cam: read win
expect violation card-present`,
  },
  'kernel:netbsd_fo': {
    text: 'NetBSD since 2014: the vt, card and clone drivers map through `fo_mmap` with a pager of their own, whose `pgo_fault` picks each page, and a switch or an eject takes pages back by physical page (`pmap_pv_protect`). pseudo, kbuf and regs, and a line with `cloning=no` or `pager=device`, keep `d_mmap` and the device pager, as on netbsd.',
    example: `kernel netbsd_fo
device slot card
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
cam: read win
eject slot
insert slot B
cam: read win
expect SIGBUS
expect clean`,
  },
  'kernel:linux_2_0': {
    text: "Linux 2.0, the kernel of the 1997 thread: `remap_page_range` maps device memory at mmap time and `nopage` hands out the driver's RAM, nothing revokes a mapping, a mapping holds the inode and not the file, and the driver keeps its own module use count with `MOD_INC_USE_COUNT` (see `usecount=`); unload while it is not 0 is EBUSY.",
    example: `kernel linux_2_0
device buf kbuf pages=1
process p
p: open /dev/buf -> fd
p: mmap fd 1p -> m
p: close fd
expect users buf 1
unload buf
expect EBUSY`,
  },
  'kernel:freebsd': {
    text: "FreeBSD's device pagers: `d_mmap_single` first, then the device pager, whose object caches each page a fault got, or the managed device pager (the default here), whose driver takes pages back from every process on a switch or an eject.",
    example: `kernel freebsd
device ttyv vt screens=2
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: write scr "hi"
switch ttyv 1
shell: read scr
expect fault
expect ram
expect value "hi"`,
  },
  'kernel:irix': {
    text: 'IRIX: `drvmmap` maps with `v_mapphys`, and `drvunmap` is called at munmap; a driver without one (`unmap=no`) makes munmap fail with ENODEV.',
    example: `kernel irix
device gfx regs at=0xC0000000 unmap=no
process x
x: open /dev/gfx -> fd
x: mmap fd 0x100 -> g
x: munmap g 0x100
expect ENODEV`,
  },
};

export const MACHINE_NOTES: Record<string, Note> = {
  'machine:pagesize': {
    form: 'pagesize=SIZE',
    text: 'The page size: 4k, 8k or 16k (not in pages). The unit `p` means this size wherever the machine line stands.',
    example: `machine pagesize=16k
device buf kbuf pages=1
process p
p: open /dev/buf -> fd
p: mmap fd 16k -> m
expect ok`,
  },
  'machine:ram': {
    form: 'ram=N',
    text: 'RAM frames, 1 to 4,096. Devices take their backing stores and buffers from it at boot, page tables as they are made.',
    example: `machine ram=8
device buf kbuf pages=4
process p
p: open /dev/buf -> fd
expect ok`,
  },
  'machine:levels': {
    form: 'levels=2|3|4',
    text: 'Page-table levels: the walk reads one table per level.',
    example: `machine levels=4
device ttyv vt
process p
p: open /dev/ttyv0 -> fd
p: mmap fd 1p -> m
p: read m
expect fault`,
  },
  'machine:tlb': {
    form: 'tlb=N',
    text: 'TLB entries. A second access to a page hits the TLB and does not fault.',
    example: `machine tlb=2
device ttyv vt
process p
p: open /dev/ttyv0 -> fd
p: mmap fd 1p -> m
p: read m
expect fault
p: read m
expect nofault`,
  },
};
