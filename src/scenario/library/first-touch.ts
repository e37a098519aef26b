export const firstTouch = `title "First touch: a lazy mapping faults, an eager one does not"
kernel linux
machine ram=32 levels=2 tlb=8
device ttyv vt screens=2 fb=2p
device sram pseudo regions=a:2@0

process app

> The vt driver is lazy: its ->mmap only sets vma->vm_ops and maps nothing (drivers/video/fbdev/core/fb_defio.c works this way).
app: open /dev/ttyv0 -> fd
app: mmap fd 2p -> scr
expect ok
> The first touch finds no PTE: the walk stops at an empty level-1 entry, the CPU faults, and linux calls vm_ops->fault, which maps framebuffer page 0 with vmf_insert_pfn (mm/memory.c).
app: read scr
expect fault
expect device ttyv page 0
expect value 0
> The PTE was made with the mapping's protection (rw), so the write that follows does not fault again.
app: write scr "A"
expect nofault
expect device ttyv page 0
> The second page is a page of its own: one fault per page.
app: write scr+1p "B"
expect fault
expect device ttyv page 1
app: read scr+1p
expect nofault
expect value "B"
> The pseudo driver is eager: remap_pfn_range fills every PTE inside ->mmap, before the process touches anything.
app: open /dev/sram -> sfd
app: mmap sfd 2p -> mem
expect ok
app: write mem+1p 7
expect nofault
expect ram
app: read mem+1p
expect nofault
expect value 7
expect clean
> Lazy mappings cost a fault per page on first touch; eager ones cost the page-table work up front, whether or not the pages are used.
`;
