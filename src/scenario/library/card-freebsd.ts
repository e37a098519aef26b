export const cardFreebsd = `title "Card eject (freebsd): the managed pager takes the window back"
kernel freebsd
machine ram=32
device slot card pages=2 card=A

process cam

> The same card under FreeBSD. d_mmap_single returns the OBJT_MGTDEVICE object of the card in the slot, card A: its handle is the card's record, so every mapping made while A is in shares A's object (cdev_pager_allocate, sys/vm/device_pager.c).
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "photo1"
expect fault
expect device slot page 0
> Eject: the driver frees every resident page of card A's object (cdev_mgtdev_pager_free_pages), and pmap_remove_all removes the PTE that maps it.
eject slot
expect ok
expect clean
> cdev_pg_fault sees card A out and returns VM_PAGER_BAD; vm_fault makes that KERN_OUT_OF_BOUNDS, and vm_fault_trap (sys/vm/vm_fault.c) delivers SIGBUS.
cam: read win
expect fault
expect SIGBUS
> d_mmap_single refuses an empty slot: ENXIO.
cam: mmap fd 1p -> w2
expect ENXIO
> Card B goes in. The mapping was made for card A, so cdev_pg_fault still says VM_PAGER_BAD.
insert slot B
cam: write win+1p "scribble"
expect fault
expect SIGBUS
expect clean
> Card A comes back: the next fault enters the window page again, and the photo is there.
eject slot
insert slot A
cam: read win
expect fault
expect device slot page 0
expect value "photo1"
expect clean
> The same outcomes as linux's unmap_mapping_range, found another way: by page, through pv entries, not by file range.
`;
