/**
 * kernel-models-more.md §5, the examples that use netbsd_fo (1 to 3), as written there: every expectation
 * holds under the runner, and the contrasts the text records hold on the other kernels.
 */

import { describe, expect, it } from 'vitest';
import { failures, rows } from '../helpers.ts';

const EXAMPLE_1 = `title "Two terminals (netbsd_fo): the screen pager revokes"
kernel netbsd_fo
machine ram=32
device ttyv vt screens=2 fb=2p

process shell
process editor

> open clones the descriptor (fd_clone); mmap goes to the driver's fo_mmap, which returns screen 0's own uvm_object. Its pgo_fault enters the framebuffer page.
shell: open /dev/ttyv0 -> fd
shell: mmap fd 2p -> scr
shell: write scr "hello"
expect fault
expect device ttyv page 0
editor: open /dev/ttyv1 -> fd
editor: mmap fd 2p -> scr
editor: write scr "vi"
expect fault
expect ram
> Screen 1 comes to the front. The driver copies the screens, then pmap_pv_protect(pa, VM_PROT_NONE) on each framebuffer page (pv-tracked at attach) and pmap_page_protect(pg, VM_PROT_NONE) on screen 1's backing pages.
switch ttyv 1
expect ok
expect clean
shell: read scr
expect fault
expect ram
expect value "hello"
editor: read scr
expect fault
expect device ttyv page 0
expect value "vi"
> MAP_PRIVATE: the driver's fo_mmap sets MAP_SHARED, as audio_mmap does.
shell: mmap fd 1p private -> p
expect ok
shell: read p
expect fault
expect ram
expect value "hello"
expect clean
`;

const EXAMPLE_2 = `title "Card eject (netbsd_fo): pv tracking takes the window back"
kernel netbsd_fo
machine ram=32
device slot card pages=2 card=A

process cam

> fo_mmap makes an object for this mapping that remembers card A; pgo_fault enters a window page only while A is in.
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "photo1"
expect fault
expect device slot page 0
> Eject: pmap_pv_protect(pa, VM_PROT_NONE) on each window page removes every PTE that maps it.
eject slot
expect ok
expect clean
> pgo_fault sees card A out and returns EINVAL; amd64 trap() delivers SIGBUS.
cam: read win
expect fault
expect SIGBUS
> fo_mmap refuses an empty slot: ENXIO.
cam: mmap fd 1p -> w2
expect ENXIO
insert slot A
expect ok
cam: read win
expect fault
expect device slot page 0
expect value "photo1"
eject slot
insert slot B
cam: write win+1p "scribble"
expect fault
expect SIGBUS
expect clean
`;

const EXAMPLE_3 = `title "A cloning device with fo_mmap (netbsd_fo)"
kernel netbsd_fo
machine ram=32
device ptm clone pages=1

process a
process b

> d_open calls fd_clone; the instance is an anonymous uvm object, and fo_mmap returns it with uao_reference.
a: open /dev/ptm -> fd
a: mmap fd 1p -> m
a: write m "a-secret"
expect fault
expect ram
b: open /dev/ptm -> fd
b: mmap fd 1p -> m
b: read m
expect fault
expect ram
expect value 0
expect clean
> fork shares the file and copies the map entry (pgo_reference); no PTE is copied, so the child faults into the same instance.
a: fork -> child
child: read m
expect fault
expect ram
expect value "a-secret"
a: close fd
child: close fd
a: read m
expect nofault
expect value "a-secret"
a: munmap m 1p
child: munmap m 1p
expect clean
b: read m
expect nofault
expect value 0
`;

/** The row of the first step whose line reads `statement` (after the `from`-th match, 0 = first). */
function at(text: string, kernel: Parameters<typeof rows>[1], statement: string, from = 0) {
  const lines = text.split('\n');
  const found = lines.flatMap((l, i) => (l.trim() === statement ? [i + 1] : []))[from];
  const row = rows(text, kernel).find((r) => r.line === found);
  if (!row) throw new Error(`no step "${statement}"`);
  return row;
}

describe('kernel-models-more.md §5 on netbsd_fo', () => {
  it.each([
    ['1 (vt: the screen pager revokes)', EXAMPLE_1],
    ['2 (card: eject through pv tracking, SIGBUS)', EXAMPLE_2],
    ['3 (clone: per-open state through fd_clone)', EXAMPLE_3],
  ])('Example %s: every expectation holds', (_, text) => {
    expect(failures(text)).toEqual([]);
  });

  it('Example 1, contrast: linux refuses the private mmap; netbsd and irix leave the shell stale', () => {
    const E = EXAMPLE_1;
    expect(at(E, 'linux', 'shell: mmap fd 1p private -> p').result).toBe('EINVAL');
    expect(at(E, 'linux', 'shell: read p').signal).toBe('SIGSEGV');
    expect(at(E, 'netbsd', 'switch ttyv 1').violations).toEqual(['vt-foreground']);
    expect(at(E, 'netbsd', 'shell: read scr')).toMatchObject({
      fault: false,
      lands: { kind: 'device', device: 'ttyv', page: 0 },
      value: 'vi',
    });
    expect(at(E, 'netbsd', 'editor: read scr')).toMatchObject({ fault: false, lands: { kind: 'ram' } });
    expect(at(E, 'irix', 'shell: read scr')).toMatchObject({ fault: false, value: 'vi' });
    expect(at(E, 'irix', 'shell: mmap fd 1p private -> p').result).toBe('ok');
  });

  it('Example 2, contrast: netbsd keeps the stale PTE; netbsd_fo has linux\u2019s outcomes, step for step', () => {
    const E = EXAMPLE_2;
    expect(at(E, 'netbsd', 'eject slot').violations).toEqual(['card-present']);
    expect(at(E, 'netbsd', 'cam: read win')).toMatchObject({ fault: false, value: '0' });
    expect(at(E, 'netbsd', 'cam: mmap fd 1p -> w2').result).toBe('EINVAL');
    expect(at(E, 'netbsd', 'cam: write win+1p "scribble"').lands).toEqual({
      kind: 'device',
      device: 'slot',
      page: 1,
    });
    expect(
      rows(E, 'irix')
        .filter((r) => r.op === 'read' || r.op === 'write')
        .some((r) => r.fault),
    ).toBe(false);
    const outcome = (r: ReturnType<typeof rows>[number]) => [
      r.result,
      r.signal,
      r.fault,
      r.lands,
      r.value,
      r.violations,
    ];
    expect(rows(E, 'netbsd_fo').map(outcome)).toEqual(rows(E, 'linux').map(outcome));
  });

  it('Example 3, contrast: netbsd cannot map the cloning descriptor; with cloning=no b reads a\u2019s secret', () => {
    expect(at(EXAMPLE_3, 'netbsd', 'a: mmap fd 1p -> m').result).toBe('ENODEV');
    const kludge = EXAMPLE_3.replace('clone pages=1', 'clone pages=1 cloning=no');
    expect(at(kludge, 'netbsd', 'b: read m')).toMatchObject({ value: 'a-secret', violations: ['per-open'] });
    expect(at(kludge, 'irix', 'b: read m')).toMatchObject({ fault: false, value: 'a-secret' });
    expect(failures(EXAMPLE_3, 'linux')).toEqual([]);
  });
});
