/**
 * Each hook of a `driver` block changes what the driver does, and each kernel does what its mechanism
 * lets a driver do: the scenarios' own expectations are the assertions.
 */

import { describe, expect, it } from 'vitest';
import { calls, failures, trace } from '../helpers.ts';
import type { KernelName } from '../../src/sim/spec.ts';

const card = (hooks: string, kernel: KernelName) => `kernel ${kernel}
driver mine card ${hooks}
device slot card driver=mine
process cam
cam: open /dev/slot -> fd
cam: mmap fd 1p -> win
cam: write win "A"
expect device slot page 0
eject slot
`;

const vt = (hooks: string) => `driver mine vt ${hooks}
device tty vt driver=mine
process a
process b
a: open /dev/tty0 -> fa
a: mmap fa 1p -> ma
b: open /dev/tty1 -> fb
b: mmap fb 1p -> mb
a: write ma "a"
b: write mb "b"
switch tty 1
`;

describe('driver hooks', () => {
  it('eject=none leaves the mapping on the empty window under linux (card-present); eject=all does not', () => {
    expect(failures(`${card('eject=none', 'linux')}expect violation card-present\n`)).toEqual([]);
    expect(failures(`${card('eject=all', 'linux')}expect clean\ncam: read win\nexpect SIGBUS\n`)).toEqual([]);
  });

  it('netbsd cannot zap for a d_mmap driver: eject=all still leaves the hole; netbsd_fo zaps by page', () => {
    expect(failures(`${card('eject=all', 'netbsd')}expect violation card-present\n`)).toEqual([]);
    const { events } = trace(`${card('eject=all', 'netbsd_fo')}`);
    expect(calls(events.at(-1)!)).toEqual(['eject hook', 'pmap_pv_protect']);
    // The trace says why nothing was zapped: the hook asked, the kernel has no way.
    const said = trace(card('eject=all', 'netbsd')).events.at(-1)!;
    expect(said).toContainEqual({
      t: 'call',
      api: 'eject hook',
      who: 'slot (mine driver)',
      detail: 'eject=all, but netbsd gives this driver no call that finds its mappings: none is zapped',
    });
  });

  it('switch=both zaps both screens; switch=new leaves the old screen on the framebuffer; switch=none leaves it too', () => {
    expect(failures(`${vt('switch=both')}expect clean\na: read ma\nexpect ram\n`)).toEqual([]);
    expect(failures(`${vt('switch=new')}expect violation vt-foreground\n`)).toEqual([]);
    expect(failures(`${vt('switch=none')}expect violation vt-foreground\n`)).toEqual([]);
    // switch=old zaps screen 0 (off the front now): screen 1's mapping still writes its backing store.
    expect(
      failures(`${vt('switch=old')}expect clean\nb: write mb "B"\nexpect nofault\nexpect ram\n`),
    ).toEqual([]);
  });

  it('fault=front hands a background screen the framebuffer, on every kernel', () => {
    for (const k of ['linux', 'netbsd', 'irix', 'freebsd'] as const)
      expect(
        failures(`kernel ${k}\n${vt('fault=front')}a: read ma\nexpect violation vt-foreground\n`),
        k,
      ).toEqual([]);
  });

  it('maps=now on linux fills the PTEs in ->mmap with remap_pfn_range: the first touch does not fault', () => {
    const text = `${vt('maps=now')}a: read ma\n`;
    const { events } = trace(text);
    expect(calls(events[1]!)).toContain('remap_pfn_range');
    // Zapped by the switch, an eager mapping has no fault handler to fill it again: SIGBUS.
    expect(failures(`${vt('maps=now')}expect clean\na: read ma\nexpect SIGBUS\n`)).toEqual([]);
    expect(failures(`${vt('maps=now switch=none')}expect violation vt-foreground\n`)).toEqual([]);
  });

  it('signal=SIGSEGV: linux delivers what vm_ops->fault asks for', () => {
    expect(failures(`${card('signal=SIGSEGV', 'linux')}cam: read win\nexpect SIGSEGV\n`)).toEqual([]);
  });

  it('checks=none on a card: mmap of an empty slot is accepted, and a mapping past the window reaches the next device', () => {
    const text = `kernel linux
driver sloppy card checks=none
device slot card pages=1 driver=sloppy
device cam2 card pages=1
process p
p: open /dev/slot -> fd
p: mmap fd 2p -> w
p: write w+1p "x"
expect device cam2 page 0
expect violation device-bounds
eject slot
p: mmap fd 1p -> w2
expect ok
`;
    expect(failures(text)).toEqual([]);
  });

  it('state=device: a clone driver without per-open state hands the first open\u2019s instance to the second', () => {
    const text = `driver shared clone state=device
device c clone driver=shared
process a
process b
a: open /dev/c -> fa
b: open /dev/c -> fb
b: mmap fb 1p -> mb
b: read mb
expect violation per-open
`;
    expect(failures(text, 'linux')).toEqual([]);
  });

  it('unmap=no on irix: munmap returns ENODEV; usecount=open on linux_2_0 lets an unload free mapped memory', () => {
    const irix = `kernel irix
driver nounmap kbuf unmap=no
device k kbuf driver=nounmap
process p
p: open /dev/k -> fd
p: mmap fd 1p -> m
p: munmap m 1p
expect ENODEV
`;
    expect(failures(irix)).toEqual([]);
    const old = `kernel linux_2_0
driver opens kbuf usecount=open
device k kbuf driver=opens
process p
p: open /dev/k -> fd
p: mmap fd 1p -> m
p: read m
p: close fd
unload k
expect ok
expect violation freed-frame
`;
    expect(failures(old)).toEqual([]);
  });

  it('insert=all zaps every mapping at the insert on linux', () => {
    const text = `${card('eject=none insert=all', 'linux')}insert slot B\nexpect clean\ncam: read win\nexpect SIGBUS\n`;
    expect(failures(text)).toEqual([]);
  });

  it('names the custom driver in the trace', () => {
    const { events } = trace(`${card('eject=all', 'linux')}`);
    const who = events.flat().flatMap((e) => ('who' in e ? [e.who] : []));
    expect(who).toContain('slot (mine driver)');
  });
});
