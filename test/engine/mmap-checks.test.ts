/** kernel-models.md, "kernel checks before the driver", "the driver's mmap check", "MAP_PRIVATE". */

import { describe, expect, it } from 'vitest';
import { failures, KERNELS, rows, scn } from '../helpers.ts';

const VT = 'device tty vt screens=2 fb=2p\nprocess p';

describe('mmap: kernel checks', () => {
  it.each(KERNELS)('%s: length 0 is EINVAL', (k) => {
    expect(failures(scn(k, VT, 'p: open /dev/tty0 -> fd\np: mmap fd 0 -> m\nexpect EINVAL'))).toEqual([]);
  });

  it.each(['linux', 'irix'] as const)('%s: an unaligned offset or address is EINVAL', (k) => {
    const body = `p: open /dev/tty0 -> fd
p: mmap fd 1p off=16 -> m
expect EINVAL
p: mmap fd 1p at=0x20000010 -> m2
expect EINVAL`;
    expect(failures(scn(k, VT, body))).toEqual([]);
  });

  it('netbsd folds an unaligned offset: maps the page and returns addr + pageoff', () => {
    const body = `p: open /dev/tty0 -> fd
p: mmap fd 1p off=16 -> m
expect ok
p: write m "x"
p: mmap fd 1p -> a
p: read a+16
expect value "x"
p: mmap fd 1p off=16 at=0x20000010 -> fixed
expect ok
p: read fixed
expect value "x"
p: mmap fd 1p off=16 at=0x20000000 -> bad
expect EINVAL`;
    expect(failures(scn('netbsd', VT, body))).toEqual([]);
    const r = rows(scn('netbsd', VT, body));
    expect(r[5]!.result).toBe('ok');
    expect(r[7]!.result).toBe('EINVAL');
  });

  it.each(KERNELS)(
    '%s: a descriptor without read access is EACCES; shared write on read-only is EACCES',
    (k) => {
      const body = `p: open /dev/tty0 wo -> w
p: mmap w 1p prot=w -> m
expect EACCES
p: open /dev/tty0 ro -> r
p: mmap r 1p prot=rw shared -> m2
expect EACCES
p: mmap r 1p prot=r -> m3
expect ok`;
      expect(failures(scn(k, VT, body))).toEqual([]);
    },
  );

  it.each(KERNELS)('%s: a bad descriptor is EBADF before anything else', (k) => {
    expect(failures(scn(k, VT, 'p: mmap 7 0 -> m\nexpect EBADF\np: close 3\nexpect EBADF'))).toEqual([]);
  });
});

describe('mmap: MAP_PRIVATE of a device', () => {
  it.each(['linux'] as const)('%s: every driver refuses it with EINVAL', (k) => {
    expect(
      failures(scn(k, VT, 'p: open /dev/tty0 -> fd\np: mmap fd 1p private -> m\nexpect EINVAL')),
    ).toEqual([]);
  });

  it.each(['netbsd', 'irix', 'netbsd_fo', 'linux_2_0'] as const)(
    '%s: silently shared, so a read-only descriptor cannot map it writable',
    (k) => {
      const body = `p: open /dev/tty0 -> fd
p: mmap fd 1p private -> a
expect ok
p: mmap fd 1p shared -> b
p: write a "shared!"
p: read b
expect value "shared!"
p: open /dev/tty0 ro -> r
p: mmap r 1p private -> c
expect EACCES`;
      expect(failures(scn(k, VT, body))).toEqual([]);
    },
  );
});

