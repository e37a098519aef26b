/** A driver block's mistakes, each at its line and column. */

import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';

function errors(text: string): string[] {
  const r = parseScenario(text);
  return r.ok ? [] : r.errors.map((e) => `${e.line}:${e.col} ${e.message}`);
}

describe('driver block errors', () => {
  it('an unknown hook, or one of another type, names the hooks the type has', () => {
    expect(errors('driver d card\n  switch=both\ndevice s card driver=d\n')).toEqual([
      '2:3 unknown hook "switch" for a card driver (hooks: checks, maps, signal, unmap, state, usecount, eject, insert)',
    ]);
  });

  it('a bad choice lists the choices', () => {
    expect(errors('driver d vt eject=all\n')[0]).toMatch(/^1:13 unknown hook "eject"/);
    expect(errors('driver d vt switch=sometimes\n')).toEqual([
      '1:20 expected a choice for switch (both, old, new, all, none), found "sometimes"',
    ]);
    expect(errors('driver d vt checks=slot\n')).toEqual([
      '1:20 expected what the mmap hook checks (range, none), found "slot"',
    ]);
  });

  it('a hook line needs a driver block above it, and a hook is given once', () => {
    expect(errors('title "t"\n  eject=all\n')[0]).toMatch(/^2:3 a HOOK=CHOICE line continues a driver block/);
    expect(errors('driver d card eject=all\n  eject=none\n')).toEqual([
      '2:3 the eject hook is given twice in driver d',
    ]);
  });

  it('a device names an existing block of its own type, and sets no hook itself', () => {
    expect(errors('device s card driver=nope\n')).toEqual([
      '1:15 no driver block is named nope: write one with "driver NAME TYPE"',
    ]);
    expect(errors('driver d vt\ndevice s card driver=d\n')).toEqual([
      '2:15 driver d drives a vt device (line 1), and s is a card',
    ]);
    expect(errors('driver d card\ndevice s card driver=d unmap=no\n')).toEqual([
      "2:24 unmap= and driver= both set s's unmap hook: write unmap=... in driver d",
    ]);
    expect(errors('driver d card\ndriver d vt\n')).toEqual([
      '2:8 a second driver named d (the first is on line 1)',
    ]);
  });

  it('driver blocks come before the first step; "driver" stays a usable name', () => {
    expect(errors('process p\np: exit\ndriver d card\n')).toEqual([
      '3:1 driver blocks come before the first step',
    ]);
    expect(errors('process driver\ndriver: exit\n')).toEqual([]);
  });
});
