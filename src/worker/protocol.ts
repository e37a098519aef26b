/**
 * The messages between the page and the engine worker. The page and the worker share only these types
 * (and the engine's data types): every request carries an id, and every reply names the request it answers.
 */

import type { StepRow } from '../scenario/run.ts';
import type { KernelName } from '../sim/spec.ts';

/** Which scenario to run: a built-in one by id, or scenario text. */
export type ScenarioSource = { kind: 'builtin'; id: string } | { kind: 'text'; text: string };

export interface RunRequest {
  id: number;
  type: 'run';
  source: ScenarioSource;
  /** Overrides the scenario's `kernel` line; null keeps it. */
  kernel: KernelName | null;
}

export type EngineRequest = RunRequest;

/** One step as the page shows it: the engine's outcome plus the step's text as written. */
export interface ShownStep extends StepRow {
  /** The operation with its arguments, as in the source line (`write scr+16 "hello"`). */
  text: string;
  /** How many `expect` lines the step has (the failed ones are in `expectFailed`). */
  expects: number;
}

export interface RunResult {
  title: string | null;
  kernel: KernelName;
  steps: ShownStep[];
  /** Steps with at least one failed expectation. */
  failed: number;
  expectations: number;
}

export interface ParseError {
  line: number;
  col: number;
  message: string;
}

export type EngineReply =
  | { id: number; type: 'ran'; result: RunResult }
  | { id: number; type: 'invalid'; errors: ParseError[] }
  | { id: number; type: 'not-found'; builtinId: string }
  | { id: number; type: 'failed'; message: string };
