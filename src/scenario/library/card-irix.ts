export const cardIrix = `title "Card eject (irix): v_mapphys mapped it all"
kernel irix
machine ram=32
device slot card pages=2 card=A

process cam

> IRIX: mmap calls the driver's drvmmap(dev, vt, off, len, prot), which calls v_mapphys(vt, addr, len) (v_mapphys(D3X) in the IRIX device driver guide): the whole range is mapped now, so no access ever faults.
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
expect ok
cam: write win "photo1"
expect nofault
expect device slot page 0
> Eject: the mapping stays as v_mapphys made it, every page of it.
eject slot
expect violation card-present
cam: read win+1p
expect nofault
expect device slot page 1
expect value 0
> With the slot empty, drvmmap refuses a new mapping: ENXIO.
cam: mmap fd 1p -> w2
expect ENXIO
> Card B goes in, and the old mapping reaches it.
insert slot B
cam: write win+1p "scribble"
expect nofault
expect device slot page 1
expect violation card-present
> munmap removes the mapping and calls the driver's drvunmap; the violation goes with it.
cam: munmap win 2p
expect ok
expect clean
> v_mapphys decides everything at mmap time, so nothing is decided again when the card changes: only munmap ends the mapping.
`;
