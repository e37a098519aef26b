/**
 * Time travel: the state after any number of steps, fast. Keeps a snapshot every `every` steps and
 * replays from the nearest one; determinism makes the replay equal to the straight run.
 */

import { boot } from './boot.ts';
import { runStep, type StepResult } from './engine.ts';
import type { StepOutcome } from './outcome.ts';
import { cloneState } from './snapshot.ts';
import type { KernelName, Scenario } from './spec.ts';
import type { SimState } from './state.ts';
import { overWorkLimit, WORK_LIMIT } from './work.ts';

export class Timeline {
  readonly scenario: Scenario;
  readonly kernel: KernelName | undefined;
  readonly every: number;
  /** snapshots[k] is the state after k * every steps. */
  private readonly snapshots: SimState[] = [];
  /** The outcome of every step run so far (cheap: no events). */
  readonly outcomes: StepOutcome[] = [];
  private head: SimState;
  /** The number of steps run when the run passed the work bound (work.ts), else null. */
  private stopped: number | null = null;

  constructor(
    scenario: Scenario,
    kernel?: KernelName,
    every = 128,
    /** The work bound (work.ts); tests pass a small one. */
    private readonly workLimit = WORK_LIMIT,
  ) {
    this.scenario = scenario;
    this.kernel = kernel;
    this.every = every;
    this.head = boot(scenario, kernel);
    this.snapshots.push(cloneState(this.head));
  }

  /** Number of steps in the run: the scenario's, or those up to the step that passed the work bound. */
  get length(): number {
    return this.stopped ?? this.scenario.steps.length;
  }

  /** The step (0-based) that passed the work bound, or null (so far). */
  get stoppedAt(): number | null {
    return this.stopped === null ? null : this.stopped - 1;
  }

  /** Steps run so far by the straight run. */
  get done(): number {
    return this.head.step;
  }

  /** Runs the next `n` steps of the straight run, keeping snapshots; returns their results. */
  advance(n: number, keepEvents = true): StepResult[] {
    const out: StepResult[] = [];
    while (n-- > 0 && this.head.step < this.length) {
      const r = runStep(this.head);
      this.outcomes.push(r.outcome);
      if (keepEvents) out.push(r);
      if (this.head.step % this.every === 0) this.snapshots.push(cloneState(this.head));
      if (overWorkLimit(this.head, this.workLimit)) this.stopped = this.head.step;
    }
    return out;
  }

  /** The state after `n` steps (a private copy), and the events of step n (the last one run). */
  seek(n: number): { state: SimState; last: StepResult | null } {
    const target = Math.max(0, Math.min(n, this.length));
    if (target > this.done) this.advance(target - this.done, false);
    // Start one step early when possible, so the events of the step that lands on `target` exist.
    const k = Math.min(Math.floor(Math.max(0, target - 1) / this.every), this.snapshots.length - 1);
    const state = cloneState(this.snapshots[k]!);
    let last: StepResult | null = null;
    while (state.step < target) last = runStep(state);
    return { state, last };
  }
}
