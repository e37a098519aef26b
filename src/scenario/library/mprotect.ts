export const mprotect = `title "mprotect and protection faults (linux)"
kernel linux
machine ram=32
device ttyv vt screens=1 fb=1p

process p

> A read-only descriptor cannot make a shared writable mapping: do_mmap (mm/mmap.c) refuses with EACCES before the driver is asked.
p: open /dev/ttyv0 ro -> rofd
p: mmap rofd 1p -> x
expect EACCES
p: mmap rofd 1p prot=r -> ro
expect ok
> Reading a read-only mapping faults once; the PTE is made read-only.
p: read ro
expect fault
expect device ttyv page 0
> A write the mapping's protection forbids is a SIGSEGV (access_error, arch/x86/mm/fault.c); the driver is never asked. Nor may mprotect raise it past what the descriptor allows: EACCES.
p: write ro "no"
expect fault
expect SIGSEGV
p: mprotect ro 1p rw
expect EACCES
> Device memory cannot be mapped private, and not past its end: the driver refuses both with EINVAL.
p: open /dev/ttyv0 -> fd
p: mmap fd 1p private -> priv
expect EINVAL
p: mmap fd 2p -> big
expect EINVAL
p: mmap fd 1p -> m
p: write m "v"
expect fault
> Lowering (mm/mprotect.c) rewrites the PTE and flushes its TLB entry.
p: mprotect m 1p r
expect ok
p: read m
expect nofault
expect value "v"
p: write m "w"
expect fault
expect SIGSEGV
> Raising leaves the PTE read-only: the next write faults, and the fault path upgrades the PTE in place.
p: mprotect m 1p rw
p: write m "w"
expect fault
expect device ttyv page 0
p: read m
expect nofault
expect value "w"
> PROT_NONE leaves no live translation.
p: mprotect m 1p none
p: read m
expect fault
expect SIGSEGV
> The checks: an unaligned address is EINVAL, a range with an unmapped page ENOMEM, a length of 0 does nothing.
p: mprotect m+1 1p r
expect EINVAL
p: mprotect m 2p r
expect ENOMEM
p: mprotect m 0 r
expect ok
expect clean
> The kernel checks protection before any driver runs: a driver decides where a page lands, never whether an access is allowed.
`;
