/**
 * A scenario with its built-in drivers written out as `driver` blocks: each device line that uses a
 * built-in driver gets the block of BUILTIN_DRIVER_BLOCKS (its `unmap=` and `usecount=` moved into the
 * block). The scenario runs the same; the student can then change a hook.
 */

import type { DeviceSpec, DeviceType, DriverDecl, Scenario } from '../../sim/spec.ts';
import { parseFile } from '../parser.ts';
import { BUILTIN_DRIVER_BLOCKS } from './index.ts';

/** The built-in block of `type`, parsed (the texts are ours and valid; a test holds them so). */
export function builtinBlock(type: DeviceType): DriverDecl {
  const decl = parseFile(BUILTIN_DRIVER_BLOCKS[type]).scenario?.drivers[0];
  if (!decl) throw new Error(`the built-in ${type} driver block does not parse`);
  return decl;
}

export function spellOutDrivers(s: Scenario): Scenario {
  const drivers = [...s.drivers];
  const taken = new Set(drivers.map((d) => d.name));
  // Devices of one type with the same unmap= and usecount= share one block.
  const made = new Map<string, string>();
  const devices = s.devices.map((d): DeviceSpec => {
    if (d.driver !== undefined) return d;
    const unmap = d.noUnmap ? 'no' : 'yes';
    const usecount = d.usecount === 'open' ? 'open' : 'vma';
    const kind = `${d.type} ${unmap} ${usecount}`;
    let name = made.get(kind);
    if (name === undefined) {
      const block = builtinBlock(d.type);
      block.hooks.unmap = unmap;
      block.hooks.usecount = usecount;
      name = block.name;
      for (let i = 2; taken.has(name); i++) name = `${block.name}_${i}`;
      taken.add(name);
      made.set(kind, name);
      drivers.push({ ...block, name });
    }
    const keyOrder = [...d.keyOrder.filter((k) => k !== 'unmap' && k !== 'usecount'), 'driver'];
    const out: DeviceSpec = { ...d, noUnmap: false, keyOrder, driver: name };
    delete out.usecount;
    return out;
  });
  return { ...s, drivers, devices };
}
