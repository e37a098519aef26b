/** kernel-models-more.md §10: linux_2_0, one test per row of its table and of its fine print. */

import { describe, expect, it } from 'vitest';
import { calls, failures, rows, scn, trace } from '../helpers.ts';

const K = 'linux_2_0';
const ALL = `device tty vt screens=2 fb=1p
device s card pages=1
device k pseudo regions=a:1@0
device b kbuf pages=1
device r regs at=0xC0000000
device c clone pages=1
process p`;
const BUF = (usecount: string) => `device buf kbuf pages=2 usecount=${usecount}\nprocess p\nprocess q`;
const CLONE = 'device c clone pages=1\nprocess a\nprocess b';

const ok = (header: string, body: string) => expect(failures(scn(K, header, body))).toEqual([]);

describe('linux_2_0: the table (§10)', () => {
  it('what a mapping holds: the inode, so release runs at the last close and the mapping survives it', () => {
    const text = scn(
      K,
      BUF('vma'),
      'p: open /dev/buf -> fd\np: mmap fd 1p -> m\np: write m "x"\np: close fd\np: read m\nexpect value "x"',
    );
    expect(failures(text)).toEqual([]);
    expect(calls(trace(text).events[3]!)).toEqual(['file_operations->release', 'MOD_DEC_USE_COUNT']);
  });

  it('when are PTEs made: device memory eagerly (remap_page_range), driver RAM lazily (nopage)', () => {
    const touch = ['/dev/tty0', '/dev/s', '/dev/k', '/dev/b', '/dev/r', '/dev/c']
      .map((path, i) => `p: open ${path} -> f${i}\np: mmap f${i} 1p -> m${i}\np: read m${i}`)
      .join('\n');
    const r = rows(scn(K, ALL, touch));
    expect(r.filter((x) => x.op === 'read').map((x) => x.fault)).toEqual([
      false,
      false,
      false,
      true,
      false,
      true,
    ]);
    const { events } = trace(
      scn(
        K,
        ALL,
        'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: open /dev/b -> g\np: mmap g 1p -> n\np: read n',
      ),
    );
    expect(calls(events[1]!)).toEqual(['file_operations->mmap', 'MOD_INC_USE_COUNT', 'remap_page_range']);
    expect(calls(events[4]!)).toEqual(['vm_ops->nopage']);
  });

  it('kernel checks before the driver: as linux (len 0, unaligned offset or at: EINVAL; EACCES)', () => {
    ok(
      ALL,
      `p: open /dev/tty0 -> fd
p: mmap fd 0 -> a
expect EINVAL
p: mmap fd 1p off=8 -> b
expect EINVAL
p: mmap fd 1p at=0x20000008 -> c
expect EINVAL
p: open /dev/tty0 wo -> w
p: mmap w 1p -> d
expect EACCES
p: open /dev/tty0 ro -> r
p: mmap r 1p prot=rw -> e
expect EACCES`,
    );
  });

  it('MAP_PRIVATE of a device: accepted and shared (a private write mapping of a ro descriptor: EACCES)', () => {
    ok(
      ALL,
      `p: open /dev/tty0 -> fd
p: mmap fd 1p private -> a
expect ok
p: mmap fd 1p -> b
p: write a "same"
p: read b
expect value "same"
p: open /dev/tty0 ro -> r
p: mmap r 1p private -> c
expect EACCES`,
    );
  });

  it('the driver has no page at fault time: nopage returns 0, SIGBUS (a kbuf hole)', () => {
    ok(
      'device b kbuf pages=2 holes=1\nprocess p',
      'p: open /dev/b -> fd\np: mmap fd 2p -> m\nexpect ok\np: read m+1p\nexpect fault\nexpect SIGBUS',
    );
  });

  it('revoking: never; a switch and an eject leave every PTE (vt-foreground, card-present)', () => {
    ok(
      ALL,
      `p: open /dev/tty0 -> v
p: mmap v 1p -> a
switch tty 1
expect violation vt-foreground
p: read a
expect nofault
expect device tty page 0
p: open /dev/s -> c
p: mmap c 1p -> b
eject s
expect violation card-present`,
    );
  });

  it('per-open state: none (vm_inode): clone hands out the first live instance', () => {
    ok(
      CLONE,
      `a: open /dev/c -> f
a: mmap f 1p -> m
a: write m "mine"
b: open /dev/c -> f
b: mmap f 1p -> m
b: read m
expect fault
expect value "mine"
expect violation per-open`,
    );
  });

  it('the use count: usecount=vma counts opens and mappings, usecount=open only opens (MOD_INC_USE_COUNT)', () => {
    ok(
      BUF('vma'),
      'p: open /dev/buf -> fd\nexpect users buf 1\np: mmap fd 1p -> m\nexpect users buf 2\np: fork -> c\nexpect users buf 3\nc: exit\nexpect users buf 2',
    );
    ok(BUF('open'), 'p: open /dev/buf -> fd\nexpect users buf 1\np: mmap fd 1p -> m\nexpect users buf 1');
    // The default is Rubini's advice: vma.
    ok('device buf kbuf\nprocess p', 'p: open /dev/buf -> fd\np: mmap fd 1p -> m\nexpect users buf 2');
  });

  it('unload while in use: EBUSY; with usecount=open it succeeds while mapped and frees the RAM under the PTEs', () => {
    ok(BUF('vma'), 'p: open /dev/buf -> fd\np: mmap fd 1p -> m\np: close fd\nunload buf\nexpect EBUSY');
    ok(
      BUF('open'),
      `p: open /dev/buf -> fd
unload buf
expect EBUSY
p: mmap fd 2p -> m
p: write m "x"
p: close fd
unload buf
expect ok
expect violation freed-frame
expect users buf 0
p: read m
expect nofault
expect ram
expect value 0
expect violation freed-frame
p: read m+1p
expect fault
expect SIGKILL
expect clean`,
    );
  });

  it('munmap: vm_ops->close per removed VMA; mprotect as linux', () => {
    const text = scn(
      K,
      BUF('vma'),
      'p: open /dev/buf -> fd\np: mmap fd 2p -> m\np: mprotect m+1p 1p r\np: munmap m 2p',
    );
    expect(calls(trace(text).events[2]!)).toEqual(['MOD_INC_USE_COUNT', 'vm_ops->open']);
    expect(calls(trace(text).events[3]!).filter((c) => c === 'vm_ops->close')).toHaveLength(2);
  });

  it('fork: copy_page_range copies every PTE, device memory and RAM; the child never faults on them', () => {
    ok(
      ALL,
      `p: open /dev/b -> f
p: mmap f 1p -> m
p: write m "ram"
p: open /dev/tty0 -> g
p: mmap g 1p -> n
p: fork -> child
child: read m
expect nofault
expect value "ram"
child: read n
expect nofault
expect device tty page 0`,
    );
  });
});

