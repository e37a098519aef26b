export const cardLinux = `title "Card eject and reinsertion (linux)"
kernel linux
machine ram=32
device slot card pages=2 card=A

process cam

> A memory-card slot, the removable card of the 1997 tech-kern thread. The driver remembers per mapping which card was in the slot at mmap time (card A here), and serves pages lazily from vm_ops->fault.
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "photo1"
expect fault
expect device slot page 0
> Eject: the driver calls unmap_mapping_range (mm/memory.c) on the slot's window, so every PTE of it, in every process, is gone before the card is.
eject slot
expect ok
expect clean
> The next touch faults; vm_ops->fault sees that card A is not in the slot and returns VM_FAULT_SIGBUS, which arch/x86/mm/fault.c delivers as SIGBUS.
cam: read win
expect fault
expect SIGBUS
> The driver's ->mmap refuses to map an empty slot: ENXIO.
cam: mmap fd 1p -> none_yet
expect ENXIO
> Card A goes back in, with its contents: the next fault maps the window again, and the photo is there.
insert slot A
expect ok
cam: read win
expect fault
expect device slot page 0
expect value "photo1"
> Another card is not the one the mapping was made for: with card B in, the handler still answers SIGBUS.
eject slot
insert slot B
cam: read win
expect fault
expect SIGBUS
expect clean
> A mapping made now belongs to card B.
cam: mmap fd 2p -> winb
cam: read winb
expect fault
expect device slot page 0
expect value 0
> The slot holds one card: inserting a second is EBUSY, and ejecting an empty slot is ENXIO.
insert slot C
expect EBUSY
eject slot
eject slot
expect ENXIO
> Zap on every change and decide again at the next fault: a mapping reaches its own card, or nothing.
`;
