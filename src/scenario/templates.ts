/**
 * "New scenario": starting files, each valid and running, with narration lines showing where the story
 * goes and `expect` lines showing how a step is checked.
 */

export interface Template {
  id: string;
  title: string;
  /** What the template sets up, in a sentence. */
  about: string;
  text: string;
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'one-device',
    title: 'One device, two processes',
    about: 'A driver buffer that two processes map and share; change the device line to try another type.',
    text: `title "One device, two processes"
kernel linux
machine ram=32
device buf kbuf pages=2

process writer
process reader

> Tell the story here: narration lines (starting with >) belong to the step under them.
> The writer opens the device and maps its two pages.
writer: open /dev/buf -> fd
writer: mmap fd 2p -> m
expect ok
writer: write m "hello"
expect fault
expect ram
> The reader maps the same buffer: both mappings reach the same pages.
reader: open /dev/buf -> fd
reader: mmap fd 2p -> m
reader: read m
expect value "hello"
expect clean
> What happens when the writer unmaps? Add steps here, with an expect line after each.
writer: munmap m 2p
expect ok
`,
  },
  {
    id: 'vt-switch',
    title: 'A VT switch',
    about: 'Two virtual terminals over one framebuffer; a switch moves the screen in front.',
    text: `title "A VT switch"
kernel linux
machine ram=32
device ttyv vt screens=2 fb=1p

process shell
process editor

> The shell maps screen 0, which is in front: its writes land in the framebuffer.
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: write scr "hello"
expect fault
expect device ttyv page 0
> The editor maps screen 1, which is behind: its writes land in the screen's backing store in RAM.
editor: open /dev/ttyv1 -> fd
editor: mmap fd 1p -> scr
editor: write scr "vi"
expect ram
> Screen 1 comes to the front. Try kernel netbsd: does the shell's old mapping still reach the framebuffer?
switch ttyv 1
expect clean
shell: read scr
expect ram
expect value "hello"
`,
  },
  {
    id: 'card-eject',
    title: 'A card eject',
    about: 'A memory card mapped, pulled out and put back.',
    text: `title "A card eject"
kernel linux
machine ram=32
device slot card pages=2 card=A

process cam

> The camera maps the card's window and writes a photo to it.
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "photo1"
expect fault
expect device slot page 0
> The card is pulled out: the driver revokes the mapping, and the next access gets SIGBUS.
eject slot
expect ok
expect clean
cam: read win
expect SIGBUS
> The same card goes back in: the mapping reaches it again.
insert slot A
cam: read win
expect value "photo1"
`,
  },
  {
    id: 'driver-block',
    title: 'A card driver of your own',
    about:
      'A card driver written from its hooks: change a hook in the driver panel (eject=none, state=device, checks=range) and run, or press Find an attack.',
    text: `title "A card driver of your own"
kernel linux
machine ram=32

# The driver, hook by hook. Each line is one decision; the panel under the editor shows them as controls.
driver mycard card
  checks=range,slot  # mmap refuses offsets past the window, and an empty slot
  maps=fault         # vm_ops->fault fills each PTE at the first touch
  state=open         # the mapping remembers the card it was made for
  eject=all          # an eject zaps every mapping of the slot (unmap_mapping_range)
  insert=none
device slot card pages=2 card=A driver=mycard

process cam

> The camera maps the card's window and writes a photo into it.
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "photo1"
expect fault
expect device slot page 0
> The card leaves: the eject hook decides what becomes of the mapping. Try eject=none.
eject slot
expect clean
> The next touch faults, and the fault hook has no card to hand out.
cam: read win
expect SIGBUS
`,
  },
];
