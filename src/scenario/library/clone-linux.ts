export const cloneLinux = `title "A cloning device: one instance per open (linux)"
kernel linux
machine ram=32
device ptm clone pages=1

process a
process b

> A cloning device (tech-kern, 2013, "drivers customizing mmap(2)"): each open allocates its own instance and f_op->open keeps it in file->private_data; the fault handler finds it through vma->vm_file->private_data.
a: open /dev/ptm -> fd
a: mmap fd 1p -> m
a: write m "a-secret"
expect fault
expect ram
> b opens the device too and gets a fresh, zeroed instance: it cannot see a's secret.
b: open /dev/ptm -> fd
b: mmap fd 1p -> m
b: read m
expect fault
expect ram
expect value 0
expect clean
> A second open in the same process gets a third instance.
a: open /dev/ptm -> fd2
a: mmap fd2 1p -> m2
a: read m2
expect value 0
a: read m
expect value "a-secret"
> The instance lives while its file or a mapping holds it: close, then munmap frees it.
a: close fd
a: read m
expect value "a-secret"
a: munmap m 1p
expect ok
expect clean
> Per-open state reached through the VMA's file keeps the opens apart, even in one process.
`;
