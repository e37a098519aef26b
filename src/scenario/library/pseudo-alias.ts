export const pseudoAlias = `title "Pseudo-device regions and the alias bug (netbsd)"
kernel netbsd
machine ram=32
device kmem pseudo regions=a:2@0,b:2@4p alias=b:a

process p

> A pseudo-device over kernel memory (tech-kern, 2000, "mmap for pseudo devices"): its d_mmap(dev, off, prot) maps offset ranges to kernel memory regions and returns atop(pa), a page frame number, or -1 for "page not found".
p: open /dev/kmem -> fd
p: mmap fd 2p -> ra
expect ok
p: write ra "secret"
expect fault
expect ram
> Region b sits at offset 4p. Its case in d_mmap was copied from region a's and still returns a's address: a real isolation hole.
p: mmap fd 2p off=4p -> rb
expect ok
p: read rb
expect fault
expect ram
expect value "secret"
expect violation device-bounds
> Offsets 2p to 4p are in no region. udv_attach (sys/uvm/uvm_device.c) asks d_mmap about every page at mmap time, and one -1 refuses the whole mapping: EINVAL.
p: mmap fd 1p off=2p -> gap
expect EINVAL
p: mmap fd 3p -> over
expect EINVAL
> Unmapping region b's mapping removes the only translation that broke the rule.
p: munmap rb 2p
expect ok
expect clean
> No kernel can see this bug: the driver hands out a real page, just the wrong one. device-bounds breaks on every model; only reading the driver finds it.
`;
