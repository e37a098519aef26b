export const vtSwitchNetbsdFo = `title "Two terminals (netbsd_fo): the screen pager revokes"
kernel netbsd_fo
machine ram=32
device ttyv vt screens=2 fb=2p

process shell
process editor

> The same two terminals on NetBSD with fo_mmap (2014). The terminal is a cloning device: d_open calls fd_clone (sys/kern/kern_descrip.c), and the file's fo_mmap (sys/sys/file.h) returns screen 0's own uvm_object. Its pgo_fault enters the framebuffer page while screen 0 is in front.
shell: open /dev/ttyv0 -> fd
shell: mmap fd 2p -> scr
shell: write scr "hello"
expect fault
expect device ttyv page 0
> The editor maps screen 1, which is behind: pgo_fault enters screen 1's backing page in RAM.
editor: open /dev/ttyv1 -> fd
editor: mmap fd 2p -> scr
editor: write scr "vi"
expect fault
expect ram
> Screen 1 comes to the front. The driver copies the screens, then takes the pages back by physical page: pmap_pv_protect(pa, VM_PROT_NONE) on each framebuffer page, pv-tracked at attach (sys/uvm/pmap/pmap_pvt.c), and pmap_page_protect(pg, VM_PROT_NONE) on screen 1's backing pages. Every PTE of those pages goes, in every process.
switch ttyv 1
expect ok
expect clean
expect users ttyv 4
> The shell faults again, and pgo_fault answers by the screen in front: screen 0's backing store, which holds what the shell wrote.
shell: read scr
expect fault
expect ram
expect value "hello"
> An untouched page faults as before, into screen 0's backing store.
shell: write scr+1p "x"
expect fault
expect ram
> The editor faults again too, and now reaches the framebuffer: its screen is in front.
editor: write scr "vim"
expect fault
expect device ttyv page 0
> The shell writes in its own backing store; the editor's screen is safe.
shell: write scr+8 "rm -rf"
expect nofault
expect ram
> Back to screen 0: the same removal, the other way round.
switch ttyv 0
expect clean
shell: read scr
expect fault
expect device ttyv page 0
expect value "hello"
> What the 1997 tech-kern thread asked for and the 2013 thread proposed: a pager with hooks, so the driver can change a mapping under a process's nose. NetBSD's drm2 drivers do the same for the graphics aperture (ttm_bo_unmap_virtual_locked).
`;
