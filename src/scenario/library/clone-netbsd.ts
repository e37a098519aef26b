export const cloneNetbsd = `title "A cloning device under d_mmap (netbsd)"
kernel netbsd
machine ram=32
device ptm clone pages=1
device drm clone pages=1 cloning=no

process a
process b

> A cloning device: d_open calls fd_clone, so each open gets a struct file of its own and an instance of its own.
a: open /dev/ptm -> fd
expect ok
> But "file descriptors for a cloning device have type DTYPE_MISC which mmap(2) rejects" (tech-kern, 2013, "drivers customizing mmap(2)"): sys_mmap maps only vnodes (sys/uvm/uvm_mmap.c). ENODEV.
a: mmap fd 1p -> m
expect ENODEV
expect users ptm 1
a: close fd
> So a driver that wants its memory mapped stays a plain device and fakes per-open state, the thread's "horrible bookkeeping kludges" (cloning=no). Each open still gets its own instance, but d_mmap(dev, off, prot) sees only the dev_t: it cannot tell opens apart.
a: open /dev/drm -> fd
a: mmap fd 1p -> m
a: write m "a-secret"
expect fault
expect ram
expect clean
b: open /dev/drm -> fd
b: mmap fd 1p -> m
expect users drm 4
> b's mapping reaches a's instance: b reads a's secret.
b: read m
expect fault
expect ram
expect value "a-secret"
expect violation per-open
> And b's writes land in a's instance.
b: write m "b-was-here"
a: read m
expect value "b-was-here"
> Unmapping b's mapping removes the translation that broke per-open.
b: munmap m 1p
expect clean
expect users drm 3
> The fix proposed in 2013 and adopted in 2014: fo_mmap (sys/sys/file.h), so that a cloning device's file supplies a pager of its own, with a fault handler that knows the open (kernel netbsd_fo).
`;
