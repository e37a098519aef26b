export const vtSwitchLinux = `title "Two terminals, one framebuffer (linux)"
kernel linux
machine ram=32
device ttyv vt screens=2 fb=1p

process shell
process editor

> Two terminals share one framebuffer: the story of the 1997 NetBSD tech-kern thread "mmap() of device". The shell maps screen 0, which is in front. The driver is lazy: the first write faults, and its vm_ops->fault maps the framebuffer page with vmf_insert_pfn.
shell: open /dev/ttyv0 -> fd
shell: mmap fd 1p prot=rw shared -> scr
shell: write scr+16 "hello"
expect fault
expect device ttyv page 0
> The editor maps screen 1, which is behind: its fault is served from screen 1's backing store in RAM.
editor: open /dev/ttyv1 -> fd
editor: mmap fd 1p -> scr
editor: write scr "vi"
expect fault
expect ram
> Screen 1 comes to the front (on Linux a console switch goes through change_console, drivers/tty/vt/). The driver saves the framebuffer into screen 0's backing store, loads screen 1's, and calls unmap_mapping_range (mm/memory.c) on the mappings of both screens: every PTE that pointed at the old place is zapped, in every process.
switch ttyv 1
expect ok
expect clean
> The shell's next touch faults again; the handler sees that screen 0 is behind and maps its backing store, where its text was saved.
shell: read scr+16
expect fault
expect ram
expect value "hello"
> The editor faults again and now lands on the framebuffer, which shows its text.
editor: read scr
expect fault
expect device ttyv page 0
expect value "vi"
expect clean
> A switch to the screen already in front does nothing: no copy, no zap, no fault.
switch ttyv 1
expect ok
shell: read scr+16
expect nofault
expect value "hello"
> Because the driver zaps the PTEs whenever the device changes, and decides again at the next fault, no process can ever reach the wrong terminal.
`;
