import { describe, expect, it } from 'vitest';

import { builtinStep } from './fixture.ts';
import { spotlightCss, spotlightOf, spotlightSummary, spotlightWords, type Spotlight } from './spotlight.ts';

const none: Spotlight = { procs: [], pages: [], vmas: [], frames: [], devices: [] };

describe('spotlightOf', () => {
  it('names the actor, the page it touches, its mapping, the frame and the device it reaches', () => {
    // vt-switch-linux step 3: the shell's first write to the framebuffer.
    const { before, after, events } = builtinStep('vt-switch-linux', 3);
    const s = spotlightOf('shell', events, after, before);
    expect(s.procs).toEqual(['shell']);
    expect(s.pages).toEqual([{ proc: 'shell', vpn: 0x1_0000 }]);
    const vma = after.procs.find((p) => p.name === 'shell')!.vmas[0]!;
    expect(s.vmas).toEqual([{ proc: 'shell', id: vma.id }]);
    expect(s.devices).toEqual(['ttyv']);
    expect(s.frames).toHaveLength(1);
    expect(s.frames[0]! * after.pageSize).toBe(0x8000_0000);
    expect(spotlightSummary(s)).toBe('shell (1 mapping, 1 page), device ttyv, 1 physical page');
    expect(spotlightWords(s)).toContain('device:ttyv');
  });

  it('names every process a switch zaps, and the device', () => {
    const { before, after, events } = builtinStep('vt-switch-linux', 7);
    const s = spotlightOf(null, events, after, before);
    expect(s.procs.sort()).toEqual(['editor', 'shell']);
    expect(s.devices).toEqual(['ttyv']);
    expect(s.vmas.map((v) => v.proc).sort()).toEqual(['editor', 'shell']);
  });

  it('finds a mapping the step removed in the machine before it', () => {
    // card-irix step 9: munmap of the whole window.
    const { before, after, events } = builtinStep('card-irix', 9);
    expect(after.procs.find((p) => p.name === 'cam')!.vmas).toEqual([]);
    const s = spotlightOf('cam', events, after, before);
    expect(s.vmas).toEqual([{ proc: 'cam', id: before.procs.find((p) => p.name === 'cam')!.vmas[0]!.id }]);
  });
});

describe('spotlightCss', () => {
  it('outlines the parts by their data attributes and sets the mapping and the PTE in bold', () => {
    const css = spotlightCss({
      procs: ['shell'],
      pages: [{ proc: 'shell', vpn: 65536 }],
      vmas: [{ proc: 'shell', id: 2 }],
      frames: [524288],
      devices: ['ttyv'],
    });
    expect(css).toContain('.machine [data-proc-band="shell"] > rect.band');
    expect(css).toContain('[data-page="65536"] > rect.cell');
    expect(css).toContain('.machine [data-frame="524288"] > rect:first-of-type');
    expect(css).toContain('.machine [data-device="ttyv"] > rect.device-box');
    expect(css).toContain('.machine [data-proc-band="shell"] [data-vma="2"] > text');
    expect(css).toContain('.machine [data-tree="shell"] [data-pte="65536"]');
    expect(css).toMatch(/stroke: var\(--spotlight\)/);
    expect(css).toMatch(/font-weight: 700/);
  });

  it('escapes anything but identifier characters, so no name can end the rule', () => {
    const css = spotlightCss({ ...none, procs: ['a"] {} *{x'] });
    const value = /\[data-proc-band="([^"]*)"\] > rect\.band \{/.exec(css)?.[1];
    expect(value).toBe('a\\22 \\5d \\20 \\7b \\7d \\20 \\2a \\7b x');
    expect(css.split('{').length).toBe(2);
  });

  it('is empty when nothing is spotlit', () => {
    expect(spotlightCss(none)).toBe('');
  });
});
