/**
 * Driver blocks and the device lines that use them: a driver name given twice, a `driver=` that names
 * no block or a block of another type, a line that sets a hook both ways (`unmap=`, `usecount=`).
 */

import type { DeviceSpec, DriverDecl } from '../../sim/spec.ts';
import type { CheckContext } from './check-numbers.ts';
import { MAX_DEVICES } from '../limits.ts';

export function checkDrivers(
  drivers: readonly DriverDecl[],
  devices: readonly DeviceSpec[],
  ctx: CheckContext,
): void {
  const byName = new Map<string, DriverDecl>();
  drivers.forEach((d, i) => {
    const at = ctx.spots.get(d, 'name', d.pos);
    if (i === MAX_DEVICES) ctx.diags.at(d.pos, `too many driver blocks: the limit is ${MAX_DEVICES}`);
    const first = byName.get(d.name);
    if (first) ctx.diags.at(at, `a second driver named ${d.name} (the first is on line ${first.pos.line})`);
    else byName.set(d.name, d);
  });
  for (const dev of devices) {
    if (dev.driver === undefined) continue;
    const at = ctx.spots.get(dev, 'key:driver', dev.pos);
    const block = byName.get(dev.driver);
    if (!block) {
      const known = [...byName.keys()];
      ctx.diags.at(
        at,
        `no driver block is named ${dev.driver}` +
          (known.length > 0
            ? ` (driver blocks: ${known.join(', ')})`
            : ': write one with "driver NAME TYPE"'),
      );
      continue;
    }
    if (block.type !== dev.type)
      ctx.diags.at(
        at,
        `driver ${block.name} drives a ${block.type} device (line ${block.pos.line}), and ${dev.name} is a ${dev.type}`,
      );
    for (const key of ['unmap', 'usecount'] as const) {
      if (!dev.keyOrder.includes(key)) continue;
      ctx.diags.at(
        ctx.spots.get(dev, `key:${key}`, dev.pos),
        `${key}= and driver= both set ${dev.name}'s ${key} hook: write ${key}=... in driver ${block.name}`,
      );
    }
  }
}
