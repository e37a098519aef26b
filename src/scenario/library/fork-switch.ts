export const forkSwitch = `title "Fork of a device mapping, then a switch (linux)"
kernel linux
machine ram=32
device ttyv vt screens=2

process parent

> The parent maps screen 0 and writes to it: one fault, one PTE to the framebuffer.
parent: open /dev/ttyv0 -> fd
parent: mmap fd 1p -> scr
parent: write scr "p"
expect fault
expect device ttyv page 0
> fork runs dup_mmap (kernel/fork.c): the VMA is copied and vm_ops->open runs for it; because this is a PFN mapping, copy_page_range (mm/memory.c) copies its PTE too, so the child does not fault.
parent: fork -> child
expect ok
child: read scr
expect nofault
expect device ttyv page 0
expect value "p"
> The switch zaps every mapping of screen 0, in parent and child alike: unmap_mapping_range walks the file's mappings (its address_space), not one process's page tables.
switch ttyv 1
expect clean
parent: read scr
expect fault
expect ram
expect value "p"
child: read scr
expect fault
expect ram
> Both faulted to the same backing-store page: what the child writes, the parent reads.
child: write scr "c"
parent: read scr
expect nofault
expect value "c"
> The child exits: its VMAs are closed (vm_ops->close) and its page tables freed; the parent's mapping is untouched.
child: exit
parent: read scr
expect nofault
expect value "c"
> A process that has exited runs nothing more: ESRCH.
child: read scr
expect ESRCH
> unmap_mapping_range finds every mapping of the device, however many processes share it, so a fork cannot smuggle a stale PTE past a switch.
`;
