export const vtSwitchFreebsd = `title "Two terminals (freebsd): the managed pager revokes"
kernel freebsd
machine ram=32
device ttyv vt screens=2 fb=2p

process shell
process editor

> The same two terminals under FreeBSD. mmap goes kern_mmap, devfs_mmap_f, vm_mmap_cdev (sys/vm/vm_mmap.c), which asks the driver's d_mmap_single first. This driver is written the way FreeBSD's drm drivers are: it returns screen 0's own OBJT_MGTDEVICE object, made with cdev_pager_allocate (sys/vm/device_pager.c). No PTE is made yet.
shell: open /dev/ttyv0 -> fd
shell: mmap fd 2p -> scr
> The first touch faults: vm_fault (sys/vm/vm_fault.c) calls the object's cdev_pg_fault, told PROT_READ whatever the access, and it inserts the framebuffer's fictitious page: a managed page, with a pv entry for each mapping of it.
shell: write scr "hello"
expect fault
expect device ttyv page 0
> The editor maps screen 1, which is behind: its object's cdev_pg_fault inserts screen 1's backing page, in RAM.
editor: open /dev/ttyv1 -> fd
editor: mmap fd 2p -> scr
editor: write scr "vi"
expect fault
expect ram
> Screen 1 comes to the front. The driver copies the screens, then frees every resident page of screen 0's and screen 1's objects (cdev_mgtdev_pager_free_pages): pmap_remove_all follows each page's pv list into every process that maps it.
switch ttyv 1
expect ok
expect clean
> The shell touches its page again: its object has no page there any more, so cdev_pg_fault is asked, and answers with screen 0's backing store.
shell: read scr
expect fault
expect ram
expect value "hello"
> The editor faults to the framebuffer, which now shows its screen.
editor: read scr
expect fault
expect device ttyv page 0
expect value "vi"
> vm_mmap_cdev refuses a private mapping: "cdevs do not provide private mappings of any kind".
shell: mmap fd 1p private -> p
expect EINVAL
> Back to screen 0: the driver frees both objects' pages again, and each mapping faults to its own screen.
switch ttyv 0
expect clean
shell: read scr
expect fault
expect device ttyv page 0
expect value "hello"
> What the 1997 thread asked for, a pager with hooks: the managed device pager takes pages back through their pv entries. pager-remembers-freebsd shows the classic device pager, which cannot.
`;
