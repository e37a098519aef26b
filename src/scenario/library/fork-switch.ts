export const forkSwitch = `title "Fork of a device mapping, then a switch (linux)"
kernel linux
machine ram=32
device ttyv vt screens=2

process parent

parent: open /dev/ttyv0 -> fd
parent: mmap fd 1p -> scr
parent: write scr "p"
expect fault
expect device ttyv page 0
> fork copies the VMA (vm_ops->open runs for it) and, because this is a PFN mapping, copy_page_range copies its PTE too (kernel/fork.c dup_mmap).
parent: fork -> child
expect ok
child: read scr
expect nofault
expect device ttyv page 0
expect value "p"
> The switch zaps every mapping of screen 0, in parent and child alike: unmap_mapping_range walks the file's mappings, not one process's.
switch ttyv 1
expect clean
parent: read scr
expect fault
expect ram
expect value "p"
child: read scr
expect fault
expect ram
> Both reach the same backing-store page.
child: write scr "c"
parent: read scr
expect nofault
expect value "c"
> The child exits: its VMA is closed and its page tables are freed; the parent's mapping is untouched.
child: exit
parent: read scr
expect nofault
expect value "c"
child: read scr
expect ESRCH
`;
