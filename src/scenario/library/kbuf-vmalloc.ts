export const kbufVmalloc = `title "A vmalloc buffer: page walk, hole, close, unload (linux)"
kernel linux
machine ram=32
device buf kbuf pages=4 alloc=vmalloc holes=2

process drv

> The buffer was allocated with vmalloc: virtually contiguous, physically scattered. The fault handler finds each page with vmalloc_to_page (mm/vmalloc.c), a walk of the kernel's page table (pgd, pmd, pte), as scullv does in Linux Device Drivers.
drv: open /dev/buf -> fd
drv: mmap fd 4p -> b
expect ok
drv: write b "hdr"
expect fault
expect ram
drv: read b+1p
expect fault
expect ram
expect value 0
> Page 2 is a hole: the handler has no page and returns VM_FAULT_SIGBUS (nopage returning 0, in the 1997 linux-kernel thread).
drv: read b+2p
expect fault
expect SIGBUS
> Closing the descriptor does not end the mapping: the VMA holds the file, and release runs after the last munmap.
drv: close fd
expect ok
drv: read b
expect nofault
expect value "hdr"
> The mapping still holds the module: delete_module (kernel/module/main.c) refuses with EWOULDBLOCK.
unload buf
expect EWOULDBLOCK
drv: munmap b 4p
expect ok
> Now nothing uses the driver, and it unloads; its buffer pages go back to the free list. A second unload finds no module: ENOENT.
unload buf
expect ok
unload buf
expect ENOENT
> With the driver gone, /dev/buf has nothing behind it: ENXIO.
drv: open /dev/buf -> again
expect ENXIO
> The 1997 thread in four lessons: one fault per page, a hole is SIGBUS, a mapping outlives close, and the use count keeps the module loaded while anything maps it.
`;
