/** kernel-models.md: revoking or moving a mapping (switch, eject), and the vt and card details. */

import { describe, expect, it } from 'vitest';
import { calls, failures, KERNELS, rows, scn, trace } from '../helpers.ts';

const TWO = 'device tty vt screens=2 fb=1p\nprocess a\nprocess b';
const setup = `a: open /dev/tty0 -> f
a: mmap f 1p -> m
a: write m "A"
b: open /dev/tty1 -> f
b: mmap f 1p -> m
b: write m "B"`;

describe('a vt switch', () => {
  it('linux: unmap_mapping_range zaps both screens; the next touches fault and the mappings move', () => {
    const text = scn(
      'linux',
      TWO,
      `${setup}\nswitch tty 1\nexpect clean\na: read m\nexpect fault\nexpect ram\nexpect value "A"\nb: read m\nexpect fault\nexpect device tty page 0\nexpect value "B"`,
    );
    expect(failures(text)).toEqual([]);
    expect(calls(trace(text).events[6]!)).toEqual(['unmap_mapping_range']);
  });

  it('netbsd: the touched PTE stays on the framebuffer (vt-foreground), untouched pages fault to the backing store', () => {
    const text = scn(
      'netbsd',
      'device tty vt screens=2 fb=2p\nprocess a\nprocess b',
      `${setup.replace(/1p/g, '2p')}\nswitch tty 1\nexpect violation vt-foreground\na: read m\nexpect nofault\nexpect device tty page 0\nexpect value "B"\na: read m+1p\nexpect fault\nexpect ram`,
    );
    expect(failures(text)).toEqual([]);
  });

  it('irix: every PTE goes stale', () => {
    const text = scn(
      'irix',
      TWO,
      `a: open /dev/tty0 -> f\na: mmap f 1p -> m\nb: open /dev/tty1 -> f\nb: mmap f 1p -> m\nswitch tty 1\nexpect violation vt-foreground\na: read m\nexpect nofault\nexpect device tty page 0\nb: read m\nexpect nofault\nexpect ram`,
    );
    expect(failures(text)).toEqual([]);
  });

  it.each(KERNELS)(
    '%s: the switch saves and loads the screens; a switch to the front screen does nothing',
    (k) => {
      const text = scn(
        k,
        TWO,
        `${setup}\nswitch tty 0\nexpect ok\nswitch tty 1\nswitch tty 0\na: open /dev/tty1 -> g\na: mmap g 1p -> back\na: read back\nexpect ram\nexpect value "B"`,
      );
      expect(failures(text)).toEqual([]);
      const { events } = trace(text);
      expect(events[6]!.filter((e) => e.t === 'copy')).toEqual([]);
      expect(events[7]!.filter((e) => e.t === 'copy').length).toBe(2);
    },
  );
});

describe('a card eject', () => {
  const CARD = 'device s card pages=1 card=A\nprocess p';
  it('linux: eject zaps; the handler gives SIGBUS unless the card the mapping was made for is in', () => {
    const text = scn(
      'linux',
      CARD,
      'p: open /dev/s -> f\np: mmap f 1p -> m\np: write m "a"\neject s\np: read m\nexpect SIGBUS\ninsert s B\np: read m\nexpect SIGBUS\neject s\ninsert s A\np: read m\nexpect value "a"\nexpect clean',
    );
    expect(failures(text)).toEqual([]);
  });

  it.each(['netbsd', 'irix'] as const)(
    '%s: the stale mapping reaches the window (card-present), which reads 0 while empty',
    (k) => {
      const text = scn(
        k,
        CARD,
        'p: open /dev/s -> f\np: mmap f 1p -> m\np: write m "a"\neject s\nexpect violation card-present\np: read m\nexpect nofault\nexpect value 0\np: write m "lost"\ninsert s A\nexpect clean\np: read m\nexpect value "a"',
      );
      expect(failures(text)).toEqual([]);
    },
  );

  it.each(KERNELS)('%s: insert into a full slot is EBUSY, eject of an empty slot ENXIO', (k) => {
    expect(
      failures(scn(k, CARD, 'insert s B\nexpect EBUSY\neject s\nexpect ok\neject s\nexpect ENXIO')),
    ).toEqual([]);
  });

  it('card=none starts empty; each label keeps its own contents', () => {
    const text = scn(
      'linux',
      'device s card pages=1 card=none\nprocess p',
      'p: open /dev/s -> f\ninsert s X\np: mmap f 1p -> x\np: write x "x1"\neject s\ninsert s Y\np: mmap f 1p -> y\np: read y\nexpect value 0\np: write y "y1"\neject s\ninsert s X\np: read x\nexpect value "x1"',
    );
    expect(failures(text)).toEqual([]);
  });
});

describe('per-open state', () => {
  const CLONE = 'device c clone pages=1\nprocess a\nprocess b';
  const body =
    'a: open /dev/c -> f\na: mmap f 1p -> m\na: write m "mine"\nb: open /dev/c -> f\nb: mmap f 1p -> m\nb: read m';
  it('linux: each open reaches its own instance', () => {
    expect(rows(scn('linux', CLONE, body)).at(-1)!.value).toBe('0');
    expect(rows(scn('linux', CLONE, body)).at(-1)!.violations).toEqual([]);
  });
  it.each(['netbsd', 'irix'] as const)(
    '%s: d_mmap/drvmmap hand out the first open instance (per-open) of a cloning=no device',
    (k) => {
      const last = rows(scn(k, CLONE.replace('pages=1', 'pages=1 cloning=no'), body)).at(-1)!;
      expect(last.value).toBe('mine');
      expect(last.violations).toEqual(['per-open']);
    },
  );
});

describe('the pseudo alias bug and shared register pages', () => {
  it.each(KERNELS)('%s: page i of R2 reaches page i mod |R1| of R1 (device-bounds)', (k) => {
    const text = scn(
      k,
      'device k pseudo regions=a:2@0,b:3@2p alias=b:a\nprocess p',
      'p: open /dev/k -> f\np: mmap f 2p -> ra\np: write ra+1p "one"\np: mmap f 3p off=2p -> rb\np: read rb+1p\nexpect value "one"\nexpect violation device-bounds\np: read rb+2p\nexpect value 0',
    );
    expect(failures(text)).toEqual([]);
  });

  it.each(KERNELS)(
    '%s: a byte in no block reads 0 and drops writes; another block on the page is device-bounds',
    (k) => {
      const text = scn(
        k,
        'device r regs at=0xC0000000 size=0x10\ndevice q regs at=0xC0000100 size=0x10\nprocess p',
        'p: open /dev/r -> f\np: mmap f 1p -> m\np: write m+0x200 "gone"\nexpect device r page 0\np: read m+0x200\nexpect value 0\np: write m+0x100 "q!"\nexpect device q page 0\nexpect violation device-bounds',
      );
      expect(failures(text)).toEqual([]);
    },
  );

  it('linux without alias or shared register pages: clean', () => {
    const text = scn(
      'linux',
      'device r regs at=0xC0000000 size=0x10\ndevice q regs at=0xC0002000 size=0x10\nprocess p',
      'p: open /dev/r -> f\np: mmap f 1p -> m\np: write m "ok"\nexpect clean',
    );
    expect(failures(text)).toEqual([]);
  });
});
