export const pagerRemembersFreebsd = `title "FreeBSD's classic device pager remembers (pager=device)"
kernel freebsd
machine ram=32
device ttyv vt screens=2 fb=1p pager=device

process shell
process late

> Only d_mmap, like FreeBSD's own vt(4): d_mmap_single answers ENODEV, so vm_mmap_cdev falls back to the device pager, and cdev_pager_allocate makes ttyv0's OBJT_DEVICE object (sys/vm/device_pager.c). The first fault asks d_mmap and caches a fake page for the framebuffer in the object.
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p -> scr
shell: write scr "hello"
expect fault
expect device ttyv page 0
> Screen 1 comes to the front. Fake pages have no pv entries, so the switch cannot reach the shell's PTE: it still points at the framebuffer.
switch ttyv 1
expect violation vt-foreground
> A mapping made only now: the object is alive (the shell's mapping holds it), and vm_fault finds page 0 resident in it, so d_mmap is never asked. The new mapping reaches the framebuffer, which shows screen 1.
late: open /dev/ttyv0 -> fd
late: mmap fd 1p -> s
late: read s
expect fault
expect device ttyv page 0
expect value 0
expect violation vt-foreground
> The last munmap kills the object and its fake pages (dev_pager_dealloc).
shell: munmap scr 1p
late: munmap s 1p
expect clean
> A new mapping makes a new object, and its first fault asks d_mmap again: screen 0 is behind, so the answer is its backing store.
late: mmap fd 1p -> s2
late: read s2
expect fault
expect ram
expect value "hello"
> FreeBSD review D8248 dropped mmap of /dev/kmem for this reason: "the device pager caches the PA associated with a given offset forever". A driver that must take pages back uses the managed device pager (vt-switch-freebsd).
`;
