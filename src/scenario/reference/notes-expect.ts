/** What the reference says about expectations, errnos, signals and the isolation rules. */

import type { Note } from './types.ts';

const TTY = `device ttyv vt
process shell
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr`;

export const EXPECT_NOTES: Record<string, Note> = {
  'expect:ok': {
    form: 'expect ok',
    text: 'The step succeeded, with no errno and no signal. Any step.',
    example: `${TTY}\nexpect ok`,
  },
  'expect:fault': {
    form: 'expect fault',
    text: 'The access trapped into the page-fault path: no valid translation, or one that forbids it. After read or write.',
    example: `${TTY}\nshell: read scr\nexpect fault`,
  },
  'expect:nofault': {
    form: 'expect nofault',
    text: 'The access went through the TLB or the page table without a fault. After read or write.',
    example: `${TTY}\nshell: read scr\nshell: read scr\nexpect nofault`,
  },
  'expect:device': {
    form: 'expect device NAME [page N]',
    text: "The access landed in device NAME's memory [its page N]. After read or write.",
    example: `${TTY}\nshell: write scr "hi"\nexpect device ttyv page 0`,
  },
  'expect:ram': {
    form: 'expect ram',
    text: 'The access landed in RAM (a backing store, a buffer, a region). After read or write.',
    example: `${TTY}\nswitch ttyv 1\nshell: read scr\nexpect ram`,
  },
  'expect:value': {
    form: 'expect value VALUE',
    text: 'The read returned VALUE; `16` and `"16"` are the same. After read.',
    example: `${TTY}\nshell: write scr 16\nshell: read scr\nexpect value "16"`,
  },
  'expect:violation': {
    form: 'expect violation [RULE]',
    text: 'At least one isolation violation [of RULE] is live after the step (see Rules). Any step.',
    example: `kernel netbsd\n${TTY}\nshell: read scr\nswitch ttyv 1\nexpect violation vt-foreground`,
  },
  'expect:clean': {
    form: 'expect clean',
    text: 'No isolation violation is live after the step. Any step.',
    example: `kernel linux\n${TTY}\nshell: read scr\nswitch ttyv 1\nexpect clean`,
  },
  'expect:users': {
    form: 'expect users NAME N',
    text: "Device NAME's module use count, what blocks `unload`, is N after the step: its open files that a descriptor still refers to plus its mappings, or the open files alone on linux_2_0 with `usecount=open`. Any step.",
    example: `${TTY}\nshell: close fd\nexpect users ttyv 1`,
  },
  'expect:errno': {
    form: 'expect ERRNO',
    text: 'The step failed with that errno (see Errnos). Any step.',
    example: `${TTY}\nshell: mmap fd 0 -> none\nexpect EINVAL`,
  },
  'expect:signal': {
    form: 'expect SIGBUS | SIGSEGV | SIGKILL',
    text: 'The access was ended by that signal (see Signals). After read or write.',
    example: `${TTY}\nshell: read scr+1p\nexpect SIGSEGV`,
  },
};

const NEVER = 'No kernel model returns it yet: `expect` accepts it, and it does not hold.';

export const ERRNO_NOTES: Record<string, Note> = {
  'errno:EACCES': {
    text: 'The descriptor does not allow the protection asked for: a shared writable mapping of a file opened `ro`, any mapping of one opened `wo`, an mprotect past it.',
    example: `device ttyv vt\nprocess p\np: open /dev/ttyv0 ro -> fd\np: mmap fd 1p -> m\nexpect EACCES`,
  },
  'errno:EBADF': {
    text: 'The descriptor names no open file of the process (or a variable that a failed step set to -1).',
    example: `device ttyv vt\nprocess p\np: open /dev/ttyv0 -> fd\np: close fd\np: close fd\nexpect EBADF`,
  },
  'errno:EBUSY': {
    text: 'The slot already holds a card; or on every kernel but linux, unload while the device is in use.',
    example: `device slot card\nprocess p\ninsert slot B\nexpect EBUSY`,
  },
  'errno:EEXIST': { text: NEVER },
  'errno:EFAULT': { text: NEVER },
  'errno:EINVAL': {
    text: "An argument the kernel or the driver refuses: a length of 0, an unaligned offset or `at=`, MAP_PRIVATE of device memory, a range past the device's end.",
    example: `device ttyv vt\nprocess p\np: open /dev/ttyv0 -> fd\np: mmap fd 2p -> m\nexpect EINVAL`,
  },
  'errno:ENODEV': {
    text: "On irix, munmap of a mapping whose driver has no `drvunmap` (`unmap=no`); the range is unmapped all the same. On netbsd, mmap of a cloning device's descriptor (a clone line without `cloning=no`), before any other check.",
    example: `kernel irix\ndevice buf kbuf unmap=no\nprocess p\np: open /dev/buf -> fd\np: mmap fd 1p -> m\np: munmap m 1p\nexpect ENODEV`,
  },
  'errno:ENOENT': {
    text: 'Unload of a driver module that is not loaded any more.',
    example: `device buf kbuf\nprocess p\nunload buf\nunload buf\nexpect ENOENT`,
  },
  'errno:ENOMEM': {
    text: 'No room: nothing mapped in an mprotect range, no free address or frame, a range past the address space.',
    example: `device buf kbuf\nprocess p\np: mprotect 0x10000 1p r\nexpect ENOMEM`,
  },
  'errno:ENXIO': {
    text: 'No such device address: mmap or eject of an empty card slot, an offset no region holds.',
    example: `device slot card card=none\nprocess p\np: open /dev/slot -> fd\np: mmap fd 1p -> m\nexpect ENXIO`,
  },
  'errno:EPERM': { text: NEVER },
  'errno:ESRCH': {
    text: 'A step of a process that has exited, was killed, or was never forked.',
    example: `device buf kbuf\nprocess p\np: exit\np: open /dev/buf -> fd\nexpect ESRCH`,
  },
  'errno:EWOULDBLOCK': {
    text: "On linux, unload while open files or mappings hold the module's use count.",
    example: `device buf kbuf\nprocess p\np: open /dev/buf -> fd\nunload buf\nexpect EWOULDBLOCK`,
  },
};

