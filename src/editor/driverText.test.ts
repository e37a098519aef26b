import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/index.ts';
import { devicesOnBuiltins, driverBlocks, hookChoice, spellOutDevice, withHook } from './driverText.ts';

const TEXT = `kernel linux
driver mine card   # a card driver
  eject=all  # zaps

  insert=none
device slot card driver=mine
device tty vt unmap=no  # the terminals
process p
p: open /dev/slot -> fd
`;

describe('driver blocks in the text', () => {
  it('finds each block, its written hooks and their places, across blank and comment lines', () => {
    const [b] = driverBlocks(TEXT);
    expect(b?.name).toBe('mine');
    expect(b?.type).toBe('card');
    expect(b?.line).toBe(2);
    expect([...b!.written.keys()]).toEqual(['eject', 'insert']);
    const eject = b!.written.get('eject')!;
    expect(TEXT.slice(eject.from, eject.to)).toBe('all');
    expect(hookChoice(b!, 'eject')).toBe('all');
    expect(hookChoice(b!, 'checks')).toBe('range,slot');
  });

  it('changes a written hook in place and adds an unwritten one after the block; the text stays valid', () => {
    const [b] = driverBlocks(TEXT);
    const changed = withHook(TEXT, b!, 'eject', 'none');
    expect(changed).toContain('  eject=none  # zaps\n');
    const added = withHook(changed, driverBlocks(changed)[0]!, 'state', 'device');
    expect(added).toContain('  insert=none\n  state=device\ndevice slot');
    const r = parseScenario(added);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.scenario.drivers[0]?.hooks).toEqual({ eject: 'none', insert: 'none', state: 'device' });
  });

  it('writes a device\u2019s built-in driver out as a block above its line, moving unmap= into it', () => {
    const devices = devicesOnBuiltins(TEXT);
    expect(devices.map((d) => d.name)).toEqual(['tty']);
    const out = spellOutDevice(TEXT, devices[0]!);
    expect(out).toContain('driver tty_driver vt\n');
    expect(out).toContain('device tty vt driver=tty_driver  # the terminals\n');
    expect(out).toMatch(/^ {2}unmap=no\b/m);
    const r = parseScenario(out);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.devices[1]?.driver).toBe('tty_driver');
      expect(r.scenario.drivers[1]?.hooks.unmap).toBe('no');
    }
  });
});

describe('driver blocks in a long text', () => {
  it('reads only the lines before the first step, where blocks and devices stand', () => {
    // A device line after the steps is not one the parser takes: the panel does not offer it either.
    const steps = 'p: read m\n'.repeat(200_000);
    const text = `driver d card eject=none\ndevice s card driver=d\ndevice t vt\nprocess p\n${steps}device late vt\n`;
    expect(driverBlocks(text).map((b) => b.name)).toEqual(['d']);
    expect(devicesOnBuiltins(text).map((d) => d.name)).toEqual(['t']);
  });
});
