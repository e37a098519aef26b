import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbScenario } from '../../test/arbitraries.ts';
import { boot } from '../sim/boot.ts';
import { runStep } from '../sim/engine.ts';
import { picture } from '../sim/picture.ts';
import { KERNELS, type KernelName } from '../sim/spec.ts';
import { stepTexts } from './describe.ts';
import { parseScenario, printScenario } from './index.ts';
import { findBuiltin } from './library/index.ts';
import { stepStory } from './stepStory.ts';
import { BOOT_ANNOUNCEMENT, stepAnnouncement, type StepSeen } from './stepWords.ts';

/** Every step of a scenario as the page sees it: row (with the step's text), events, the picture after. */
function seenAll(text: string, kernel?: KernelName): StepSeen[] {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error('the scenario does not parse');
  const s = parsed.scenario;
  const texts = stepTexts(
    text,
    s.steps.map((x) => ({ line: x.pos.line, actor: x.kind === 'proc' ? x.proc : null })),
  );
  const state = boot(s, kernel);
  const out: StepSeen[] = [];
  while (state.step < s.steps.length) {
    const { outcome, events } = runStep(state);
    out.push({
      step: state.step,
      row: { ...outcome, text: texts[state.step - 1] ?? outcome.op },
      events,
      after: picture(state),
    });
  }
  return out;
}

/** Step `n` (from 1) of built-in `id`. */
function builtinStep(id: string, n: number, kernel?: KernelName): StepSeen {
  return seenAll(findBuiltin(id)!.text, kernel)[n - 1]!;
}

describe('stepAnnouncement', () => {
  it('an ok access: actor, text, result, fault, where it landed, the value read', () => {
    expect(stepAnnouncement(builtinStep('card-linux', 8))).toBe(
      'Step 8: cam: read win → ok, page fault, lands device slot page 0, read "photo1"',
    );
    expect(stepAnnouncement(builtinStep('vt-switch-linux', 3))).toBe(
      'Step 3: shell: write scr+16 "hello" → ok, page fault, lands device ttyv page 0',
    );
  });

  it('a signal with its reason, and the live violations after the step', () => {
    expect(stepAnnouncement(builtinStep('card-linux', 5))).toBe(
      'Step 5: cam: read win → SIGBUS, page fault: the card this mapping was made for is not in the slot',
    );
    expect(stepAnnouncement(builtinStep('card-netbsd', 6))).toBe(
      'Step 6: cam: read win+1p → SIGSEGV, page fault: d_mmap returned -1: udv_fault fails with EIO; ' +
        "violation card-present: cam's mapping of /dev/slot at 0x10000000 reaches the slot's window with no card in it (made for card A)",
    );
  });

  it('a failed syscall says its errno and reason', () => {
    expect(stepAnnouncement(builtinStep('card-linux', 6))).toBe(
      'Step 6: cam: mmap fd 1p -> none_yet → ENXIO: slot (card driver) refuses in f_op->mmap: no card is in slot',
    );
  });

  it('a device step has no actor and says the PTEs it zapped', () => {
    expect(stepAnnouncement(builtinStep('vt-switch-linux', 7))).toBe(
      'Step 7: switch ttyv 1 → ok; zapped 2 PTEs',
    );
    expect(stepAnnouncement(builtinStep('card-linux', 14))).toBe(
      'Step 14: insert slot C → EBUSY: card B is in slot: the slot holds one card',
    );
  });

  it('says two violations and counts the rest', () => {
    const seen = builtinStep('card-netbsd', 10);
    const violations = [0, 1, 2, 3].map((i) => ({ ...seen.after.violations[0]!, sentence: `sentence ${i}` }));
    expect(stepAnnouncement({ ...seen, after: { ...seen.after, violations } })).toBe(
      'Step 10: eject slot → ok; violation card-present: sentence 0; violation card-present: sentence 1; and 2 more',
    );
  });

  it('has words for step 0', () => {
    expect(BOOT_ANNOUNCEMENT).toMatch(/^Step 0: /);
  });
});

