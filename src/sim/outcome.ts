/** What one step did, in the runner's `--json` shape (scenario-language.md, "The runner"). */

import type { Errno, Rule, Signal } from './spec.ts';

/** Where an access landed: RAM (a frame) or a device's memory (its page). */
export type Lands = { kind: 'ram'; frame: number } | { kind: 'device'; device: string; page: number };

export interface StepOutcome {
  /** 1-based line of the step in the scenario text. */
  line: number;
  /** The process that ran the step; null for a device step. */
  actor: string | null;
  /** The operation word: `open`, `mmap`, `switch`, ... */
  op: string;
  /** 'ok', an errno name, or 'signal' when a signal ended the access. */
  result: 'ok' | Errno | 'signal';
  signal: Signal | null;
  /** Did the access trap into the page-fault path? false for a step that is not an access. */
  fault: boolean;
  lands: Lands | null;
  /** The text a read returned, else null. */
  value: string | null;
  /** Rules broken by live translations after the step: sorted, each once. */
  violations: readonly Rule[];
  /** Each device's module use count after the step, by name (what `expect users` reads). */
  users: Readonly<Record<string, number>>;
  /**
   * Why the step did not go through: the errno's reason, or the signal's (its `signal` event's `why`);
   * null for ok.
   */
  why: string | null;
}
