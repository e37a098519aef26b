import { describe, expect, it } from 'vitest';

import type { KernelName } from '../../sim/spec.ts';
import { slideLegend } from '../../views/slideLegend.ts';
import type { Run } from '../../views/slideText.ts';
import type { Frame } from '../../worker/protocol.ts';
import { EngineSession } from '../../worker/session.ts';
import { slideWords, type SlideSide } from './slideWords.ts';

/** The frame of `step` of a built-in, as the worker sends it to the page. */
function frameOf(id: string, step: number, kernel: KernelName | null = null): Frame {
  const session = new EngineSession();
  session.load({ id: 1, type: 'load', source: { kind: 'builtin', id }, kernel });
  const reply = session.frame({ id: 2, type: 'frame', step });
  if (reply.type !== 'frame') throw new Error(`no frame: ${JSON.stringify(reply)}`);
  return reply.frame;
}

function side(frame: Frame, note = "the scenario's kernel", shown = frame.events.length): SlideSide {
  return { kernel: frame.after.kernel, note, frame, shown, picture: frame.after };
}

const said = (runs: readonly Run[] | null) => (runs ?? []).map((r) => r.text).join('');

describe("a slide's words", () => {
  it('name the kernel call as the kernel box does, with the handler and their real API names', () => {
    const words = slideWords('Card eject', 12, [side(frameOf('card-netbsd', 9))]);
    const bar = words.kernelBars[0]!;
    expect(said(bar)).toMatch(/^kernel +udv_fault \(netbsd\) › pmap_enter \(netbsd\) frame \d+/);
    expect(bar.find((r) => r.text === 'udv_fault')?.mono).toBe(true);
    expect(words.where).toBe('netbsd · step 9 of 12');
  });

  it("say the step's result where it made no kernel call: the errno, or the signal", () => {
    const refused = slideWords(null, 22, [side(frameOf('mprotect', 2))]);
    expect(said(refused.kernelBars[0]!)).toContain('no kernel call in this step · result: EACCES');
    expect(refused.title).toBe('Untitled scenario');
    const killed = slideWords(null, 22, [side(frameOf('mprotect', 5))]);
    expect(said(killed.kernelBars[0]!)).toMatch(/result: SIG[A-Z]+$/);
    // Before the step's first call, as the page says while it plays.
    const early = side(frameOf('card-netbsd', 9), 'x', 1);
    expect(said(slideWords(null, 12, [early]).kernelBars[0]!)).toContain('no call yet in this step');
    expect(slideWords(null, 12, [early]).where).toMatch(/step 9 of 12, event 1 of \d+$/);
  });

  it("say each violation with its sign, rule, process, vpn and sentence, and the step's story", () => {
    const frame = frameOf('card-netbsd', 9);
    const words = slideWords('Card eject', 12, [side(frame)]);
    expect(words.violations).toHaveLength(frame.after.violations.length);
    expect(words.violations.length).toBeGreaterThan(0);
    const v = frame.after.violations[0]!;
    expect(said(words.violations[0]!)).toBe(`⚠ card-present cam vpn 0x1_0000 (PTE): ${v.sentence}`);
    expect(said(words.narration)).toBe(frame.row!.narration ?? frame.row!.story);
    expect(said(words.step)).toBe(
      'Step 9: cam: read win+1p → ok · page fault · lands device slot p1 · read "0" · ⚠ card-present',
    );
    // A step without narration of its own is told under the story it belongs to.
    const untold = frameOf('card-netbsd', 8);
    expect(untold.row!.narration).toBeNull();
    expect(said(slideWords(null, 12, [side(untold)]).narration)).toBe(untold.row!.story);
  });

  it('side by side, name each kernel on its bar, its violations, its heading and its outcome', () => {
    const netbsd = side(frameOf('card-netbsd', 9));
    const linux = side(frameOf('card-netbsd', 9, 'linux'), 'compared');
    const words = slideWords('Card eject', 12, [netbsd, linux]);
    expect(words.where).toBe('netbsd vs linux · step 9 of 12');
    expect(said(words.kernelBars[0]!)).toMatch(/^netbsd kernel +udv_fault/);
    expect(said(words.kernelBars[1]!)).toMatch(/^linux kernel +vm_ops->fault/);
    expect(said(words.violations[0]!)).toMatch(/^⚠ netbsd · card-present/);
    expect(words.headings.map(said)).toEqual(["netbsd (the scenario's kernel)", 'linux (compared)']);
    expect(said(words.step)).toMatch(/→ netbsd: ok · page fault .*; linux: SIGBUS · page fault$/);
  });

  it("list in the legend only what the drawings show, in the theme's colours", () => {
    const picture = frameOf('card-netbsd', 9).after;
    const colours: Record<string, string> = { pagetable: '#cc79a7', devmem: '#0072b2' };
    const legend = slideLegend([picture], (key) => colours[key] ?? null);
    expect(legend.map((e) => e.words)).toEqual(['free', 'page table', 'card window', 'violation']);
    expect(legend.find((e) => e.words === 'card window')?.fill).toBe('#0072b2');
    // A kind whose colour the page does not define is left out, not shown in a guessed one.
    expect(slideLegend([picture], () => null).map((e) => e.words)).toEqual(['free', 'violation']);
  });
});
