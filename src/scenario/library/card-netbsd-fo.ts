export const cardNetbsdFo = `title "Card eject (netbsd_fo): pv tracking takes the window back"
kernel netbsd_fo
machine ram=32
device slot card pages=2 card=A

process cam

> The same card on NetBSD with fo_mmap (2014). The slot is a cloning device (d_open calls fd_clone); its fo_mmap makes a uvm_object for this mapping that remembers card A, and the object's pgo_fault enters a window page only while card A is in. The window is pv-tracked at attach: pmap_pv_track(start, size) (sys/uvm/pmap/pmap_pvt.c).
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "photo1"
expect fault
expect device slot page 0
> Eject: pmap_pv_protect(pa, VM_PROT_NONE) on each window page removes every PTE that maps it, with its TLB entries, as ttm_bo_unmap_virtual_locked does for a graphics aperture.
eject slot
expect ok
expect clean
> The PTE is gone, so the read faults; pgo_fault sees card A out and returns EINVAL, which amd64 trap() (sys/arch/amd64/amd64/trap.c) delivers as SIGBUS.
cam: read win
expect fault
expect SIGBUS
> An untouched page gets the same answer: SIGBUS, where the device pager's udv_fault gave SIGSEGV.
cam: read win+1p
expect fault
expect SIGBUS
> Card B goes in. The mapping belongs to card A for its life: pgo_fault refuses card B's page.
insert slot B
cam: write win "overwrite"
expect fault
expect SIGBUS
expect clean
cam: read win+1p
expect fault
expect SIGBUS
> Card A comes back, and pgo_fault enters its page again: its photo survived.
eject slot
insert slot A
expect clean
cam: read win
expect fault
expect device slot page 0
expect value "photo1"
> What the 2013 thread asked for ("to handle faults, and to remove mappings under certain conditions"): fo_mmap and a pager of the driver's own, with pmap_pv_track for device memory. Compare with netbsd, the same steps under d_mmap.
`;
