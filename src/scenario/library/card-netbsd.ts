export const cardNetbsd = `title "Card eject (netbsd): the mapping outlives the card"
kernel netbsd
machine ram=32
device slot card pages=2 card=A

process cam

cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "photo1"
expect fault
expect device slot page 0
> Eject: d_mmap has no hook to revoke, and device pages have no pv tracking. The PTE stays.
eject slot
expect ok
expect violation card-present
> The stale PTE still reaches the window: the slot is empty, so it reads 0 and drops writes.
cam: read win
expect nofault
expect device slot page 0
expect value 0
> An untouched page faults: d_mmap returns -1 for an empty slot, udv_fault fails with EIO, and x86 trap() turns that into SIGSEGV, not SIGBUS.
cam: read win+1p
expect fault
expect SIGSEGV
> Card B goes in. The mapping made for card A now reads card B.
insert slot B
cam: write win "overwrite"
expect nofault
expect device slot page 0
expect violation card-present
cam: read win+1p
expect fault
expect device slot page 1
> Card A comes back: its photo survived, and the violation clears.
eject slot
insert slot A
expect clean
cam: read win
expect value "photo1"
`;
