export const irixRegs = `title "IRIX: v_mapphys, drvunmap and two register blocks on one page"
kernel irix
machine ram=32
device gfx regs at=0xC0000000 size=0x100 unmap=no
device dma regs at=0xC0000800 size=0x100

process x

> drvmmap(dev, vt, off, len, prot) calls v_mapphys(vt, addr, len): the whole range is mapped now. A mapping covers whole pages, and dma's registers share gfx's page (the IRIX guide's caution).
x: open /dev/gfx -> fd
x: mmap fd 0x100 -> g
expect ok
expect violation device-bounds
x: write g "go"
expect nofault
expect device gfx page 0
> The same mapping reaches the other device's registers: protection is per page.
x: write g+0x800 "halt"
expect nofault
expect device dma page 0
x: read g+0x800
expect value "halt"
> A byte of the page in no block belongs to the mapped device and reads 0.
x: read g+0x400
expect nofault
expect device gfx page 0
expect value 0
> gfx's driver has no drvunmap (unmap=no): munmap unmaps all the same, and returns ENODEV.
x: munmap g 0x100
expect ENODEV
expect clean
> The mapping is gone: the next read is SIGSEGV.
x: read g
expect fault
expect SIGSEGV
> dma's driver has one: its munmap succeeds.
x: open /dev/dma -> dfd
x: mmap dfd 1p -> d
expect violation device-bounds
x: munmap d 1p
expect ok
expect clean
> Protection is per page: a driver can keep register blocks apart only by giving each one a page of its own.
`;
