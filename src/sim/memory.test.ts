import { describe, expect, it } from 'vitest';
import { newCow } from './cow.ts';
import { PhysMemory } from './memory.ts';
import type { MemPage } from './state.ts';

const page = (): MemPage => ({ cow: newCow(), own: newCow(), chunks: [] });

describe('PhysMemory', () => {
  it('keeps RAM frames and device pages apart and lists them in pfn order', () => {
    const mem = new PhysMemory(8);
    const a = page();
    const b = page();
    const fb = page();
    mem.set(0x80001, fb);
    mem.set(5, a);
    mem.set(1, b);
    expect(mem.pfns()).toEqual([1, 5, 0x80001]);
    expect(mem.get(5)).toBe(a);
    expect(mem.get(0x80001)).toBe(fb);
    expect(mem.get(2)).toBeUndefined();
    mem.delete(5);
    mem.delete(0x80001);
    expect(mem.pfns()).toEqual([1]);
  });

  it('a copy shares the pages but not the map of them', () => {
    const mem = new PhysMemory(4);
    const a = page();
    mem.set(0, a);
    mem.set(0x90000, a);
    const copy = mem.copy();
    copy.delete(0);
    copy.set(3, page());
    copy.delete(0x90000);
    expect(mem.pfns()).toEqual([0, 0x90000]);
    expect(copy.pfns()).toEqual([3]);
    expect(mem.copy().get(0)).toBe(a);
  });
});
