export const cloneNetbsd = `title "A cloning device under d_mmap (netbsd)"
kernel netbsd
machine ram=32
device ptm clone pages=1

process a
process b

> Each open still gets its own instance, but d_mmap(dev, off, prot) sees only the dev_t: it cannot tell opens apart (tech-kern, 2013, "drivers customizing mmap(2)").
a: open /dev/ptm -> fd
a: mmap fd 1p -> m
a: write m "a-secret"
expect fault
expect ram
expect clean
b: open /dev/ptm -> fd
b: mmap fd 1p -> m
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
> The fix proposed in 2013: fo_mmap, so that the driver supplies a pager of its own, with a fault handler that knows the open.
`;