describe('stepStory', () => {
  it('a lazy fault: the miss, the handler and the kernel call that maps the page, the value', () => {
    expect(stepStory(builtinStep('card-linux', 8))).toBe(
      'cam reads win. The TLB has no entry and the walk finds none, so it page-faults; linux calls ' +
        'vm_ops->fault (slot card driver), and vmf_insert_pfn maps device slot page 0. The read returns "photo1".',
    );
  });

  it('a switch: the copies, and what unmap_mapping_range zapped in which processes', () => {
    expect(stepStory(builtinStep('vt-switch-linux', 7))).toBe(
      "Screen 1 of ttyv comes to the front: the framebuffer is saved to screen 0's backing store and " +
        "screen 1's is loaded; unmap_mapping_range zaps 2 PTEs (shell, editor).",
    );
  });

  it('the same switch on netbsd_fo: the pages are taken back by physical address', () => {
    expect(stepStory(builtinStep('vt-switch-netbsd-fo', 7))).toBe(
      "Screen 1 of ttyv comes to the front: the framebuffer is saved to screen 0's backing store and " +
        "screen 1's is loaded; pmap_pv_protect and pmap_page_protect zap 2 PTEs (shell, editor).",
    );
    expect(stepStory(builtinStep('card-netbsd-fo', 4))).toBe(
      'Card A leaves slot, taking its contents with it; pmap_pv_protect zaps 1 PTE (cam).',
    );
  });

  it('a module unloaded under a mapping on linux_2_0: its frames freed, and freed-frame', () => {
    const story = stepStory(builtinStep('module-unload-linux-2-0', 11));
    expect(story).toContain('The driver module of old unloads; its 2 RAM frames go back to the free list.');
    expect(story).toContain('This breaks freed-frame: ');
  });

  it('the same switch on netbsd: nothing revokes, and the violation it makes', () => {
    const story = stepStory(builtinStep('vt-switch-netbsd', 7));
    expect(story).toContain('netbsd has no way to revoke a mapping');
    expect(story).toContain('This breaks vt-foreground: ');
  });

  it('a driver block that does not zap says its hook, on a kernel that could and on one that could not', () => {
    const text = (eject: string, kernel: KernelName) =>
      `kernel ${kernel}\ndriver mine card eject=${eject}\ndevice slot card driver=mine\nprocess cam\n` +
      'cam: open /dev/slot -> fd\ncam: mmap fd 1p -> w\ncam: read w\neject slot\n';
    expect(stepStory(seenAll(text('none', 'linux'))[3]!)).toContain(
      "the driver's hook says eject=none: no mapping is zapped, so PTEs already made still reach the empty window",
    );
    expect(stepStory(seenAll(text('all', 'netbsd'))[3]!)).toContain(
      "the driver's hook says eject=all, but netbsd gives this driver no call that finds its mappings",
    );
    expect(stepStory(seenAll(text('all', 'linux'))[3]!)).toContain('unmap_mapping_range zaps 1 PTE (cam)');
  });

  it('a signal: the handler, what it returned, the reason, and what became of the process', () => {
    expect(stepStory(builtinStep('card-netbsd', 6))).toBe(
      'cam reads win+1p. The TLB has no entry and the walk finds none, so it page-faults; netbsd calls ' +
        'udv_fault, which calls d_mmap (slot card driver), which returns -1, so cam gets SIGSEGV: d_mmap ' +
        "returned -1: udv_fault fails with EIO. The read is abandoned; cam's handler records SIGSEGV and it goes on.",
    );
  });

  it('a failed step: the errno and its reason', () => {
    expect(stepStory(builtinStep('kbuf-vmalloc', 8))).toBe(
      "Unload buf fails with EWOULDBLOCK: delete_module: try_stop_module finds buf's module use count at 1, " +
        'held by open files and mappings.',
    );
    expect(stepStory(builtinStep('fork-switch', 13))).toBe('child cannot read: ESRCH, child has exited.');
  });

  it('irix munmap without drvunmap: what it did, then ENODEV', () => {
    expect(stepStory(builtinStep('irix-regs', 7))).toBe(
      'x unmaps 0x1000_0000-0x1000_1000: 1 PTE zapped. munmap returns ENODEV: gfx (regs driver) has no ' +
        'drvunmap (unmap=no): the range is unmapped all the same. It clears 1 violation.',
    );
  });

  it('two steps of one chapter are told apart', () => {
    // card-linux's first chapter narrates steps 1 to 3 together.
    const stories = [1, 2, 3].map((n) => stepStory(builtinStep('card-linux', n)));
    expect(new Set(stories).size).toBe(3);
    expect(stories[1]).toBe(
      'cam maps /dev/slot at 0x1000_0000-0x1000_2000; linux calls f_op->mmap (slot card driver): no PTE ' +
        'is made yet, so the first touch of each page faults.',
    );
  });
});

describe('words for random scenarios', () => {
  it('every step under every kernel has a story and an announcement; a failed one says its result and why', () => {
    fc.assert(
      fc.property(arbScenario({ maxSteps: 30 }), (s) => {
        const text = printScenario(s);
        for (const k of KERNELS)
          for (const seen of seenAll(text, k)) {
            const story = stepStory(seen);
            const said = stepAnnouncement(seen);
            expect(story).toMatch(/\.$/);
            expect(story).not.toMatch(/undefined|NaN|\[object/);
            expect(said).toMatch(new RegExp(`^Step ${seen.step}: `));
            if (seen.row.why === null) continue;
            expect(said).toContain(seen.row.why);
            // The story may begin a sentence with the reason, capitalised.
            expect(story.toLowerCase()).toContain(seen.row.why.toLowerCase());
            expect(story).toContain(seen.row.result === 'signal' ? seen.row.signal! : seen.row.result);
          }
      }),
      { numRuns: 100 },
    );
  });
});

describe('stepStory on freebsd', () => {
  it('a fault that finds the page cached in the device pager object says the driver is not asked', () => {
    expect(stepStory(builtinStep('pager-remembers-freebsd', 7))).toMatch(
      /freebsd's vm_page_lookup finds that page 0 is resident in ttyv0's OBJT_DEVICE object \(frame \d+\): driver not asked, and pmap_enter maps device ttyv page 0/,
    );
  });

  it('a managed switch names cdev_mgtdev_pager_free_pages and the PTEs it removes', () => {
    expect(stepStory(builtinStep('vt-switch-freebsd', 7))).toMatch(
      /cdev_mgtdev_pager_free_pages zaps 2 PTEs \(shell, editor\)/,
    );
  });
});
