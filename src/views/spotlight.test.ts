import { describe, expect, it } from 'vitest';

import type { TraceEvent } from '../sim/events.ts';
import { spotlightCss, spotlightOf, spotlightSummary, spotlightWords } from './spotlight.ts';

const PAGE = 4096;

const events: TraceEvent[] = [
  { t: 'access', proc: 'shell', access: 'write', vaddr: 0x1000_0010 },
  {
    t: 'pte-install',
    proc: 'shell',
    vpn: 0x1_0000,
    pfn: 524288,
    rights: { read: true, write: true },
    special: true,
  },
  { t: 'land', proc: 'shell', paddr: 524288 * PAGE + 16, lands: { kind: 'device', device: 'ttyv', page: 0 } },
  { t: 'pte-zap', proc: 'editor', vpn: 0x1_0000, pfn: 7 },
];

describe('spotlightOf', () => {
  it('names the actor, the pages, frames and devices the events touch, each once', () => {
    const s = spotlightOf('shell', events, PAGE);
    expect(s.procs).toEqual(['shell', 'editor']);
    expect(s.pages).toEqual([
      { proc: 'shell', vpn: 0x1_0000 },
      { proc: 'editor', vpn: 0x1_0000 },
    ]);
    expect(s.frames).toEqual([524288, 7]);
    expect(s.devices).toEqual(['ttyv']);
    expect(spotlightSummary(s)).toBe('shell (1 page), editor (1 page), device ttyv, 2 physical pages');
    expect(spotlightWords(s)).toContain('device:ttyv');
  });

  it('spotlights the device of a device step', () => {
    const s = spotlightOf(
      null,
      [{ t: 'device', device: 'slot', change: 'eject', screen: null, card: 'A' }],
      PAGE,
    );
    expect(s).toEqual({ procs: [], pages: [], frames: [], devices: ['slot'] });
  });
});

describe('spotlightCss', () => {
  it('outlines the parts by their data attributes', () => {
    const css = spotlightCss(spotlightOf('shell', events.slice(0, 3), PAGE));
    expect(css).toContain('.machine [data-proc-band="shell"] > rect.band');
    expect(css).toContain('[data-page="65536"] > rect');
    expect(css).toContain('.machine [data-frame="524288"] > rect:first-of-type');
    expect(css).toContain('.machine [data-device="ttyv"] > rect.device-box');
    expect(css).toMatch(/stroke: var\(--spotlight\)/);
  });

  it('escapes anything but identifier characters, so no name can end the rule', () => {
    const css = spotlightCss({ procs: ['a"] {} *{x'], pages: [], frames: [], devices: [] });
    const value = /\[data-proc-band="([^"]*)"\] > rect\.band \{/.exec(css)?.[1];
    expect(value).toBe('a\\22 \\5d \\20 \\7b \\7d \\20 \\2a \\7b x');
    expect(css.split('{').length).toBe(2);
  });

  it('is empty when nothing is spotlit', () => {
    expect(spotlightCss({ procs: [], pages: [], frames: [], devices: [] })).toBe('');
  });
});
