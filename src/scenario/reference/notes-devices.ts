/** What the reference says about each device type and each of its keys. */

import type { Note } from './types.ts';

export const DEVICE_NOTES: Record<string, Note> = {
  'device:vt': {
    text: 'Virtual terminals over one framebuffer: nodes `/dev/NAME0` to `/dev/NAME{N-1}`, one per screen, screen 0 in front at start. Each screen has a backing store in RAM.',
    example: `device ttyv vt screens=3 fb=2p
process shell
shell: open /dev/ttyv2 -> fd
shell: mmap fd 2p -> scr
shell: write scr+1p "two"
expect ram`,
  },
  'device:card': {
    text: 'A memory-card slot, `/dev/NAME`, with a window of N pages onto the card in it. A mapping belongs to the card that was in the slot when it was made.',
    example: `device slot card pages=2 card=A
process cam
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win+1p "photo"
expect device slot page 1`,
  },
  'device:pseudo': {
    text: "Kernel memory regions at mmap offsets, `/dev/NAME`. `alias=R2:R1` makes R2's offsets return R1's pages: the bug that breaks device-bounds.",
    example: `device kmem pseudo regions=a:1@0,b:1@4p
process p
p: open /dev/kmem -> fd
p: mmap fd 1p off=4p -> b
p: read b
expect ram
expect clean`,
  },
  'device:kbuf': {
    text: "A driver's buffer in kernel memory, `/dev/NAME`, its pages faulted in one by one. `holes` are pages of a vmalloc buffer with no frame behind them.",
    example: `device buf kbuf pages=3 holes=1
process p
p: open /dev/buf -> fd
p: mmap fd 3p -> m
p: read m+1p
expect SIGBUS`,
  },
  'device:regs': {
    text: 'Device registers at a physical address outside RAM (from 0xC0000000), `/dev/NAME`. A mapping covers the whole pages that hold them; the registers sit at their offset in the page.',
    example: `device gfx regs at=0xC0000000 size=0x100
process x
x: open /dev/gfx -> fd
x: mmap fd 0x100 -> g
x: write g "go"
expect device gfx page 0`,
  },
  'device:clone': {
    text: 'A cloning device, `/dev/NAME`: each open has its own instance of N pages.',
    example: `device ptm clone
process a
process b
a: open /dev/ptm -> fd
a: mmap fd 1p -> m
a: write m "mine"
b: open /dev/ptm -> fd
b: mmap fd 1p -> m
b: read m
expect value 0`,
  },
};

/** Keys by `key:TYPE.KEY`, or `key:KEY` for a key every type takes. */
export const KEY_NOTES: Record<string, Note> = {
  'key:vt.screens': { form: 'screens=N', text: 'How many screens, 1 to 12.' },
  'key:vt.fb': { form: 'fb=SIZE', text: "The framebuffer's size, a whole number of pages." },
  'key:vt.pager': {
    form: 'pager=device',
    text: 'On freebsd, the classic device pager instead of the managed one: the object caches the page each fault got and keeps it until its last mapping goes, so a switch takes nothing back. On netbsd_fo the driver keeps only `d_mmap`, as on netbsd. Other kernels ignore it.',
  },
  'key:card.pager': {
    form: 'pager=device',
    text: 'On freebsd, the classic device pager: an eject takes no page back from the mappings. On netbsd_fo the driver keeps only `d_mmap`, as on netbsd. Other kernels ignore it.',
  },
  'key:clone.pager': {
    form: 'pager=device',
    text: 'On freebsd, the classic device pager for a cloning device; on netbsd_fo the driver keeps only `d_mmap`, so its descriptor cannot be mapped (ENODEV) unless the line also says `cloning=no`. Other kernels ignore it.',
  },
  'key:clone.cloning': {
    form: 'cloning=no',
    text: "On netbsd (and netbsd_fo with `pager=device`), a device whose descriptors are plain rather than made by `fd_clone`: mmap is allowed and every mapping reaches the first live instance, the per-open kludge. Without it netbsd refuses to map a clone's descriptor (ENODEV); netbsd_fo treats a `cloning=no` device as netbsd does, and the other kernels ignore it.",
  },
  'key:card.pages': { form: 'pages=N', text: "The card window's pages." },
  'key:card.card': {
    form: 'card=LABEL|none',
    text: 'The card in the slot at start, or `none` for an empty slot.',
  },
  'key:pseudo.regions': {
    form: 'regions=R:PAGES@OFFSET,...',
    text: 'The regions: a name, a page count and a page-aligned mmap offset each, not overlapping.',
  },
  'key:pseudo.alias': {
    form: 'alias=R2:R1',
    text: "R2's offsets return R1's pages (a driver bug no kernel sees).",
  },
  'key:kbuf.pages': { form: 'pages=N', text: "The buffer's pages." },
  'key:kbuf.alloc': {
    form: 'alloc=kmalloc|vmalloc',
    text: 'How the buffer is allocated: `kmalloc` is contiguous, `vmalloc` page by page.',
  },
  'key:kbuf.holes': {
    form: 'holes=I,J,...',
    text: 'Page indexes with no frame (vmalloc only): an access there is SIGBUS.',
  },
  'key:regs.at': { form: 'at=PHYSADDR', text: 'Where the registers start, at or past 0xC0000000.' },
  'key:regs.size': { form: 'size=BYTES', text: 'How many bytes of registers; need not fill a page.' },
  'key:clone.pages': { form: 'pages=N', text: "Each instance's pages." },
  'key:unmap': {
    form: 'unmap=no',
    text: 'Any device: on irix the driver then has no `drvunmap`, and munmap of its mappings fails with ENODEV.',
  },
  'key:usecount': {
    form: 'usecount=open|vma',
    text: "Any device: on linux_2_0, what the driver's own `MOD_INC_USE_COUNT` counts: `vma`, its open files and its mappings; `open`, its open files only, so the module unloads under a mapping once every descriptor is closed and frees RAM that mapping still reaches. Other kernels ignore it.",
  },
};

/** Defaults that are not values: a key that must be given, or one absent unless given. */
export const KEY_DEFAULT_WORDS: Record<string, string> = {
  'key:regs.at': 'required',
  'key:usecount': 'vma',
};
