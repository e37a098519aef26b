/** kernel-models.md: when PTEs are made, first touch, forbidden accesses, no page at fault time. */

import { describe, expect, it } from 'vitest';
import { calls, failures, KERNELS, rows, scn, trace } from '../helpers.ts';

const ALL = `device tty vt screens=2 fb=1p
device s card pages=1
device k pseudo regions=a:1@0
device b kbuf pages=1
device r regs at=0xC0000000
device c clone pages=1
process p`;

const touchEach = ['/dev/tty0', '/dev/s', '/dev/k', '/dev/b', '/dev/r', '/dev/c']
  .map((path, i) => `p: open ${path} -> f${i}\np: mmap f${i} 1p -> m${i}\np: read m${i}\np: write m${i} "w"`)
  .join('\n');

describe('first touch', () => {
  it('linux: lazy drivers fault once per page (a read then a write faults once), eager ones never', () => {
    const r = rows(scn('linux', ALL, touchEach));
    const reads = r.filter((x) => x.op === 'read').map((x) => x.fault);
    const writes = r.filter((x) => x.op === 'write').map((x) => x.fault);
    // vt, card, kbuf and clone are lazy; pseudo (remap_pfn_range) and regs (vm_iomap_memory) eager.
    expect(reads).toEqual([true, true, false, true, false, true]);
    expect(writes).toEqual([false, false, false, false, false, false]);
  });

  it('netbsd: every device faults once per page, then the PTE carries the mapping protection', () => {
    // A cloning descriptor cannot be mapped on netbsd (§9): the clone here is the cloning=no kind.
    const r = rows(scn('netbsd', ALL.replace('clone pages=1', 'clone pages=1 cloning=no'), touchEach));
    expect(r.filter((x) => x.op === 'read').map((x) => x.fault)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(r.filter((x) => x.op === 'write').map((x) => x.fault)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('irix: v_mapphys mapped everything, nothing faults', () => {
    const r = rows(scn('irix', ALL, touchEach));
    expect(r.filter((x) => x.op === 'read' || x.op === 'write').every((x) => !x.fault)).toBe(true);
  });

  it('linux: a lazy fault calls vm_ops->fault and vmf_insert_pfn for device memory; a struct page for RAM', () => {
    const { events } = trace(
      scn(
        'linux',
        ALL,
        'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: read m\np: open /dev/b -> g\np: mmap g 1p -> n\np: read n',
      ),
    );
    expect(calls(events[2]!)).toEqual(['vm_ops->fault', 'vmf_insert_pfn']);
    expect(calls(events[5]!)).toEqual(['vm_ops->fault', 'vmalloc_to_page']);
  });

  it('netbsd: a fault calls udv_fault, d_mmap and pmap_enter', () => {
    const { events } = trace(scn('netbsd', ALL, 'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: read m'));
    expect(calls(events[1]!)).toEqual(['udv_attach']);
    expect(calls(events[2]!)).toEqual(['udv_fault', 'd_mmap', 'pmap_enter']);
  });

  it('irix: drvmmap calls v_mapphys at mmap time', () => {
    const { events } = trace(scn('irix', ALL, 'p: open /dev/tty0 -> f\np: mmap f 1p -> m'));
    expect(calls(events[1]!)).toEqual(['drvmmap', 'v_mapphys']);
  });
});

describe('accesses the kernel refuses', () => {
  it.each(KERNELS)('%s: an access the prot forbids is SIGSEGV and the driver is never called', (k) => {
    const text = scn(
      k,
      ALL,
      'p: open /dev/tty0 -> f\np: mmap f 1p prot=r -> m\np: write m "x"\nexpect SIGSEGV\nexpect fault\np: mmap f 1p prot=none -> n\np: read n\nexpect SIGSEGV',
    );
    expect(failures(text)).toEqual([]);
    const { events } = trace(text);
    expect(calls(events[2]!)).toEqual([]);
    expect(calls(events[4]!)).toEqual([]);
  });

  it.each(KERNELS)('%s: an address with no mapping is SIGSEGV, and a failed mmap leaves -1 behind', (k) => {
    const text = scn(
      k,
      ALL,
      'p: read 0x5000\nexpect SIGSEGV\np: open /dev/tty0 -> f\np: mmap f 0 -> m\np: write m "x"\nexpect SIGSEGV',
    );
    expect(failures(text)).toEqual([]);
  });

  it.each(KERNELS)('%s: a nohandler process is killed, and its later steps fail with ESRCH', (k) => {
    const text = scn(
      k,
      'device tty vt\nprocess p nohandler\nprocess q',
      'p: read 0\nexpect SIGSEGV\np: open /dev/tty0\nexpect ESRCH\nq: open /dev/tty0\nexpect ok',
    );
    expect(failures(text)).toEqual([]);
  });
});

describe('the driver has no page at fault time', () => {
  it('linux: VM_FAULT_SIGBUS is SIGBUS (a hole)', () => {
    const text = scn(
      'linux',
      'device b kbuf pages=2 holes=1\nprocess p',
      'p: open /dev/b -> f\np: mmap f 2p -> m\np: read m+1p\nexpect fault\nexpect SIGBUS',
    );
    expect(failures(text)).toEqual([]);
  });

  it('netbsd: d_mmap returns -1, udv_fault fails with EIO, trap() sends SIGSEGV', () => {
    const text = scn(
      'netbsd',
      'device s card pages=2\nprocess p',
      'p: open /dev/s -> f\np: mmap f 2p -> m\neject s\np: read m\nexpect fault\nexpect SIGSEGV',
    );
    expect(failures(text)).toEqual([]);
  });

  it('irix: cannot happen; the pages were mapped at mmap time', () => {
    const text = scn(
      'irix',
      'device s card pages=2\nprocess p',
      'p: open /dev/s -> f\np: mmap f 2p -> m\neject s\np: read m+1p\nexpect nofault\nexpect value 0',
    );
    expect(failures(text)).toEqual([]);
  });
});
