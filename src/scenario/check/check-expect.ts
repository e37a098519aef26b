/** Which expectations may follow which step (scenario-language.md, "Expectations"). */

import type { ExpectCheck, Expectation, Step } from '../../sim/spec.ts';
import type { CheckContext } from './check-numbers.ts';
import type { DeviceTable } from './check-devices.ts';

/** The op a step performs: `read`, `mmap`, `switch`, ... */
export function stepOp(step: Step): string {
  return step.action.op;
}

/** Why `check` cannot follow `step`, or null when it can. */
export function misplaced(check: ExpectCheck, step: Step): string | null {
  const op = stepOp(step);
  const access = step.kind === 'proc' && (op === 'read' || op === 'write');
  switch (check.kind) {
    case 'signal':
    case 'fault':
    case 'nofault':
    case 'device':
    case 'ram': {
      const what = check.kind === 'signal' ? `expect ${check.signal}` : `expect ${check.kind}`;
      return access ? null : `${what} can follow only a read or write step, not ${op}`;
    }
    case 'value':
      return step.kind === 'proc' && op === 'read'
        ? null
        : `expect value can follow only a read step, not ${op}`;
    default:
      return null;
  }
}

/**
 * Checks the expectations of one step: each may follow it and names a device that exists. After a
 * `broken` step (a line that did not parse) only the device names can be judged.
 */
export function checkExpectations(
  step: Step,
  broken: boolean,
  devices: DeviceTable,
  ctx: CheckContext,
): void {
  for (const e of step.expects) checkOne(e, step, broken, devices, ctx);
}

function checkOne(
  e: Expectation,
  step: Step,
  broken: boolean,
  devices: DeviceTable,
  ctx: CheckContext,
): void {
  const why = broken ? null : misplaced(e.check, step);
  if (why) ctx.diags.at(e.pos, why);
  if ((e.check.kind === 'device' || e.check.kind === 'users') && !devices.byName.has(e.check.device)) {
    ctx.diags.at(ctx.spots.get(e.check, 'device', e.pos), `unknown device ${e.check.device}`);
  }
}
