/** kernel-models-more.md §2: netbsd_fo, one test per row of the first table and of the drivers' table. */

import { describe, expect, it } from 'vitest';
import { calls, failures, rows, scn, trace } from '../helpers.ts';

const K = 'netbsd_fo';
const VT = 'device tty vt screens=2 fb=2p\nprocess p\nprocess q';
const CARD = 'device s card pages=2 card=A\nprocess p';
const CLONE = 'device c clone pages=1\nprocess a\nprocess b';
const ALL = `device tty vt screens=2 fb=1p
device s card pages=1
device k pseudo regions=a:1@0
device b kbuf pages=1
device r regs at=0xC0000000
device c clone pages=1
process p`;

const ok = (header: string, body: string) => expect(failures(scn(K, header, body))).toEqual([]);

describe('netbsd_fo: the first table (§2.2)', () => {
  it('when are PTEs made: lazily for every driver, one fault per page', () => {
    const touch = ['/dev/tty0', '/dev/s', '/dev/k', '/dev/b', '/dev/r', '/dev/c']
      .map(
        (path, i) => `p: open ${path} -> f${i}\np: mmap f${i} 1p -> m${i}\np: read m${i}\np: write m${i} "w"`,
      )
      .join('\n');
    const r = rows(scn(K, ALL, touch));
    expect(r.filter((x) => x.op === 'read').map((x) => x.fault)).toEqual(Array(6).fill(true));
    expect(r.filter((x) => x.op === 'write').map((x) => x.fault)).toEqual(Array(6).fill(false));
    expect(r.every((x) => x.violations.length === 0)).toBe(true);
  });

  it('kernel checks before the driver: EACCES first, then len 0, then the folded offset and `at`', () => {
    ok(
      VT,
      `p: open /dev/tty0 ro -> r
p: mmap r 0 prot=rw -> a
expect EACCES
p: open /dev/tty0 -> fd
p: mmap fd 0 -> b
expect EINVAL
p: mmap fd 1p off=8 -> c
expect ok
p: write c "x"
expect fault
expect device tty page 0
p: mmap fd 1p off=8 at=0x20000000 -> d
expect EINVAL
p: mmap fd 1p off=8 at=0x20000008 -> e
expect ok`,
    );
  });

  it("the driver's mmap check: fo_mmap refuses past the device (EINVAL) and an empty slot (ENXIO); udv_attach the rest", () => {
    ok(
      `${ALL}\ndevice e card card=none\ndevice h kbuf pages=2 holes=1`,
      `p: open /dev/tty0 -> v
p: mmap v 2p -> a
expect EINVAL
p: open /dev/s -> s
p: mmap s 2p -> b
expect EINVAL
p: open /dev/c -> c
p: mmap c 2p -> d
expect EINVAL
p: open /dev/e -> e
p: mmap e 1p -> f
expect ENXIO
p: open /dev/h -> h
p: mmap h 2p -> g
expect EINVAL`,
    );
    const { events } = trace(
      scn(K, ALL, 'p: open /dev/s -> s\np: mmap s 1p -> m\np: open /dev/k -> k\np: mmap k 1p -> n'),
    );
    expect(calls(events[1]!)).toEqual(['fo_mmap']);
    expect(calls(events[3]!)).toEqual(['udv_attach']);
  });

  it('MAP_PRIVATE of a device: silently shared, by fo_mmap as by vn_mmap', () => {
    ok(
      `${VT}\ndevice k pseudo`,
      `p: open /dev/tty0 -> fd
p: mmap fd 1p private -> a
expect ok
p: write a "shared"
q: open /dev/tty0 -> fd
q: mmap fd 1p -> b
q: read b
expect value "shared"
p: open /dev/k -> k
p: mmap k 1p private -> c
expect ok`,
    );
  });

  it('first touch: the driver is asked with the faulting access, a read then a write faults once', () => {
    const { events } = trace(
      scn(K, VT, 'p: open /dev/tty0 -> fd\np: mmap fd 1p -> m\np: read m\np: write m "w"'),
    );
    expect(calls(events[2]!)).toEqual(['pgo_fault', 'pmap_enter']);
    expect(events[2]!.some((e) => e.t === 'call' && e.detail.startsWith('read fault'))).toBe(true);
    expect(calls(events[3]!)).toEqual([]);
  });

  it('access the prot forbids, and no mapping: SIGSEGV, the driver never called', () => {
    const text = scn(
      K,
      VT,
      'p: open /dev/tty0 -> fd\np: mmap fd 1p prot=r -> m\np: write m "x"\nexpect SIGSEGV\np: read 0x5000\nexpect SIGSEGV',
    );
    expect(failures(text)).toEqual([]);
    expect(calls(trace(text).events[2]!)).toEqual([]);
  });

  it('the driver has no page at fault time: own pagers SIGBUS (EINVAL from pgo_fault)', () => {
    ok(
      CARD,
      `p: open /dev/s -> fd
p: mmap fd 2p -> m
eject s
p: read m
expect fault
expect SIGBUS
insert s B
p: read m+1p
expect SIGBUS`,
    );
  });

  it('revoking: a switch removes the framebuffer\u2019s and the new front screen\u2019s PTEs by physical page, in every process', () => {
    const text = scn(
      K,
      VT,
      `p: open /dev/tty0 -> fd
p: mmap fd 2p -> m
p: write m "p0"
p: write m+1p "p1"
p: mprotect m+1p 1p none
q: open /dev/tty1 -> fd
q: mmap fd 1p -> n
q: write n "q"
switch tty 1
expect clean
p: read m
expect fault
expect ram
expect value "p0"
q: read n
expect fault
expect device tty page 0`,
    );
    expect(failures(text)).toEqual([]);
    const sw = trace(text).events[8]!;
    expect(calls(sw)).toEqual(['pmap_pv_protect', 'pmap_page_protect']);
    // p's two framebuffer PTEs (the prot=none one too) and q's backing page.
    expect(sw.filter((e) => e.t === 'pte-zap').length).toBe(3);
  });

  it('revoking: pseudo, kbuf and regs keep d_mmap and cannot; a switch to the screen in front does nothing', () => {
    const text = scn(K, VT, 'p: open /dev/tty0 -> fd\np: mmap fd 1p -> m\np: read m\nswitch tty 0');
    expect(calls(trace(text).events[3]!)).toEqual([]);
  });

  it('per-open state: each open of a cloning device reaches its own instance', () => {
    ok(
      CLONE,
      `a: open /dev/c -> f
a: mmap f 1p -> m
a: write m "mine"
b: open /dev/c -> f
b: mmap f 1p -> m
b: read m
expect value 0
expect clean`,
    );
  });

  it('close while mapped: 0, and the mapping survives (the instance too)', () => {
    ok(
      CLONE,
      'a: open /dev/c -> f\na: mmap f 1p -> m\na: write m "kept"\na: close f\nexpect ok\na: read m\nexpect value "kept"',
    );
  });

  it('unload while open or mapped: EBUSY', () => {
    ok(
      VT,
      'p: open /dev/tty0 -> fd\np: mmap fd 1p -> m\np: close fd\nunload tty\nexpect EBUSY\np: munmap m 1p\nunload tty\nexpect ok',
    );
  });

  it('munmap: pgo_detach per removed entry; a split takes a reference (pgo_reference)', () => {
    const { events } = trace(
      scn(K, VT, 'p: open /dev/tty0 -> fd\np: mmap fd 2p -> m\np: munmap m+1p 1p\np: munmap m 1p'),
    );
    expect(calls(events[2]!)).toEqual(['pgo_reference', 'pgo_detach']);
    expect(calls(events[3]!)).toEqual(['pgo_detach']);
  });

  it('mprotect: a PTE weaker than its mapping asks pgo_fault again', () => {
    const text = scn(
      K,
      VT,
      'p: open /dev/tty0 -> fd\np: mmap fd 1p -> m\np: mprotect m 1p r\np: read m\np: mprotect m 1p rw\np: write m "x"\nexpect fault\nexpect device tty page 0',
    );
    expect(failures(text)).toEqual([]);
    expect(calls(trace(text).events[5]!)).toEqual(['pgo_fault', 'pmap_enter']);
  });

  it('fork: entries copied with pgo_reference, no PTE; the child faults and the driver answers by the device now', () => {
    const text = scn(
      K,
      VT,
      `p: open /dev/tty1 -> fd
p: mmap fd 1p -> m
p: write m "behind"
expect ram
p: fork -> child
child: read m
expect fault
expect ram
expect value "behind"`,
    );
    expect(failures(text)).toEqual([]);
    expect(calls(trace(text).events[3]!)).toEqual(['pgo_reference']);
  });
});

