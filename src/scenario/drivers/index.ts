/**
 * The six built-in drivers written as `driver` blocks: what a student starts from, and what the
 * property test holds the engine to (a scenario runs the same with these blocks as with the built-ins,
 * under every kernel). Each block says every hook, so it reads as the driver's whole design.
 */

import type { DeviceType } from '../../sim/spec.ts';

export const BUILTIN_DRIVER_BLOCKS: Record<DeviceType, string> = {
  vt: `# The virtual-terminal driver: a screen's mapping reaches the framebuffer while that screen is in
# front and its own backing store while it is not; a switch zaps the mappings of the two screens
# that change places (unmap_mapping_range), so each faults again and finds its new place.
driver vt_builtin vt
  checks=range       # mmap refuses offsets past the framebuffer
  maps=fault         # linux: vm_ops->fault fills each PTE on first touch
  fault=own          # a screen's own place, never the framebuffer behind its back
  signal=SIGBUS      # linux: VM_FAULT_SIGBUS when there is no page
  unmap=yes          # irix: drvunmap exists
  state=open         # the mapping's open is reachable (vm_file, fo_mmap), where the kernel allows
  usecount=vma       # the module count holds opens and mappings
  switch=both        # zap the mappings of the screen leaving the front and of the one arriving
`,
  card: `# The memory-card driver: a mapping belongs to the card that was in the slot at mmap time; an
# eject zaps every mapping of the slot, and the fault handler refuses a card other than its own.
driver card_builtin card
  checks=range,slot  # mmap refuses offsets past the window, and an empty slot (ENXIO)
  maps=fault
  signal=SIGBUS
  unmap=yes
  state=open         # per open: the fault knows which card the mapping was made for
  usecount=vma
  eject=all          # zap every mapping of the slot before the card leaves
  insert=none        # nothing to do: mappings fault again and meet the new card
`,
  pseudo: `# The pseudo-device driver: kernel memory regions at mmap offsets, all mapped at mmap time
# (remap_pfn_range on linux). Its bug, alias=, is a key of the device line: it is the driver's
# table of regions, not one of its hooks.
driver pseudo_builtin pseudo
  checks=range
  maps=now
  signal=SIGBUS
  unmap=yes
  state=open
  usecount=vma
`,
  kbuf: `# The kernel-buffer driver: its pages go out one by one from the fault handler (virt_to_page,
# vmalloc_to_page); a hole in the buffer has no page.
driver kbuf_builtin kbuf
  checks=range
  maps=fault
  signal=SIGBUS
  unmap=yes
  state=open
  usecount=vma
`,
  regs: `# The register driver: the whole pages that hold the register block, mapped at mmap time
# (vm_iomap_memory on linux).
driver regs_builtin regs
  checks=range
  maps=now
  signal=SIGBUS
  unmap=yes
  state=open
  usecount=vma
`,
  clone: `# The cloning driver: every open gets its own instance of kernel memory, and a mapping reaches
# the instance of the open it was made through, where the kernel hands the open to the driver.
driver clone_builtin clone
  checks=range
  maps=fault
  signal=SIGBUS
  unmap=yes
  state=open
  usecount=vma
`,
};