describe("mmap: the driver's check", () => {
  const cases: Array<[string, string, string, Record<string, string>]> = [
    [
      'past the end',
      'device tty vt fb=1p',
      'p: open /dev/tty0 -> fd\np: mmap fd 2p -> m',
      {
        linux: 'EINVAL',
        netbsd: 'EINVAL',
        irix: 'ENXIO',
        netbsd_fo: 'EINVAL',
        linux_2_0: 'EINVAL',
        freebsd: 'EINVAL',
      },
    ],
    [
      'a kbuf hole',
      'device b kbuf pages=3 holes=1',
      'p: open /dev/b -> fd\np: mmap fd 3p -> m',
      {
        linux: 'ok',
        netbsd: 'EINVAL',
        irix: 'ENXIO',
        netbsd_fo: 'EINVAL',
        linux_2_0: 'ok',
        freebsd: 'EINVAL',
      },
    ],
    [
      'an empty slot',
      'device s card card=none',
      'p: open /dev/s -> fd\np: mmap fd 1p -> m',
      {
        linux: 'ENXIO',
        netbsd: 'EINVAL',
        irix: 'ENXIO',
        netbsd_fo: 'ENXIO',
        linux_2_0: 'ENXIO',
        freebsd: 'ENXIO',
      },
    ],
    [
      'a gap between regions',
      'device k pseudo regions=a:1@0,b:1@2p',
      'p: open /dev/k -> fd\np: mmap fd 3p -> m',
      {
        linux: 'EINVAL',
        netbsd: 'EINVAL',
        irix: 'ENXIO',
        netbsd_fo: 'EINVAL',
        linux_2_0: 'EINVAL',
        freebsd: 'EINVAL',
      },
    ],
    [
      'past the registers',
      'device r regs at=0xC0000000',
      'p: open /dev/r -> fd\np: mmap fd 2p -> m',
      {
        linux: 'EINVAL',
        netbsd: 'EINVAL',
        irix: 'ENXIO',
        netbsd_fo: 'EINVAL',
        linux_2_0: 'EINVAL',
        freebsd: 'EINVAL',
      },
    ],
    [
      'past a clone instance',
      'device c clone pages=1',
      'p: open /dev/c -> fd\np: mmap fd 2p -> m',
      {
        linux: 'EINVAL',
        netbsd: 'ENODEV',
        irix: 'ENXIO',
        netbsd_fo: 'EINVAL',
        linux_2_0: 'EINVAL',
        freebsd: 'EINVAL',
      },
    ],
    [
      'past a clone instance (cloning=no)',
      'device c clone pages=1 cloning=no',
      'p: open /dev/c -> fd\np: mmap fd 2p -> m',
      {
        linux: 'EINVAL',
        netbsd: 'EINVAL',
        irix: 'ENXIO',
        netbsd_fo: 'EINVAL',
        linux_2_0: 'EINVAL',
        freebsd: 'EINVAL',
      },
    ],
  ];
  for (const [what, device, body, want] of cases) {
    it.each(KERNELS)(`%s: ${what}`, (k) => {
      const r = rows(scn(k, `${device}\nprocess p`, body), k);
      expect(r.at(-1)!.result).toBe(want[k]);
    });
  }

  it('no room in the address space is ENOMEM; `at` outside it is ENOMEM (freebsd: EINVAL, kern_mmap)', () => {
    const body = (outside: string) => `p: open /dev/tty0 -> fd
p: mmap fd 1p at=0xFFFFF000 -> top
expect ok
p: mmap fd 2p at=0xFFFFF000 -> over
expect ${outside}`;
    for (const k of KERNELS)
      expect(failures(scn(k, VT, body(k === 'freebsd' ? 'EINVAL' : 'ENOMEM')))).toEqual([]);
  });

  it('without `at`, mappings take the lowest free range at or above 0x10000000; `at` replaces what was there', () => {
    const body = `p: open /dev/tty0 -> fd
p: mmap fd 1p -> a
p: mmap fd 1p -> b
p: munmap a 1p
p: mmap fd 2p -> c
p: mmap fd 1p -> d
p: mmap fd 1p at=0x10001000 -> e
p: read e
expect fault`;
    for (const k of ['linux', 'netbsd'] as const) {
      expect(failures(scn(k, VT, body))).toEqual([]);
    }
  });
});
