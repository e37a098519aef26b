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
  /**
   * States after some steps, in order: one every `every` steps, or further apart while the state is
   * large (see `due`). snapshots[k] is the state after snapshotSteps[k] steps.
   */
  private readonly snapshots: SimState[] = [];
  private readonly snapshotSteps: number[] = [];
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
    this.keep();
  }

  private keep(): void {
    this.snapshots.push(cloneState(this.head));
    this.snapshotSteps.push(this.head.step);
  }

  /**
   * Whether the head is due a snapshot. A snapshot copies each process's VMA list, so with many VMAs
   * they are taken further apart (one per 64 VMAs held, in steps): 150,000 one-page maps would
   * otherwise keep 1,200 copies of a list that grows to 150,000 (a gigabyte), and a seek replays at
   * most that many steps, each cheap next to the copy it spares.
   */
  private due(): boolean {
    const since = this.head.step - this.snapshotSteps[this.snapshotSteps.length - 1]!;
    if (since < this.every) return false;
    let vmas = 0;
    for (const p of this.head.procs) vmas += p.vmas.length;
    return since >= vmas >> 6;
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
      if (this.due()) this.keep();
      if (overWorkLimit(this.head, this.workLimit)) this.stopped = this.head.step;
    }
    return out;
  }

  /** The state after `n` steps (a private copy), and the events of step n (the last one run). */
  seek(n: number): { state: SimState; last: StepResult | null } {
    const target = Math.max(0, Math.min(n, this.length));
    if (target > this.done) this.advance(target - this.done, false);
    // Start one step early when possible, so the events of the step that lands on `target` exist.
    const from = Math.max(0, target - 1);
    let lo = 0;
    let hi = this.snapshotSteps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.snapshotSteps[mid]! <= from) lo = mid;
      else hi = mid - 1;
    }
    const state = cloneState(this.snapshots[lo]!);
    let last: StepResult | null = null;
    while (state.step < target) last = runStep(state);
    return { state, last };
  }
}
