/**
 * The semantic rules of "What makes a file invalid": names that do not exist at the point they are
 * used, constants out of range, devices that do not fit the machine, and the limits. Runs on the
 * parser's Scenario after the whole file is read, since `p` means the page size of a `machine` line
 * that may stand below the devices that use it.
 */

import type { Scenario, Step } from '../../sim/spec.ts';
import { checkDevices } from './check-devices.ts';
import { checkDrivers } from './check-drivers.ts';
import { checkMachine } from './check-machine.ts';
import type { CheckContext } from './check-numbers.ts';
import { checkSteps } from './check-steps.ts';
import type { Diagnostics } from '../diagnostic.ts';
import type { SourceSpots } from '../spots.ts';

/** Reports every semantic error of `s` into `diags`; `broken` steps only declare what they can. */
export function checkScenario(
  s: Scenario,
  spots: SourceSpots,
  broken: ReadonlySet<Step>,
  diags: Diagnostics,
): void {
  const pageSize = checkMachine(s.machine, spots, diags);
  const ctx: CheckContext = { pageSize, spots, diags };
  const devices = checkDevices(s.devices, s.machine.ram, ctx);
  checkDrivers(s.drivers, s.devices, ctx);
  checkSteps(s, devices, broken, ctx);
}
