/** Judging a step's `expect` lines against what the engine says the step did. */

import type { StepOutcome } from '../sim/outcome.ts';
import { valueText, type ExpectCheck, type Step } from '../sim/spec.ts';

/** Does the outcome satisfy one check? */
export function holds(check: ExpectCheck, o: StepOutcome, pageSize: number): boolean {
  switch (check.kind) {
    case 'ok':
      return o.result === 'ok' && o.signal === null;
    case 'errno':
      return o.result === check.errno;
    case 'signal':
      return o.signal === check.signal;
    case 'fault':
      return o.fault;
    case 'nofault':
      return !o.fault;
    case 'device':
      return (
        o.lands?.kind === 'device' &&
        o.lands.device === check.device &&
        (check.page === null || o.lands.page === check.page.value)
      );
    case 'ram':
      return o.lands?.kind === 'ram';
    case 'value':
      return o.value === valueText(check.value, pageSize);
    case 'violation':
      return check.rule === null ? o.violations.length > 0 : o.violations.includes(check.rule);
    case 'clean':
      return o.violations.length === 0;
    case 'users':
      return o.users[check.device] === check.count.value;
  }
}

/** The `text` of each expectation of `step` that did not hold, in the order written. */
export function failedExpectations(step: Step, outcome: StepOutcome, pageSize: number): string[] {
  return step.expects.filter((e) => !holds(e.check, outcome, pageSize)).map((e) => e.text);
}
