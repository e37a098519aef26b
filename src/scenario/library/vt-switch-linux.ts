export const vtSwitchLinux = `title "Two terminals, one framebuffer (linux)"
kernel linux
machine ram=32
device ttyv vt screens=2 fb=1p

process shell
process editor

> The shell maps screen 0, which is in front: its first write faults and the vt driver's vm_ops->fault maps the framebuffer.
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
> Screen 1 comes to the front. The driver saves the framebuffer into screen 0's backing store, loads screen 1's, and calls unmap_mapping_range on the mappings of both screens: every mapping will move.
switch ttyv 1
expect ok
expect clean
> The shell faults again and lands in its backing store, where its text was saved.
shell: read scr+16
expect fault
expect ram
expect value "hello"
> The editor faults again and lands on the framebuffer, which now shows its text.
editor: read scr
expect fault
expect device ttyv page 0
expect value "vi"
expect clean
> Switching to the screen already in front does nothing.
switch ttyv 1
expect ok
shell: read scr+16
expect nofault
expect value "hello"
> Because the driver can zap PTEs when the device changes, no process can ever reach the wrong terminal.
`;
