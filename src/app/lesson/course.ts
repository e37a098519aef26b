/**
 * The course: the built-ins in teaching order, from the first touch to the isolation failures, each part
 * with the story it comes from (kernel-models.md names the threads and the guide). Ids are the library's.
 */

export interface CoursePart {
  title: string;
  /** Where the story comes from, and what it asks. */
  story: string;
  lessons: ReadonlyArray<{ id: string; point: string }>;
}

export const COURSE: readonly CoursePart[] = [
  {
    title: 'Mapping device memory',
    story:
      'A process calls mmap on a device file and the driver decides what its pages reach. Linux drivers either fill every PTE inside ->mmap (remap_pfn_range) or wait for the first touch and answer in vm_ops->fault (vmf_insert_pfn, mm/memory.c). The kernel checks the protection before any driver is asked.',
    lessons: [
      { id: 'first-touch', point: 'A lazy mapping faults once per page; an eager one never does.' },
      { id: 'mprotect', point: 'Protection faults, mprotect lowering and raising, and the kernel checks.' },
    ],
  },
  {
    title: 'Terminals sharing one framebuffer',
    story:
      'NetBSD tech-kern, 1997, "mmap() of device": virtual terminals share one framebuffer, and a process must never write on a screen that is not its own. So a switch has to move every mapping: the terminal in front to the framebuffer, the others to backing store. Linux can (unmap_mapping_range, then the fault handler decides again); the classic d_mmap device pager cannot change a mapping under a process.',
    lessons: [
      {
        id: 'vt-switch-linux',
        point: 'The switch zaps both screens’ mappings; every process faults to the right place.',
      },
      { id: 'fork-switch', point: 'A forked child shares the mapping, and the switch zaps it in both.' },
      {
        id: 'vt-switch-netbsd',
        point: 'udv_fault made the PTE once; after the switch it still reaches the framebuffer.',
      },
    ],
  },
  {
    title: 'The removable card',
    story:
      'The same 1997 thread: a memory card can be pulled out of its slot while a process has it mapped, and another card put in. A mapping made for card A must never reach card B. Linux zaps on eject and gives SIGBUS until card A is back; NetBSD’s device pager and IRIX’s v_mapphys keep the old PTEs, so the mapping reaches whatever card is in.',
    lessons: [
      {
        id: 'card-linux',
        point: 'Eject zaps; the fault handler gives SIGBUS unless the mapping’s own card is in.',
      },
      {
        id: 'card-netbsd',
        point: 'The stale PTE outlives the card; an untouched page gets SIGSEGV, not SIGBUS.',
      },
      {
        id: 'card-irix',
        point: 'v_mapphys mapped it all at mmap time: nothing ever faults, card B is reachable.',
      },
    ],
  },
  {
    title: 'Pseudo-device regions and driver buffers',
    story:
      'NetBSD tech-kern, 2000, "mmap for pseudo devices": a d_mmap that maps offset ranges to kernel memory regions, and returns atop(pa) or -1; its second region returned the first region’s address, a copy-paste bug that no kernel can see. linux-kernel, 1997, "pseudo device driver with mmap": nopage, the module use count, and a vmalloc buffer whose pages need a page-table walk (scullv in Linux Device Drivers).',
    lessons: [
      {
        id: 'kbuf-vmalloc',
        point: 'vmalloc_to_page per fault, SIGBUS for a hole, and a mapping that outlives close.',
      },
      { id: 'pseudo-alias', point: 'The alias bug: region b’s offsets reach region a’s secret.' },
      {
        id: 'module-unload-linux-2-0',
        point:
          'Linux 2.0 itself: release at close, MOD_INC_USE_COUNT, EBUSY while counted, and a module gone under its mapping.',
      },
    ],
  },
  {
    title: 'The cloning device',
    story:
      'NetBSD tech-kern, 2013, "drivers customizing mmap(2)": a cloning device\u2019s descriptor has type DTYPE_MISC, which mmap(2) rejects; and d_mmap(dev, off, prot) sees only the dev_t, so a device that fakes per-open state cannot tell its opens apart and every mapping reaches one instance. Linux finds the open through vma->vm_file->private_data; NetBSD needs fo_mmap and a pager of its own.',
    lessons: [
      { id: 'clone-linux', point: 'One instance per open, freed after the last close and the last munmap.' },
      {
        id: 'clone-netbsd',
        point:
          'The cloning descriptor cannot be mapped (ENODEV); the cloning=no kludge lets b read a’s secret.',
      },
    ],
  },
  {
    title: 'The fix: fo_mmap (NetBSD, 2014)',
    story:
      'The 2013 thread asked for a way "to handle faults, and to remove mappings under certain conditions", and a year later NetBSD added fo_mmap to struct fileops (sys/sys/file.h): a cloning device\u2019s file returns a uvm_object of the driver\u2019s own, whose pgo_fault decides each page, and pmap_pv_track lets the driver take device pages back by physical address (pmap_pv_protect), as the drm2 drivers do for the graphics aperture. The same stories as before, with the same steps: compare each with netbsd.',
    lessons: [
      {
        id: 'vt-switch-netbsd-fo',
        point:
          'pmap_pv_protect and pmap_page_protect take both screens’ pages back; everyone faults to the right place.',
      },
      {
        id: 'card-netbsd-fo',
        point: 'Eject removes the window’s PTEs; pgo_fault gives SIGBUS until card A is back.',
      },
      { id: 'clone-netbsd-fo', point: 'fd_clone and an anonymous object per open: b never sees a’s secret.' },
    ],
  },
  {
    title: 'IRIX register pages',
    story:
      'The SGI IRIX device driver guide: drvmmap calls v_mapphys, which maps the whole range at once; munmap calls drvunmap, and a driver without one makes munmap return ENODEV. Protection is per page, so an I/O card whose registers share a page with another device’s lets a process reach the other device.',
    lessons: [
      {
        id: 'irix-regs',
        point: 'One page, two register blocks: writing gfx’s page reaches dma’s registers.',
      },
    ],
  },
  {
    title: 'FreeBSD’s device pagers',
    story:
      'FreeBSD asks a driver’s d_mmap_single first (vm_mmap_cdev, sys/vm/vm_mmap.c): it may return a VM object of its own. A driver that must take pages back makes an OBJT_MGTDEVICE object (cdev_pager_allocate, sys/vm/device_pager.c) whose cdev_pg_fault hands out managed pages, and frees them with cdev_mgtdev_pager_free_pages: pmap_remove_all finds every PTE through the pv lists. A driver with only d_mmap gets the classic device pager, whose object caches each page’s first answer until the node’s last mapping goes: review D8248, “the device pager caches the PA associated with a given offset forever”.',
    lessons: [
      {
        id: 'vt-switch-freebsd',
        point: 'The switch frees both screens’ pages through their pv lists; every process faults again.',
      },
      {
        id: 'card-freebsd',
        point: 'Eject frees card A’s pages; cdev_pg_fault says VM_PAGER_BAD, SIGBUS, until A is back.',
      },
      {
        id: 'pager-remembers-freebsd',
        point: 'A mapping made after the switch finds the cached page: d_mmap is never asked again.',
      },
    ],
  },
];

/** Every lesson's id, in teaching order. */
export const LESSON_ORDER: readonly string[] = COURSE.flatMap((p) => p.lessons.map((l) => l.id));

/**
 * The lesson after `id` in the course: its id; null after the last lesson; undefined when `id` is no
 * lesson (a scenario of one's own).
 */
export function lessonAfter(id: string | null): string | null | undefined {
  const i = id === null ? -1 : LESSON_ORDER.indexOf(id);
  if (i < 0) return undefined;
  return LESSON_ORDER[i + 1] ?? null;
}