export const SIGNAL_NOTES: Record<string, Note> = {
  'signal:SIGBUS': {
    text: "The fault handler has no page to give: the card is gone, a hole in a buffer, past the device's end.",
    example: `device slot card\nprocess p\np: open /dev/slot -> fd\np: mmap fd 1p -> m\neject slot\np: read m\nexpect SIGBUS`,
  },
  'signal:SIGSEGV': {
    text: 'No mapping at the address, or one whose protection forbids the access.',
    example: `device ttyv vt\nprocess p\np: read 0x1000\nexpect SIGSEGV`,
  },
  'signal:SIGKILL': {
    text: 'The kernel killed the process: out of memory for a page table (the OOM killer), or on linux_2_0 a fault that calls the `nopage` of an unloaded module.',
    example: `machine ram=1\ndevice buf kbuf pages=1\nprocess p\np: open /dev/buf -> fd\np: mmap fd 1p -> m\np: read m\nexpect SIGKILL`,
  },
};

const SAFETY = "The engine's own safety net: no model breaks it, and one that appears is an engine bug.";

export const RULE_NOTES: Record<string, Note> = {
  'rule:vt-foreground': {
    text: 'Only mappings of the screen in front reach the framebuffer.',
    example: `kernel netbsd\ndevice ttyv vt\nprocess p\np: open /dev/ttyv0 -> fd\np: mmap fd 1p -> m\np: read m\nswitch ttyv 1\nexpect violation vt-foreground`,
  },
  'rule:card-present': {
    text: 'A mapping reaches the card window only while the card it was made for is in the slot.',
    example: `kernel netbsd\ndevice slot card\nprocess p\np: open /dev/slot -> fd\np: mmap fd 1p -> m\np: read m\neject slot\nexpect violation card-present`,
  },
  'rule:device-bounds': {
    text: 'A mapping reaches only what its device assigns to that offset: its own region, buffer page or registers.',
    example: `device kmem pseudo regions=a:1@0,b:1@4p alias=b:a\nprocess p\np: open /dev/kmem -> fd\np: mmap fd 1p off=4p -> b\np: read b\nexpect violation device-bounds`,
  },
  'rule:per-open': {
    text: "A mapping of a cloning device reaches only its own open's instance.",
    example: `kernel netbsd\ndevice ptm clone cloning=no\nprocess a\nprocess b\na: open /dev/ptm -> fd\nb: open /dev/ptm -> fd\nb: mmap fd 1p -> m\nb: read m\nexpect violation per-open`,
  },
  'rule:freed-frame': {
    text: "No translation reaches a RAM frame that has been freed or given to another owner. Only linux_2_0 breaks it, with `usecount=open`: the module unloads under a mapping and frees its RAM; on every other model it is the engine's safety net.",
    example: `device buf kbuf\nprocess p\np: open /dev/buf -> fd\np: mmap fd 1p -> m\np: read m\np: exit\nexpect clean`,
  },
  'rule:stale-tlb': {
    text: `No TLB entry disagrees with its PTE. ${SAFETY}`,
    example: `device ttyv vt\nprocess p\np: open /dev/ttyv0 -> fd\np: mmap fd 1p -> m\np: read m\np: munmap m 1p\nexpect clean`,
  },
  'rule:prot': {
    text: `No PTE allows more than its mapping's protection. ${SAFETY}`,
    example: `device ttyv vt\nprocess p\np: open /dev/ttyv0 -> fd\np: mmap fd 1p -> m\np: write m "x"\np: mprotect m 1p r\nexpect clean`,
  },
};
