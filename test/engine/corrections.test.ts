/** kernel-models-more.md §9 (two corrections to the seeds' kernels) and §11 (use counts in scenarios). */

import { describe, expect, it } from 'vitest';
import { calls, failures, KERNELS, rows, scn, trace } from '../helpers.ts';

const CLONE = 'device c clone pages=1\ndevice tty vt\nprocess a\nprocess b';

describe('§9: netbsd rejects a cloning device\u2019s descriptor (DTYPE_MISC)', () => {
  it('ENODEV before every other answer but EBADF: len 0, an unaligned at, a ro descriptor asking for rw', () => {
    const text = scn(
      'netbsd',
      CLONE,
      `a: mmap 9 1p -> x
expect EBADF
a: open /dev/c -> f
a: mmap f 0 -> m
expect ENODEV
a: mmap f 1p at=0x10000008 -> m
expect ENODEV
a: open /dev/c ro -> r
a: mmap r 1p prot=rw -> m
expect ENODEV
expect users c 2`,
    );
    expect(failures(text)).toEqual([]);
    expect(rows(text).at(-1)!.why).toMatch(/DTYPE_MISC.*only mmap vnodes/);
  });

  it('nothing is mapped, and a MAP_FIXED at replaces nothing', () => {
    const text = scn(
      'netbsd',
      CLONE,
      `a: open /dev/tty0 -> t
a: mmap t 1p at=0x20000000 -> keep
a: write keep "kept"
a: open /dev/c -> f
a: mmap f 1p at=0x20000000 -> m
expect ENODEV
a: read keep
expect value "kept"
expect device tty`,
    );
    expect(failures(text)).toEqual([]);
    expect(trace(text).events[4]!.some((e) => e.t === 'vma')).toBe(false);
  });

  it('cloning=no is the kludge on netbsd: one shared instance through d_mmap', () => {
    const text = scn(
      'netbsd',
      CLONE.replace('pages=1', 'pages=1 cloning=no'),
      'a: open /dev/c -> f\na: mmap f 1p -> m\na: write m "s"\nb: open /dev/c -> f\nb: mmap f 1p -> m\nb: read m\nexpect value "s"\nexpect violation per-open',
    );
    expect(failures(text)).toEqual([]);
  });

  it.each(['linux', 'irix', 'linux_2_0'] as const)('%s ignores cloning=no', (k) => {
    const body =
      'a: open /dev/c -> f\na: mmap f 1p -> m\na: write m "s"\nb: open /dev/c -> f\nb: mmap f 1p -> m\nb: read m';
    const plain = rows(scn(k, CLONE, body)).map((r) => [r.result, r.value, r.violations]);
    const kludge = rows(scn(k, CLONE.replace('pages=1', 'pages=1 cloning=no'), body)).map((r) => [
      r.result,
      r.value,
      r.violations,
    ]);
    expect(kludge).toEqual(plain);
  });
});

describe('§9: irix maps MAP_PRIVATE of a device shared, from its first check on', () => {
  const VT = 'device tty vt screens=2\nprocess p';

  it('the private mapping is the shared one, and the trace says so', () => {
    const text = scn(
      'irix',
      VT,
      'p: open /dev/tty0 -> fd\np: mmap fd 1p private -> a\nexpect ok\np: mmap fd 1p -> b\np: write a "x"\np: read b\nexpect value "x"',
    );
    expect(failures(text)).toEqual([]);
    const mmap = trace(text).events[1]!;
    expect(calls(mmap)).toEqual(['mmap', 'drvmmap', 'v_mapphys']);
    expect(mmap.some((e) => e.t === 'call' && e.detail === 'MAP_PRIVATE of a device: mapped shared')).toBe(
      true,
    );
  });

  it('the EACCES checks are the shared ones; mprotect and fork see a shared mapping', () => {
    const text = scn(
      'irix',
      VT,
      `p: open /dev/tty0 ro -> r
p: mmap r 1p prot=w private -> a
expect EACCES
p: mmap r 1p prot=r private -> b
expect ok
p: mprotect b 1p rw
expect EACCES
p: fork -> child
child: read b
expect nofault
expect device tty page 0`,
    );
    expect(failures(text)).toEqual([]);
  });

  it('linux keeps EINVAL', () => {
    expect(rows(scn('linux', VT, 'p: open /dev/tty0 -> fd\np: mmap fd 1p private -> a'))[1]!.result).toBe(
      'EINVAL',
    );
  });
});

describe('§11: expect users NAME N', () => {
  const BUF = 'device buf kbuf pages=2\nprocess p';

  it.each(KERNELS)(
    '%s: an open file counts once while a descriptor refers to it; each VMA once (a fork\u2019s copy, each piece of a split)',
    (k) => {
      const text = scn(
        k,
        BUF,
        `p: open /dev/buf -> fd
expect users buf 1
p: fork -> child
expect users buf 1
p: mmap fd 2p -> m
expect users buf 2
p: munmap m+1p 1p
expect users buf 2
p: mprotect m 1p r
expect users buf 2
child: close fd
expect users buf 2
p: fork -> c2
expect users buf 3
c2: exit
expect users buf 2
p: close fd
expect users buf 1
p: munmap m 1p
expect users buf 0
unload buf
expect ok
expect users buf 0`,
      );
      expect(failures(text)).toEqual([]);
    },
  );

  it('a split counts each piece', () => {
    expect(
      failures(
        scn(
          'linux',
          BUF,
          'p: open /dev/buf -> fd\np: mmap fd 2p -> m\np: mprotect m+1p 1p r\nexpect users buf 3\np: close fd\nexpect users buf 2',
        ),
      ),
    ).toEqual([]);
  });

  it('may follow any step: a device step, a failed step, a step of a dead process', () => {
    const text = scn(
      'linux',
      `${BUF}\nprocess q nohandler`,
      `p: open /dev/buf -> fd
unload buf
expect EWOULDBLOCK
expect users buf 1
q: read 0
expect SIGSEGV
expect users buf 1
q: open /dev/buf -> g
expect ESRCH
expect users buf 1`,
    );
    expect(failures(text)).toEqual([]);
  });

  it('a wrong count is a failed expectation, reported like any other', () => {
    const r = rows(scn('linux', BUF, 'p: open /dev/buf -> fd\nexpect users buf 0x2'));
    expect(r[0]!.expectFailed).toEqual(['expect users buf 0x2']);
  });
});
