/**
 * Every failed step says why: the outcome's `why`, and the trace event that carries it (a failed
 * syscall's sysret, a refused device step or step of a process that is gone, a signal). The reasons
 * name the check kernel-models.md names.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boot } from '../../src/sim/boot.ts';
import { runStep } from '../../src/sim/engine.ts';
import type { TraceEvent } from '../../src/sim/events.ts';
import type { StepOutcome } from '../../src/sim/outcome.ts';
import { arbScenario } from '../arbitraries.ts';
import { KERNELS, parse, rows, scn } from '../helpers.ts';

const RUNS = Number(process.env.PAGERLAB_PROPERTY_RUNS ?? 200);

/** The reason the step's trace gives for its result, or null when it gives none. */
function tracedWhy(o: StepOutcome, events: readonly TraceEvent[]): string | null {
  for (const e of events) {
    if (o.result === 'signal' && e.t === 'signal' && e.signal === o.signal) return e.why;
    if ((e.t === 'sysret' || e.t === 'refused') && e.result === o.result) return e.why;
  }
  return null;
}

describe('every failed step says why', () => {
  it('random scenarios, every kernel: a step that is not ok has a reason, and its trace carries it; ok has none', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 80 }), (s) => {
        for (const k of KERNELS) {
          const state = boot(s, k);
          while (state.step < s.steps.length) {
            const { outcome, events } = runStep(state);
            if (outcome.result === 'ok') {
              expect(outcome.why).toBeNull();
              continue;
            }
            expect(typeof outcome.why).toBe('string');
            expect(outcome.why!.trim().length).toBeGreaterThan(0);
            expect(tracedWhy(outcome, events)).toBe(outcome.why);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a failed syscall returns its errno with the reason; an ok one with null', () => {
    const s = parse(scn('linux', 'device tty vt\nprocess p', 'p: open /dev/tty0 -> fd\np: mmap fd 0 -> m'));
    const state = boot(s);
    const sysret = (events: TraceEvent[]) => events.find((e) => e.t === 'sysret');
    expect(sysret(runStep(state).events)).toMatchObject({ result: 'ok', why: null });
    expect(sysret(runStep(state).events)).toMatchObject({ result: 'EINVAL', why: 'the length is 0' });
  });
});

const why = (k: (typeof KERNELS)[number], header: string, body: string) =>
  rows(scn(k, header, body)).map((r) => r.why);

describe('the reasons name the check that refused (kernel-models.md)', () => {
  const VT = 'device tty vt screens=2 fb=1p\nprocess p';

  it('linux: every driver refuses MAP_PRIVATE in its mmap hook; netbsd and irix make it shared', () => {
    const body = 'p: open /dev/tty0 -> fd\np: mmap fd 1p private -> m';
    expect(why('linux', VT, body)[1]).toMatch(/MAP_PRIVATE in f_op->mmap.*is_cow_mapping/);
    expect(why('irix', VT, body)[1]).toBeNull();
    expect(why('netbsd', VT, body)[1]).toBeNull();
  });

  it('an unaligned offset names the kernel check; netbsd folds it instead', () => {
    // Two framebuffer pages: netbsd's fold grows the length by the in-page part, to a second page.
    const FB2 = 'device tty vt fb=2p\nprocess p';
    const body = 'p: open /dev/tty0 -> fd\np: mmap fd 1p off=16 -> m';
    expect(why('linux', FB2, body)[1]).toBe(
      'the offset 0x10 is not a multiple of the page size (sys_mmap: off & ~PAGE_MASK)',
    );
    expect(why('irix', FB2, body)[1]).toBe('the offset 0x10 is not a multiple of the page size (mmap(2))');
    expect(why('netbsd', FB2, body)[1]).toBeNull();
  });

  it('past the end of the device: the pages asked for and the pages there are, by each model’s check', () => {
    const body = 'p: open /dev/tty0 -> fd\np: mmap fd 3p -> m';
    expect(why('linux', VT, body)[1]).toBe(
      'tty (vt driver) refuses in f_op->mmap, as uio_mmap does: pages 0 to 2 of tty asked for, and it has 1 page',
    );
    expect(why('netbsd', VT, body)[1]).toBe(
      "udv_attach: d_mmap returns -1 for page 1: page 1 is past the end of tty's framebuffer (1 page)",
    );
    expect(why('irix', VT, body)[1]).toMatch(
      /^drvmmap cannot map page 1 with v_mapphys: page 1 is past the end/,
    );
  });

  it('an empty card slot: the driver refuses the mmap (ENXIO), d_mmap answers -1 (EINVAL), eject has nothing', () => {
    const CARD = 'device slot card pages=1 card=none\nprocess p';
    const body = 'p: open /dev/slot -> fd\np: mmap fd 1p -> m\neject slot';
    const linux = rows(scn('linux', CARD, body));
    expect([linux[1]!.result, linux[1]!.why]).toEqual([
      'ENXIO',
      'slot (card driver) refuses in f_op->mmap: no card is in slot',
    ]);
    expect(why('netbsd', CARD, body)[1]).toBe('udv_attach: d_mmap returns -1 for page 0: no card is in slot');
    expect(linux[2]!.why).toBe('no card is in slot: there is nothing to eject');
  });

  it('irix munmap without drvunmap: ENODEV, and the mapping is gone all the same', () => {
    const REGS = 'device gfx regs at=0xC0000000 unmap=no\nprocess p';
    const body = 'p: open /dev/gfx -> fd\np: mmap fd 1p -> m\np: munmap m 1p\np: read m\nexpect SIGSEGV';
    const r = rows(scn('irix', REGS, body));
    expect(r[2]!.result).toBe('ENODEV');
    expect(r[2]!.why).toBe(
      'gfx (regs driver) has no drvunmap (unmap=no): the range is unmapped all the same',
    );
    expect(r[3]!.expectFailed).toEqual([]);
  });

  it('unload while mapped: the module use count, named by each kernel’s errno', () => {
    const BUF = 'device buf kbuf pages=1\nprocess p';
    const body = 'p: open /dev/buf -> fd\np: mmap fd 1p -> m\nunload buf';
    expect(rows(scn('linux', BUF, body))[2]).toMatchObject({
      result: 'EWOULDBLOCK',
      why: "delete_module: try_stop_module finds buf's module use count at 2, held by open files and mappings",
    });
    for (const k of ['netbsd', 'irix'] as const)
      expect(rows(scn(k, BUF, body))[2]).toMatchObject({
        result: 'EBUSY',
        why: "buf's driver is in use: use count 2, held by open files and mappings",
      });
  });

  it('a variable a failed step left at -1 is said to be one', () => {
    const body = 'p: open /dev/tty0 -> fd\np: mmap fd 0 -> m\np: munmap m 1p\np: close 9';
    const r = why('linux', VT, body);
    expect(r[2]).toBe('the address -1 (left by a step that failed) is not page aligned');
    expect(r[3]).toBe('p has no open file at fd 9');
  });

  it('a process that is gone: ESRCH says how it went', () => {
    const header = 'device tty vt\nprocess p nohandler\nprocess q';
    const body = 'p: read 0x1000\np: read 0x1000\nq: exit\nq: open /dev/tty0 -> fd';
    const r = rows(scn('linux', header, body));
    expect(r.map((x) => x.result)).toEqual(['signal', 'ESRCH', 'ok', 'ESRCH']);
    expect(r[0]!.why).toBe('no mapping at this address');
    expect(r[1]!.why).toBe('p was killed by SIGSEGV');
    expect(r[3]!.why).toBe('q has exited');
  });
});
