export const cardLinux = `title "Card eject and reinsertion (linux)"
kernel linux
machine ram=32
device slot card pages=2 card=A

process cam

> The card driver keeps per-mapping state: the mapping belongs to the card that was in the slot when it was made (card A).
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "photo1"
expect fault
expect device slot page 0
> Eject: the driver calls unmap_mapping_range, and every PTE of the slot's window is zapped in every process.
eject slot
expect ok
expect clean
> The next touch faults; vm_ops->fault sees that card A is not in and returns VM_FAULT_SIGBUS.
cam: read win
expect fault
expect SIGBUS
> Mapping an empty slot is refused.
cam: mmap fd 1p -> none_yet
expect ENXIO
> Card A goes back in, with its contents: the mapping works again.
insert slot A
expect ok
cam: read win
expect fault
expect device slot page 0
expect value "photo1"
> Another card is not the one the mapping was made for.
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
> The slot is full: a second card does not fit; an empty slot cannot be ejected.
insert slot C
expect EBUSY
eject slot
eject slot
expect ENXIO
`;
