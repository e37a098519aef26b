/**
 * kernel-models-more.md §3 (`freebsd`) and §4 (`pager=device`): one test per row of the first table, of
 * the drivers' table, of §4's table, and the fine print that decides an outcome.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calls, failures, rows, scn, trace } from '../helpers.ts';

const fb = (header: string, body: string) => scn('freebsd', header, body);
const VT = 'device tty vt screens=2 fb=2p\nprocess p\nprocess q';
const VT_DEV = 'device tty vt screens=2 fb=2p pager=device\nprocess p\nprocess q';
const ALL =
  'device tty vt fb=1p\ndevice c card pages=2\ndevice k pseudo regions=a:2@0\n' +
  'device b kbuf pages=2\ndevice r regs at=0xC0000000\ndevice n clone pages=1\nprocess p';
const NODES = ['/dev/tty0', '/dev/c', '/dev/k', '/dev/b', '/dev/r', '/dev/n'];

describe('freebsd: the first table (§3.2)', () => {
  it('when are PTEs made: lazily for every driver, one page per fault', () => {
    const body = NODES.map(
      (n, i) => `p: open ${n} -> f${i}\np: mmap f${i} 1p -> m${i}\np: read m${i}\nexpect fault`,
    );
    expect(failures(fb(ALL, body.join('\n')))).toEqual([]);
  });

  it('kernel checks: len 0, `at - pageoff` unaligned, no read access, shared write on ro: EINVAL, EINVAL, EACCES, EACCES', () => {
    const body = `p: open /dev/tty0 -> f
p: mmap f 0 -> a
expect EINVAL
p: mmap f 1p off=8 at=0x20000000 -> b
expect EINVAL
p: mmap f 1p off=8 at=0x20000008 -> c
expect ok
p: open /dev/tty0 wo -> w
p: mmap w 1p prot=r -> d
expect EACCES
p: open /dev/tty0 ro -> r
p: mmap r 1p prot=rw -> e
expect EACCES
p: mmap r 1p prot=r -> g
expect ok`;
    expect(failures(fb(VT, body))).toEqual([]);
    // The offset is folded: the address returned keeps the offset's in-page part.
    const r = rows(fb(VT, body));
    expect(r[3]!.result).toBe('ok');
  });

  it("the driver's mmap check: the constructor asks d_mmap for every page (EINVAL); own pagers answer themselves", () => {
    const body = `p: open /dev/k -> k
p: mmap k 3p -> a
expect EINVAL
p: open /dev/b -> b
p: mmap b 3p -> x
expect EINVAL
p: open /dev/tty0 -> t
p: mmap t 2p -> y
expect EINVAL
p: open /dev/n -> n
p: mmap n 2p -> z
expect EINVAL`;
    expect(failures(fb(ALL, body))).toEqual([]);
    const { events } = trace(fb(ALL, body));
    expect(calls(events[1]!)).toEqual(['d_mmap_single', 'old_dev_pager_ctor']);
    expect(calls(events[7]!)).toEqual(['d_mmap_single']);
  });

  it('MAP_PRIVATE of a device: EINVAL from vm_mmap_cdev, and a private write on a ro fd is EACCES first', () => {
    const body = NODES.map(
      (n, i) => `p: open ${n} -> f${i}\np: mmap f${i} 1p prot=r private -> m${i}\nexpect EINVAL`,
    );
    body.push('p: open /dev/tty0 ro -> r\np: mmap r 1p private -> x\nexpect EACCES');
    expect(failures(fb(ALL, body.join('\n')))).toEqual([]);
  });

  it('first touch: the driver is told PROT_READ whatever the access; a read then a write faults once', () => {
    const body =
      'p: open /dev/k -> f\np: mmap f 1p -> m\np: write m "x"\nexpect fault\np: read m\nexpect nofault';
    expect(failures(fb(ALL, body))).toEqual([]);
    const d = trace(fb(ALL, body)).events[2]!.find((e) => e.t === 'call' && e.api === 'd_mmap');
    expect(d).toMatchObject({ detail: 'offset 0, PROT_READ' });
    const vt = 'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: write m "x"';
    const g = trace(fb(ALL, vt)).events[2]!.find((e) => e.t === 'call' && e.api === 'cdev_pg_fault');
    expect(g).toMatchObject({ detail: 'page 0, PROT_READ' });
  });

  it('an access the prot forbids and an address with no mapping: SIGSEGV, the driver never called', () => {
    const body =
      'p: open /dev/k -> f\np: mmap f 1p prot=r -> m\np: write m "x"\nexpect SIGSEGV\np: read 0x50000000\nexpect SIGSEGV';
    expect(failures(fb(ALL, body))).toEqual([]);
    expect(calls(trace(fb(ALL, body)).events[2]!)).toEqual([]);
  });

  it('the driver has no page at fault time: an own pager gives SIGBUS (VM_PAGER_BAD)', () => {
    const body = 'p: open /dev/c -> f\np: mmap f 1p -> m\neject c\np: read m\nexpect fault\nexpect SIGBUS';
    expect(failures(fb(ALL, body))).toEqual([]);
  });

  it('revoking: a switch frees the MGTDEVICE pages through every process (cdev_mgtdev_pager_free_pages); the next touch faults', () => {
    const body = `p: open /dev/tty0 -> f
p: mmap f 1p -> m
p: write m "a"
p: fork -> c
switch tty 1
expect clean
c: read m
expect fault
expect ram
expect value "a"`;
    expect(failures(fb(VT, body))).toEqual([]);
    const { events } = trace(fb(VT, body));
    expect(calls(events[4]!)).toEqual(['cdev_mgtdev_pager_free_pages']);
    expect(events[4]!.filter((e) => e.t === 'pte-zap').map((e) => (e.t === 'pte-zap' ? e.proc : ''))).toEqual(
      ['p', 'c'],
    );
  });

  it('per-open state: d_mmap_single finds the open (devfs_get_cdevpriv): no per-open violation', () => {
    const body = `p: open /dev/n -> f
p: mmap f 1p -> m
p: write m "secret"
q: open /dev/n -> f
q: mmap f 1p -> m
q: read m
expect value 0
expect clean`;
    expect(failures(fb('device n clone\nprocess p\nprocess q', body))).toEqual([]);
  });

  it('close while mapped: 0, and the mapping survives', () => {
    const body =
      'p: open /dev/n -> f\np: mmap f 1p -> m\np: write m "a"\np: close f\nexpect ok\np: read m\nexpect value "a"';
    expect(failures(fb(ALL, body))).toEqual([]);
  });

  it('unload while open or mapped: EBUSY', () => {
    const body =
      'p: open /dev/k -> f\np: mmap f 1p -> m\np: close f\nunload k\nexpect EBUSY\np: munmap m 1p\nunload k\nexpect ok';
    expect(failures(fb(ALL, body))).toEqual([]);
  });

  it('munmap: len 0 EINVAL; an unaligned address is folded (two pages go); nothing mapped is 0; -1 is EINVAL', () => {
    const body = `p: open /dev/tty0 -> f
p: mmap f 2p -> m
p: munmap m 0
expect EINVAL
p: munmap m+8 1p
expect ok
p: read m+1p
expect SIGSEGV
p: munmap 0x50000000 1p
expect ok
p: mmap f 9p -> bad
p: munmap bad 1p
expect EINVAL
p: mprotect bad 1p r
expect EINVAL`;
    expect(failures(fb(VT, body))).toEqual([]);
    expect(rows(fb(VT, body)).at(-2)!.why).toBe(
      'the address -4096 (left by a step that failed) lies below the address space',
    );
  });

  it('mprotect: the address is folded; ENOMEM before EACCES; length 0 is 0; a raised PTE is upgraded without the driver', () => {
    const body = `p: open /dev/tty0 ro -> r
p: mmap r 1p prot=r -> m
p: mprotect m+8 1p r
expect ENOMEM
p: mprotect m+8 8 r
expect ok
p: mprotect m 2p rw
expect ENOMEM
p: mprotect m 1p rw
expect EACCES
p: mprotect m 0 rw
expect ok
p: open /dev/k -> k
p: mmap k 1p prot=r -> x
p: read x
p: mprotect x 1p rw
p: write x "w"
expect fault
expect ok`;
    const text = fb(ALL.replace('vt fb=1p', 'vt screens=2 fb=1p'), body);
    expect(failures(text)).toEqual([]);
    expect(calls(trace(text).events.at(-1)!)).toEqual(['vm_fault']);
  });

  it('fork: managed pages (vt, card, clone) are copied; pseudo, kbuf, regs fault and find the cached page', () => {
    const lines = NODES.map((n, i) => `p: open ${n} -> f${i}\np: mmap f${i} 1p -> m${i}\np: read m${i}`);
    lines.push('p: fork -> c');
    NODES.forEach((_, i) => lines.push(`c: read m${i}\nexpect ${i < 2 || i === 5 ? 'nofault' : 'fault'}`));
    const text = fb(ALL, lines.join('\n'));
    expect(failures(text)).toEqual([]);
    const { events } = trace(text);
    // The child's fault on the pseudo page finds it resident: d_mmap is not asked again.
    expect(calls(events.at(-4)!)).toEqual(['vm_page_lookup', 'pmap_enter']);
  });
});

describe('freebsd: the drivers (§3.3)', () => {
  it('vt: screen K while in front reaches the framebuffer, else its backing store', () => {
    const body =
      'p: open /dev/tty1 -> f\np: mmap f 1p -> m\np: read m\nexpect ram\nswitch tty 1\np: read m\nexpect fault\nexpect device tty page 0';
    expect(failures(fb(VT, body))).toEqual([]);
  });

  it('card: ENXIO with the slot empty; a mapping belongs to its card; eject revokes; card B gives SIGBUS', () => {
    const body = `p: open /dev/c -> f
p: mmap f 1p -> m
p: write m "A"
eject c
expect clean
p: mmap f 1p -> w
expect ENXIO
insert c B
p: read m
expect SIGBUS
expect clean
eject c
insert c A
p: read m
expect fault
expect value "A"`;
    expect(failures(fb('device c card\nprocess p', body))).toEqual([]);
  });

  it('pseudo, kbuf, regs: only the first fault on a page, by whichever process, calls d_mmap', () => {
    const body =
      'p: open /dev/k -> f\np: mmap f 1p -> m\np: read m\nq: open /dev/k -> f\nq: mmap f 1p -> m\nq: read m\nexpect fault';
    const text = fb('device k pseudo regions=a:2@0\nprocess p\nprocess q', body);
    expect(failures(text)).toEqual([]);
    const { events } = trace(text);
    expect(calls(events[2]!)).toContain('d_mmap');
    expect(calls(events[5]!)).toEqual(['vm_page_lookup', 'pmap_enter']);
    const said = events[5]!.find((e) => e.t === 'call' && e.api === 'vm_page_lookup');
    expect(said).toMatchObject({
      detail: expect.stringMatching(/resident in k's OBJT_DEVICE object.*driver not asked/),
    });
  });

  it('clone: the instance lives until its last mapping, and the object dies with the node\u2019s last mapping', () => {
    const body =
      'p: open /dev/n -> f\np: mmap f 1p -> m\np: write m "a"\np: close f\np: read m\nexpect value "a"\np: munmap m 1p';
    const { state } = trace(fb('device n clone\nprocess p', body));
    expect(state.frames.filter((o) => o.kind === 'clone')).toEqual([]);
  });

  it('the OBJT_DEVICE object lives while a VMA of the node exists, and mmap with at= keeps it when it replaces the last one', () => {
    const body = `p: open /dev/k -> f
p: mmap f 1p -> m
p: read m
p: mmap f 1p at=m -> again
p: read again
expect fault`;
    const text = fb('device k pseudo regions=a:1@0\nprocess p', body);
    expect(failures(text)).toEqual([]);
    const { events, state } = trace(text);
    expect(calls(events[3]!)).not.toContain('dev_pager_dealloc');
    expect(calls(events[4]!)).toEqual(['vm_page_lookup', 'pmap_enter']);
    expect([...state.objects.values()].map((o) => o.refs)).toEqual([1]);
  });
});

describe('freebsd with pager=device (§4)', () => {
  it('vt: a new fault of a mapping made after the switch finds the cached page: vt-foreground', () => {
    const example = readFileSync(new URL('../examples/freebsd-example-5.scn', import.meta.url), 'utf8');
    expect(failures(example)).toEqual([]);
  });

  it('vt: the key changes nothing on linux, netbsd and irix', () => {
    const body = 'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: write m "a"\nswitch tty 1\np: read m';
    for (const k of ['linux', 'netbsd', 'irix'] as const) {
      expect(rows(scn(k, VT_DEV, body))).toEqual(rows(scn(k, VT, body)));
    }
  });

  it('vt: a touched page keeps its stale PTE; fork copies no PTE (OBJ_UNMANAGED)', () => {
    const body = `p: open /dev/tty0 -> f
p: mmap f 1p -> m
p: write m "a"
p: fork -> c
c: read m
expect fault
expect device tty page 0
switch tty 1
expect violation vt-foreground
p: read m
expect nofault
expect device tty page 0`;
    expect(failures(fb(VT_DEV, body))).toEqual([]);
  });

  it('card: mmap with the slot empty is EINVAL (the constructor); after eject a touched page stays stale, an untouched one is zero-filled RAM', () => {
    const body = `p: open /dev/c -> f
p: mmap f 1p -> e
expect ok
eject c
p: mmap f 1p -> none
expect EINVAL
insert c A
p: mmap f 2p -> m
p: write m "photo"
eject c
p: read m+1p
expect fault
expect ram
expect value 0
p: write m+1p "kept"
insert c B
expect violation card-present
p: read m
expect nofault
expect device c page 0
q: open /dev/c -> f
q: mmap f 2p -> m
q: read m+1p
expect fault
expect ram
expect value "kept"`;
    const text = fb('device c card pager=device\nprocess p\nprocess q', body);
    expect(failures(text)).toEqual([]);
    const { events, state } = trace(text);
    expect(calls(events[8]!)).toEqual(['old_dev_pager_fault', 'd_mmap', 'vm_fault_zerofill', 'pmap_enter']);
    expect(state.frames.filter((o) => o.kind === 'object')).toHaveLength(1);
    // The last mapping goes: the object and its zero-filled page are freed.
    const gone = trace(`${text}p: munmap m 2p\np: munmap e 1p\nq: munmap m 2p\n`);
    expect(gone.state.frames.filter((o) => o.kind === 'object')).toEqual([]);
    expect(calls(gone.events.at(-1)!)).toContain('dev_pager_dealloc');
  });

  it('card: a zero-filled page that RAM cannot hold kills the process (SIGKILL) and takes nothing', () => {
    const body = `p: open /dev/c -> f
p: mmap f 2p -> m
p: read m
eject c
p: read m+1p
expect fault
expect SIGKILL`;
    const text = scn('freebsd', 'machine ram=2\ndevice c card pager=device\nprocess p', body);
    expect(failures(text)).toEqual([]);
    const { state } = trace(text);
    expect(state.frames.filter((o) => o.kind === 'object')).toEqual([]);
  });

  it('clone: d_mmap cannot find the open (td_fpop is NULL): every mapping reaches the first instance, per-open', () => {
    const body = `p: open /dev/n -> f
p: mmap f 1p -> m
p: write m "secret"
q: open /dev/n -> f
q: mmap f 1p -> m
q: read m
expect value "secret"
expect violation per-open`;
    expect(failures(fb('device n clone pager=device\nprocess p\nprocess q', body))).toEqual([]);
  });
});
