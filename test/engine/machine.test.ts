/** Machine details: page tables in RAM frames, the TLB, OOM, frame layout, violations as events. */

import { describe, expect, it } from 'vitest';
import { failures, rows, scn, trace } from '../helpers.ts';
import { makeGeometry } from '../../src/sim/geometry.ts';

describe('page tables', () => {
  it.each([2, 3, 4])(
    '%i levels: the first touch allocates one table page per level, freed at exit',
    (levels) => {
      const text = scn(
        'linux',
        `machine levels=${levels}\ndevice tty vt fb=2p\nprocess p`,
        'p: open /dev/tty0 -> f\np: mmap f 2p -> m\np: read m',
      );
      const { state, events } = trace(text);
      expect(state.frames.filter((f) => f.kind === 'pagetable').length).toBe(levels);
      // No table exists before the first touch: the walk stops at the missing top level, and only the
      // retry's walk visits every level.
      const first = events[2]!.filter((e) => e.t === 'walk');
      expect(first.length).toBe(1 + levels);
      expect(first[0]).toMatchObject({ level: 1, table: null, next: null });
      const again = trace(text + 'p: read m+1p\n').events[3]!.filter((e) => e.t === 'walk');
      expect(again.length).toBe(2 * levels);
      expect(again[levels - 1]).toMatchObject({ leaf: true, next: null });
      expect(again.at(-1)).toMatchObject({ leaf: true, next: 0x80001 });
      const after = trace(text + 'p: exit\n').state;
      expect(after.frames.filter((f) => f.kind === 'pagetable').length).toBe(0);
    },
  );

  it('geometry: 2 levels cover 32 bits, 3 levels 39, 4 levels 48; the top level takes what is left', () => {
    expect(makeGeometry(4096, 2)).toMatchObject({ vaTop: 2 ** 32, entries: [1024, 1024], entryBytes: 4 });
    expect(makeGeometry(4096, 3)).toMatchObject({ vaTop: 2 ** 39, entries: [512, 512, 512] });
    expect(makeGeometry(4096, 4)).toMatchObject({ vaTop: 2 ** 48, entries: [512, 512, 512, 512] });
    expect(makeGeometry(16384, 4).entries).toEqual([2, 2048, 2048, 2048]);
    expect(makeGeometry(8192, 2).entries).toEqual([256, 2048]);
  });

  it('a 3-level machine maps above 4 GiB; a 2-level one cannot', () => {
    const body = 'p: open /dev/tty0 -> f\np: mmap f 1p at=0x200000000 -> m\np: write m "hi"';
    expect(rows(scn('linux', 'machine levels=3\ndevice tty vt\nprocess p', body)).at(-1)!.result).toBe('ok');
    expect(rows(scn('linux', 'machine levels=2\ndevice tty vt\nprocess p', body))[1]!.result).toBe('ENOMEM');
  });
});

describe('running out of RAM', () => {
  it('a fault that needs a table page when none is free: SIGKILL (the OOM killer)', () => {
    const text = scn(
      'linux',
      'machine ram=2\ndevice tty vt screens=1\nprocess p',
      'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: read m\nexpect SIGKILL\np: read m\nexpect ESRCH',
    );
    expect(failures(text)).toEqual([]);
    expect(trace(text).state.frames.map((f) => f.kind)).toEqual(['backing', 'free']);
  });

  it('a syscall that needs one fails with ENOMEM (eager mmap, fork), and the child never exists', () => {
    const eager = scn(
      'linux',
      'machine ram=2\ndevice k pseudo regions=a:1@0\nprocess p',
      'p: open /dev/k -> f\np: mmap f 1p -> m\nexpect ENOMEM',
    );
    expect(failures(eager)).toEqual([]);
    const forked = scn(
      'linux',
      'machine ram=4\ndevice tty vt screens=2\nprocess p',
      'p: open /dev/tty0 -> f\np: mmap f 1p -> m\np: read m\np: fork -> c\nexpect ENOMEM\nc: read m\nexpect ESRCH',
    );
    expect(failures(forked)).toEqual([]);
  });

  it('a clone open allocates its instance, or ENOMEM', () => {
    expect(
      failures(
        scn(
          'linux',
          'machine ram=1\ndevice c clone\nprocess p',
          'p: open /dev/c -> a\nexpect ok\np: open /dev/c -> b\nexpect ENOMEM',
        ),
      ),
    ).toEqual([]);
  });
});

describe('physical layout', () => {
  it('backing stores and buffers fill RAM from frame 0 in declaration order; vmalloc from the top', () => {
    const { state } = trace(
      scn(
        'linux',
        'machine ram=8\ndevice tty vt screens=2\ndevice k kbuf pages=2 alloc=kmalloc\ndevice v kbuf pages=2\nprocess p',
        '',
      ),
    );
    expect(state.frames.map((f) => f.kind)).toEqual([
      'backing',
      'backing',
      'kbuf',
      'kbuf',
      'free',
      'free',
      'kbuf',
      'kbuf',
    ]);
  });

  it('device memory starts at 0x80000000, page aligned, in declaration order', () => {
    const { state } = trace(scn('linux', 'device tty vt fb=2p\ndevice s card pages=3\nprocess p', ''));
    expect(state.phys.ranges.map((r) => [r.kind, r.start.toString(16), r.end.toString(16)])).toEqual([
      ['framebuffer', '80000000', '80002000'],
      ['window', '80002000', '80005000'],
    ]);
  });
});

describe('the TLB', () => {
  it('is tagged by process, replaced round-robin, and a hit lands where the entry points', () => {
    const text = scn(
      'linux',
      'machine tlb=2\ndevice tty vt screens=1 fb=3p\nprocess p\nprocess q',
      'p: open /dev/tty0 -> f\np: mmap f 3p -> m\np: read m\np: read m+1p\np: read m+2p\np: read m',
    );
    const { events, state } = trace(text);
    const kinds = (i: number) =>
      events[i]!.filter((e) => e.t === 'tlb-hit' || e.t === 'tlb-miss').map((e) => e.t);
    expect(kinds(2)).toEqual(['tlb-miss']);
    expect(kinds(5)).toEqual(['tlb-miss']);
    const fill = events[4]!.find((e) => e.t === 'tlb-fill');
    expect(fill).toMatchObject({ slot: 0, evicted: { proc: 'p', vpn: 0x10000000 / 4096 } });
    expect(state.tlb.map((e) => e?.pid)).toEqual([0, 0]);
  });
});

describe('violations as events', () => {
  it('a violation appears with its sentence and clears when the state changes', () => {
    const text = scn(
      'netbsd',
      'device tty vt screens=2\nprocess a',
      'a: open /dev/tty0 -> f\na: mmap f 1p -> m\na: read m\nswitch tty 1\nswitch tty 0',
    );
    const { events } = trace(text);
    const on = events[3]!.find((e) => e.t === 'violation');
    expect(on).toMatchObject({ rule: 'vt-foreground', on: true, via: 'pte', proc: 'a' });
    expect(on && 'sentence' in on && on.sentence).toMatch(/framebuffer, which shows screen 1/);
    expect(events[4]!.filter((e) => e.t === 'violation').map((e) => e.t === 'violation' && e.on)).toEqual([
      false,
    ]);
  });
});
