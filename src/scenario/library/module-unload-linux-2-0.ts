export const moduleUnloadLinux20 = `title "A module unloaded under its mapping (linux_2_0)"
kernel linux_2_0
machine ram=32
device buf kbuf pages=2 usecount=vma
device old kbuf pages=2 usecount=open

process p
process q

> Linux 2.0, as in the linux-kernel 1997 thread "pseudo device driver with mmap". The use count is the driver's own: buf follows Rubini's advice and calls MOD_INC_USE_COUNT in open and in vm_ops->open, so each mapping holds the module too.
p: open /dev/buf -> fd
p: mmap fd 2p -> m
expect users buf 2
> nopage (mm/memory.c do_no_page) hands out the buffer's page at the first touch.
p: write m "kept"
expect fault
expect ram
> close: the mapping holds the inode (vma->vm_inode), not the file, so release runs now (fs/open.c), and the mapping survives it.
p: close fd
expect users buf 1
p: read m
expect nofault
expect value "kept"
> "You don't want to remove a mapped module": delete_module (kernel/module.c) finds the count at 1 and refuses. EBUSY.
unload buf
expect EBUSY
expect users buf 1
> The old driver counts only its opens (usecount=open), as many drivers of the time did.
q: open /dev/old -> fd
q: mmap fd 2p -> o
q: write o "secret"
expect fault
expect ram
q: close fd
expect users old 0
> Nothing holds the module: delete_module succeeds while q still maps its buffer, and the buffer's pages go back to the free list under q's PTE.
unload old
expect ok
expect violation freed-frame
> q's PTE still reaches the freed frame: a freed page is zeroed, and whoever gets it next shares it with q.
q: read o
expect nofault
expect ram
expect value 0
expect violation freed-frame
> An untouched page calls nopage, which went with the module: the kernel oopses, and q is killed.
q: read o+1p
expect fault
expect SIGKILL
expect clean
> Unmapping releases buf's last count, and now it unloads.
p: munmap m 2p
expect users buf 0
unload buf
expect ok
> The 1997 thread's lesson: a mapping outlives close, and only a use count that counts mappings keeps the module under them.
`;
