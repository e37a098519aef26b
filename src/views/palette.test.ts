import { describe, expect, it } from 'vitest';

import type { FrameOwner } from '../sim/events.ts';
import { builtinStep } from './fixture.ts';
import { deviceMemoryLook, ownerLook, RAM_LEGEND } from './palette.ts';
import { pteBits } from './words.ts';

describe('colours and labels', () => {
  const owners: FrameOwner[] = [
    { kind: 'pagetable', pid: 0, level: 2 },
    { kind: 'backing', device: 'ttyv', screen: 1, page: 0 },
    { kind: 'kbuf', device: 'buf', page: 3 },
    { kind: 'region', device: 'sram', region: 'a', page: 0 },
    { kind: 'clone', device: 'ptm', instance: 2, page: 0 },
  ];

  it('gives every used frame a label in the cell and words for its owner, never colour alone', () => {
    for (const o of owners) {
      const look = ownerLook(o);
      expect(look.short.length).toBeGreaterThan(0);
      expect(look.words).toContain('device' in o ? o.device : 'page table');
    }
    expect(ownerLook(owners[1]!).short).toBe('B1');
    expect(ownerLook(owners[4]!).short).toBe('C2');
  });

  it('tells owners sharing a colour apart by pattern or label', () => {
    const region = ownerLook(owners[3]!);
    const clone = ownerLook(owners[4]!);
    expect(region.key === clone.key ? region.pattern !== clone.pattern : true).toBe(true);
  });

  it('draws all device memory in one hue, told apart by label and pattern', () => {
    const looks = (['framebuffer', 'window', 'registers'] as const).map(deviceMemoryLook);
    expect(new Set(looks.map((l) => l.key))).toEqual(new Set(['devmem']));
    expect(new Set(looks.map((l) => l.short)).size).toBe(3);
    expect(new Set(looks.map((l) => l.pattern)).size).toBe(3);
  });

  it('has a legend entry for every owner a real machine uses', () => {
    const { after } = builtinStep('vt-switch-linux', 5);
    const keys = new Set(RAM_LEGEND.map((l) => l.key));
    for (const f of after.frames) expect(keys.has(ownerLook(f).key)).toBe(true);
  });

  it('says a leaf entry’s bits as P, W and S with dashes for clear bits', () => {
    expect(pteBits({ write: false, special: true })).toBe('P-S');
    expect(pteBits({ write: true, special: false })).toBe('PW-');
  });
});
