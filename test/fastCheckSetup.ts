/**
 * Every property test's bound in time (vitest's `setupFiles`). A property runs synchronously, so
 * vitest's own test timeout cannot stop it; and shrinking a failure of the expensive properties (a
 * whole run under six kernels per try) once went on for more than fifteen minutes of a CI run. Past the
 * limit the property stops and fails, with the smallest counterexample found so far.
 */

import fc from 'fast-check';

fc.configureGlobal({ interruptAfterTimeLimit: 120_000, markInterruptAsFailure: true });