describe('linux_2_0: the fine print (§10)', () => {
  it('clone: another open\u2019s release frees its instance; the first open\u2019s lives while the device is used', () => {
    const text = scn(
      K,
      CLONE,
      `a: open /dev/c -> f
b: open /dev/c -> f
b: mmap f 1p -> m
b: write m "first"
b: close f
a: close f
b: read m
expect value "first"
b: munmap m 1p`,
    );
    expect(failures(text)).toEqual([]);
    const { events } = trace(text);
    const freed = (i: number) => events[i]!.filter((e) => e.t === 'frame' && e.owner.kind === 'free').length;
    expect(freed(4)).toBe(1);
    expect(freed(5)).toBe(0);
    expect(freed(7)).toBe(1);
  });

  it('after an unload, device memory stays and its PTEs still reach it; a fault into driver RAM is SIGKILL', () => {
    ok(
      'device tty vt screens=2 usecount=open\ndevice c clone usecount=open\nprocess p\nprocess q',
      `p: open /dev/tty0 -> fd
p: mmap fd 1p -> m
p: close fd
q: open /dev/c -> f
q: mmap f 1p -> n
q: close f
unload c
expect ok
expect users c 0
unload tty
expect ok
p: write m "still"
expect nofault
expect device tty page 0
q: read n
expect fault
expect SIGKILL`,
    );
  });

  it('after an unload, an upgrade after mprotect succeeds; munmap, fork and exit work as usual', () => {
    ok(
      BUF('open'),
      `p: open /dev/buf -> fd
p: mmap fd 1p -> m
p: read m
p: mprotect m 1p r
p: close fd
unload buf
p: mprotect m 1p rw
expect ok
p: write m "up"
expect fault
expect ok
p: fork -> child
child: read m
expect nofault
expect violation freed-frame
child: exit
p: munmap m 1p
expect ok
expect clean`,
    );
  });

  it('ignores cloning=no (and unload busy is EBUSY, not EWOULDBLOCK)', () => {
    ok(
      CLONE.replace('pages=1', 'pages=1 cloning=no'),
      'a: open /dev/c -> f\na: mmap f 1p -> m\nexpect ok\nunload c\nexpect EBUSY',
    );
  });
});
