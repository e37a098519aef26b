export const vtSwitchNetbsd = `title "Two terminals, one framebuffer (netbsd): the stale mapping"
kernel netbsd
machine ram=32
device ttyv vt screens=2 fb=2p

process shell
process editor

> NetBSD's device pager is lazy: udv_attach asks d_mmap about every page at mmap time, but PTEs are made one fault at a time by udv_fault (sys/uvm/uvm_device.c).
shell: open /dev/ttyv0 -> fd
shell: mmap fd 2p -> scr
shell: write scr "hello"
expect fault
expect device ttyv page 0
editor: open /dev/ttyv1 -> fd
editor: mmap fd 2p -> scr
editor: write scr "vi"
expect fault
expect ram
> Screen 1 comes to the front. The driver copies the screens, but d_mmap has no way to revoke a PTE it already answered for: the shell's page 0 still points at the framebuffer.
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
> The editor's page 0 still points at its backing store: stale, so its writes do not reach the screen it is on, but that breaks no isolation.
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
> This is the 1997 tech-kern complaint: the classic interface cannot change a mapping under a process's nose.
`;
