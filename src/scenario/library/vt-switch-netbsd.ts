export const vtSwitchNetbsd = `title "Two terminals, one framebuffer (netbsd): the stale mapping"
kernel netbsd
machine ram=32
device ttyv vt screens=2 fb=2p

process shell
process editor

> The same two terminals under NetBSD's UVM device pager. The driver's cdevsw d_mmap (wsdisplaymmap in sys/dev/wscons/wsdisplay.c, for a real display) answers one page at a time: udv_attach asks it about every page at mmap time, and udv_fault (sys/uvm/uvm_device.c) asks again at each fault and enters the page it names.
shell: open /dev/ttyv0 -> fd
shell: mmap fd 2p -> scr
shell: write scr "hello"
expect fault
expect device ttyv page 0
> The editor maps screen 1, which is behind: d_mmap answers with screen 1's backing store in RAM.
editor: open /dev/ttyv1 -> fd
editor: mmap fd 2p -> scr
editor: write scr "vi"
expect fault
expect ram
> Screen 1 comes to the front. The driver copies the screens, but the device pager has no hook to revoke a PTE, and device pages have no pv entries to find them by: the shell's page 0 still points at the framebuffer.
switch ttyv 1
expect ok
expect violation vt-foreground
> The shell reads its own mapping and sees the editor's screen: no fault, straight to the framebuffer.
shell: read scr
expect nofault
expect device ttyv page 0
expect value "vi"
expect violation vt-foreground
> An untouched page does the right thing: udv_fault asks d_mmap now, and d_mmap answers by the screen in front, so the page comes from screen 0's backing store.
shell: write scr+1p "x"
expect fault
expect ram
> The editor's page 0 still points at its backing store: stale, so its writes miss the screen it is on, but that breaks no isolation.
editor: write scr "vim"
expect nofault
expect ram
> The shell can still write on the editor's screen.
shell: write scr+8 "rm -rf"
expect nofault
expect device ttyv page 0
> Back to screen 0: the stale PTE happens to be right again, and the violation clears.
switch ttyv 0
expect clean
shell: read scr
expect nofault
expect value "hello"
> This is the 1997 tech-kern complaint: the classic interface cannot change a mapping under a process's nose. The thread proposed an mmap ioctl with an access list, or a new pager with hooks.
`;