describe('netbsd_fo: the drivers (§2.3)', () => {
  it('vt: open is d_open \u2192 fd_clone, release fo_close', () => {
    const { events } = trace(scn(K, VT, 'p: open /dev/tty0 -> fd\np: close fd'));
    expect(calls(events[0]!)).toEqual(['d_open \u2192 fd_clone']);
    expect(calls(events[1]!)).toEqual(['fo_close']);
  });

  it('card: one object per mapping, which keeps its card for life, also in a forked child', () => {
    ok(
      CARD,
      `p: open /dev/s -> fd
p: mmap fd 1p -> a
p: write a "A"
eject s
insert s B
p: mmap fd 1p -> b
p: write b "B"
expect device s page 0
p: fork -> child
child: read a
expect SIGBUS
child: read b
expect value "B"
eject s
insert s A
child: read a
expect value "A"
expect clean`,
    );
  });

  it('pseudo, kbuf, regs: d_mmap as on netbsd (a kbuf hole makes mmap fail)', () => {
    ok('device b kbuf pages=2 holes=1\nprocess p', 'p: open /dev/b -> fd\np: mmap fd 2p -> m\nexpect EINVAL');
    const { events } = trace(scn(K, ALL, 'p: open /dev/k -> fd\np: mmap fd 1p -> m\np: read m'));
    expect(calls(events[0]!)).toEqual(['d_open']);
    expect(calls(events[2]!)).toEqual(['udv_fault', 'd_mmap', 'pmap_enter']);
  });

  it('clone: frames taken at open; the instance outlives its file while mapped, and goes with the last mapping', () => {
    const text = scn(K, CLONE, 'a: open /dev/c -> f\na: mmap f 1p -> m\na: close f\na: munmap m 1p');
    const { events } = trace(text);
    expect(events[0]!.some((e) => e.t === 'frame' && e.owner.kind === 'clone')).toBe(true);
    expect(events[2]!.some((e) => e.t === 'frame' && e.owner.kind === 'free')).toBe(false);
    expect(events[3]!.some((e) => e.t === 'frame' && e.owner.kind === 'free')).toBe(true);
    expect(calls(events[3]!)).toEqual(['pgo_detach', 'fo_close']);
  });

  it('clone with cloning=no: the netbsd kludge, d_mmap and one shared instance (per-open)', () => {
    ok(
      CLONE.replace('pages=1', 'pages=1 cloning=no'),
      `a: open /dev/c -> f
a: mmap f 1p -> m
a: write m "mine"
b: open /dev/c -> f
b: mmap f 1p -> m
b: read m
expect value "mine"
expect violation per-open`,
    );
  });
});
