export const cloneNetbsdFo = `title "A cloning device with fo_mmap (netbsd_fo)"
kernel netbsd_fo
machine ram=32
device ptm clone pages=1

process a
process b

> NetBSD's answer to the 2013 thread (2014): d_open calls fd_clone(fp, fd, flags, &ptm_fileops, priv), and the file's fo_mmap (sys/sys/file.h) hands UVM a uvm_object of the driver's own. Here the instance is an anonymous object (uao_create), which fo_mmap returns with uao_reference, as audio_mmap does (sys/dev/audio/audio.c).
a: open /dev/ptm -> fd
a: mmap fd 1p -> m
a: write m "a-secret"
expect fault
expect ram
> b opens the device and gets a struct file, and an instance, of its own: its mapping reaches its own zeroed page, not a's secret.
b: open /dev/ptm -> fd
b: mmap fd 1p -> m
b: read m
expect fault
expect ram
expect value 0
expect clean
> fork shares the file and copies the map entry (pgo_reference); no PTE is copied (x86 pmap_copy does nothing), so the child faults into the same instance.
a: fork -> child
child: read m
expect fault
expect ram
expect value "a-secret"
expect users ptm 5
> close drops the descriptors; the mappings keep their references to the object ("munmap will release"), and the memory with them.
a: close fd
child: close fd
expect users ptm 4
a: read m
expect nofault
expect value "a-secret"
> The last munmap drops the object's last reference: fo_close has run, so a's instance is freed.
a: munmap m 1p
child: munmap m 1p
expect clean
expect users ptm 2
b: read m
expect nofault
expect value 0
> Per-open state reached through the file, which d_mmap could never see: what the 2013 thread asked fo_mmap for. Compare with netbsd, where this descriptor cannot be mapped at all.
`;
