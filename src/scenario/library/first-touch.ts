export const firstTouch = `title "First touch: a lazy mapping faults, an eager one does not"
kernel linux
machine ram=32 levels=2 tlb=8
device ttyv vt screens=2 fb=2p
device sram pseudo regions=a:2@0

process app

> The vt driver is lazy. mmap hands the new VMA to the driver's f_op->mmap, and this one only sets vma->vm_ops, as fb_deferred_io does in drivers/video/fbdev/core/fb_defio.c: after mmap there is no PTE at all.
app: open /dev/ttyv0 -> fd
app: mmap fd 2p -> scr
expect ok
> The first touch misses the TLB and the walk stops at an empty level-1 entry: a page fault. handle_mm_fault (mm/memory.c) finds the VMA's vm_ops->fault and calls it; the driver maps framebuffer page 0 with vmf_insert_pfn and returns VM_FAULT_NOPAGE.
app: read scr
expect fault
expect device ttyv page 0
expect value 0
> vmf_insert_pfn made the PTE with the mapping's protection (rw), and the TLB now holds it: the write hits, no second fault.
app: write scr "A"
expect nofault
expect device ttyv page 0
> Each page has its own PTE, so each page pays its own first fault: page 1 now.
app: write scr+1p "B"
expect fault
expect device ttyv page 1
app: read scr+1p
expect nofault
expect value "B"
> The pseudo driver is eager: its ->mmap calls remap_pfn_range (mm/memory.c), which fills every PTE of the range before mmap returns.
app: open /dev/sram -> sfd
app: mmap sfd 2p -> mem
expect ok
> So even the first write to its second page finds a PTE: no fault, straight to the region's RAM.
app: write mem+1p 7
expect nofault
expect ram
app: read mem+1p
expect nofault
expect value 7
expect clean
> Lazy mappings pay one fault per page, and only for the pages used; eager ones do all the page-table work up front, and leave nothing for the driver to decide later.
`;
