export const cardIrix = `title "Card eject (irix): v_mapphys mapped it all"
kernel irix
machine ram=32
device slot card pages=2 card=A

process cam

> drvmmap calls v_mapphys, which maps the whole range at mmap time: no access ever faults.
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
> With the slot empty, a new mapping is refused.
cam: mmap fd 1p -> w2
expect ENXIO
> Card B goes in, and the old mapping reaches it.
insert slot B
cam: write win+1p "scribble"
expect nofault
expect device slot page 1
expect violation card-present
> munmap removes the mapping and calls drvunmap; the violation goes with it.
cam: munmap win 2p
expect ok
expect clean
`;
