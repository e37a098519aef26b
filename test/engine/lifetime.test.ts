/** kernel-models.md: close while mapped, unload, munmap, mprotect, fork, exit, and the fine print. */

import { describe, expect, it } from 'vitest';
import { calls, failures, KERNELS, rows, scn, trace } from '../helpers.ts';

const VT = 'device tty vt screens=2 fb=3p\nprocess p';

describe('close and unload', () => {
  it.each(KERNELS)('%s: close while mapped is 0 and the mapping survives', (k) => {
    expect(
      failures(
        scn(
          k,
          VT,
          'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: write m "v"\np: close f\nexpect ok\np: read m\nexpect value "v"',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ['linux', 'EWOULDBLOCK'],
    ['netbsd', 'EBUSY'],
    ['irix', 'EBUSY'],
  ] as const)('%s: unload while open or mapped is %s; after it, ENXIO and then ENOENT', (k, busy) => {
    const text = scn(
      k,
      VT,
      `p: open /dev/tty0 -> f\nunload tty\nexpect ${busy}\np: mmap f 1p -> m\np: close f\nunload tty\nexpect ${busy}\np: munmap m 1p\nunload tty\nexpect ok\nunload tty\nexpect ENOENT\np: open /dev/tty1\nexpect ENXIO\nswitch tty 1\nexpect ENXIO`,
    );
    expect(failures(text)).toEqual([]);
  });

  it('a successful unload frees the driver RAM', () => {
    const { state } = trace(scn('linux', VT, 'unload tty'));
    expect(state.frames.every((f) => f.kind === 'free')).toBe(true);
  });

  it('descriptors are numbered from 3, lowest free first', () => {
    const r = trace(
      scn('linux', VT, 'p: open /dev/tty0 -> a\np: open /dev/tty0 -> b\np: close a\np: open /dev/tty1 -> c'),
    );
    const p = r.state.procs[0]!;
    expect([p.vars.get('a'), p.vars.get('b'), p.vars.get('c')]).toEqual([3, 4, 3]);
  });
});

describe('munmap', () => {
  it.each(KERNELS.filter((k) => k !== 'freebsd'))(
    '%s: len 0 or an unaligned address is EINVAL; nothing mapped is 0',
    (k) => {
      expect(
        failures(
          scn(
            k,
            VT,
            'p: open /dev/tty0 -> f\np: mmap f 2p -> m\np: munmap m 0\nexpect EINVAL\np: munmap m+1 1p\nexpect EINVAL\np: munmap 0x50000000 1p\nexpect ok',
          ),
        ),
      ).toEqual([]);
    },
  );

  it.each(KERNELS)('%s: munmap and mprotect of the whole 48-bit space cost what is mapped', (k) => {
    // 2^36 pages: a loop over the range instead of over the page tables would never end.
    const text = scn(
      k,
      'machine levels=4\ndevice tty vt screens=2 fb=3p\nprocess p',
      'p: open /dev/tty0 -> f\np: mmap f 3p -> m\np: write m "a"\np: write m+2p "b"\n' +
        'p: mprotect 0 0x7fff00000000 r\nexpect ENOMEM\np: mprotect m 3p r\nexpect ok\n' +
        'p: munmap 0 0x7fff00000000\nexpect ok\np: read m\nexpect SIGSEGV\nexpect clean',
    );
    expect(failures(text)).toEqual([]);
    const { state, events } = trace(text);
    expect(state.procs[0]!.vmas).toEqual([]);
    // Eager models (irix, linux_2_0's remap_page_range) made all three PTEs; the lazy ones two.
    expect(events[6]!.filter((e) => e.t === 'pte-zap').length).toBe(
      k === 'irix' || k === 'linux_2_0' ? 3 : 2,
    );
  });

  it.each(KERNELS)('%s: unmapping the middle page splits the mapping', (k) => {
    const text = scn(
      k,
      VT,
      'p: open /dev/tty0 -> f\np: mmap f 3p -> m\np: write m+2p "c"\np: munmap m+1p 1p\nexpect ok\np: read m+1p\nexpect SIGSEGV\np: read m+2p\nexpect value "c"\np: read m\nexpect value 0',
    );
    expect(failures(text)).toEqual([]);
    expect(trace(text).state.procs[0]!.vmas.length).toBe(2);
  });

  it('linux: vm_ops->close per VMA removed, vm_ops->open for a split; netbsd tells the driver nothing', () => {
    const body = 'p: open /dev/tty0 -> f\np: mmap f 3p -> m\np: munmap m 1p';
    expect(calls(trace(scn('linux', VT, body)).events[2]!)).toEqual(['vm_ops->open', 'vm_ops->close']);
    expect(calls(trace(scn('netbsd', VT, body)).events[2]!)).toEqual([]);
  });

  it('irix: munmap calls drvunmap; without one it unmaps all the same and returns ENODEV', () => {
    expect(
      calls(trace(scn('irix', VT, 'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: munmap m 1p')).events[2]!),
    ).toEqual(['drvunmap']);
    const text = scn(
      'irix',
      'device tty vt unmap=no\nprocess p',
      'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: munmap m 1p\nexpect ENODEV\np: read m\nexpect SIGSEGV',
    );
    expect(failures(text)).toEqual([]);
  });
});

describe('mprotect', () => {
  it.each(KERNELS.filter((k) => k !== 'freebsd'))(
    '%s: EINVAL, ENOMEM before EACCES, EACCES, length 0',
    (k) => {
      const text = scn(
        k,
        VT,
        'p: open /dev/tty0 ro -> r\np: mmap r 1p prot=r -> m\np: mprotect m+1 1p r\nexpect EINVAL\np: mprotect m 2p rw\nexpect ENOMEM\np: mprotect m 1p rw\nexpect EACCES\np: mprotect m 0 rw\nexpect ok',
      );
      expect(failures(text)).toEqual([]);
    },
  );

  it.each(KERNELS)(
    '%s: lowering rewrites the PTE and flushes the TLB; raising faults once on the next write',
    (k) => {
      const text = scn(
        k,
        VT,
        'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: write m "a"\np: mprotect m 1p r\np: write m "b"\nexpect SIGSEGV\np: mprotect m 1p rw\np: write m "c"\nexpect fault\nexpect ok\np: write m "d"\nexpect nofault\np: read m\nexpect value "d"\nexpect clean',
      );
      expect(failures(text)).toEqual([]);
      const { events } = trace(text);
      expect(events[3]!.some((e) => e.t === 'tlb-flush')).toBe(true);
      expect(events[5]!.some((e) => e.t === 'pte-update' || e.t === 'tlb-flush')).toBe(false);
    },
  );

  it('a partly covered mapping is split, and all of the range or none of it changes', () => {
    const text = scn(
      'linux',
      VT,
      'p: open /dev/tty0 -> f\np: mmap f 3p -> m\np: mprotect m+1p 1p r\np: write m "ok"\nexpect ok\np: write m+1p "no"\nexpect SIGSEGV\np: write m+2p "ok"\nexpect ok',
    );
    expect(failures(text)).toEqual([]);
    expect(trace(text).state.procs[0]!.vmas.map((v) => v.prot)).toEqual(['rw', 'r', 'rw']);
  });

  it('netbsd asks d_mmap again after a raise, so the page may move; linux and irix upgrade in place', () => {
    const body =
      'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: read m\np: mprotect m 1p r\nswitch tty 1\np: mprotect m 1p rw\np: write m "x"';
    expect(rows(scn('netbsd', VT, body)).at(-1)!.lands).toEqual({ kind: 'ram', frame: 0 });
    expect(rows(scn('irix', VT, body)).at(-1)!.lands).toEqual({ kind: 'device', device: 'tty', page: 0 });
  });
});

describe('fork and exit', () => {
  const DEV = 'device tty vt screens=2\ndevice b kbuf pages=1\nprocess p';
  const body =
    'p: open /dev/tty0 -> f\np: mmap f 1p -> t\np: open /dev/b -> g\np: mmap g 1p -> k\np: read t\np: read k\np: fork -> c\nc: read t\nc: read k';
  it('linux: PTEs of PFN mappings are copied (vm_ops->open runs); page-backed ones fault again', () => {
    const r = rows(scn('linux', DEV, body));
    expect(r.slice(-2).map((x) => x.fault)).toEqual([false, true]);
    expect(calls(trace(scn('linux', DEV, body)).events[6]!)).toEqual(['vm_ops->open', 'vm_ops->open']);
  });
  it('netbsd: the child faults its own PTEs', () => {
    expect(
      rows(scn('netbsd', DEV, body))
        .slice(-2)
        .map((x) => x.fault),
    ).toEqual([true, true]);
  });
  it('irix: the eager PTEs are copied', () => {
    expect(
      rows(scn('irix', DEV, body))
        .slice(-2)
        .map((x) => x.fault),
    ).toEqual([false, false]);
  });

  it.each(KERNELS)('%s: a child shares the open files; exit closes them and frees its page tables', (k) => {
    const text = scn(
      k,
      DEV,
      'p: open /dev/tty0 -> f\np: fork -> c\nc: mmap f 1p -> m\nc: write m "c"\nc: exit\np: close f\nunload tty\nexpect ok',
    );
    expect(failures(text)).toEqual([]);
    const { state } = trace(text);
    expect(state.frames.filter((f) => f.kind === 'pagetable')).toEqual([]);
  });

  it('a process declared between steps starts there', () => {
    expect(
      failures(scn('linux', DEV, 'p: open /dev/tty0\nprocess late\nlate: open /dev/tty1 -> f\nexpect ok')),
    ).toEqual([]);
  });
});
