export const cardNetbsd = `title "Card eject (netbsd): the mapping outlives the card"
kernel netbsd
machine ram=32
device slot card pages=2 card=A

process cam

> The same card under NetBSD's device pager. The driver's d_mmap(dev, off, prot) returns the window's page while a card is in and -1 while the slot is empty; udv_fault (sys/uvm/uvm_device.c) enters the page at the first touch.
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "photo1"
expect fault
expect device slot page 0
> Eject: the device pager has no hook to revoke, and device pages have no pv entries, so nothing can find the PTE. It stays.
eject slot
expect ok
expect violation card-present
> The stale PTE still reaches the window: the slot is empty, so it reads 0 and drops writes.
cam: read win
expect nofault
expect device slot page 0
expect value 0
> An untouched page faults: d_mmap returns -1 for an empty slot, udv_fault fails with EIO, and x86 trap() (sys/arch/x86/x86/trap.c) turns that into SIGSEGV, not SIGBUS.
cam: read win+1p
expect fault
expect SIGSEGV
> Card B goes in. The mapping made for card A now writes on card B.
insert slot B
cam: write win "overwrite"
expect nofault
expect device slot page 0
expect violation card-present
cam: read win+1p
expect fault
expect device slot page 1
> Card A comes back: its photo survived, and the violation clears, because the stale PTE is right again by luck.
eject slot
insert slot A
expect clean
cam: read win
expect value "photo1"
> With d_mmap a driver cannot take back a page it has answered for: only munmap or exit removes a stale PTE.
`;
