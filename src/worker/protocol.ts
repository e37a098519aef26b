/**
 * The messages between the page and the engine worker. The page and the worker share only these types
 * (and the engine's data types): every request carries an id, and every reply names the request it answers.
 * A load answers with one final reply (loaded, invalid, not-found or failed), possibly after progress
 * replies; a frame answers with one frame or failed reply; a trace answers with one trace or failed reply.
 */

import type { Grade } from '../scenario/grade.ts';
import type { Quiz } from '../scenario/quiz.ts';
import type { TraceEvent } from '../sim/events.ts';
import type { Lands, StepOutcome } from '../sim/outcome.ts';
import type { MachinePicture } from '../sim/picture.ts';
import { ERRNOS, type KernelName } from '../sim/spec.ts';
import type { PictureDelta } from './pictureDelta.ts';

/** Which scenario to run: a built-in one by id, or scenario text. */
export type ScenarioSource = { kind: 'builtin'; id: string } | { kind: 'text'; text: string };

export interface LoadRequest {
  id: number;
  type: 'load';
  source: ScenarioSource;
  /** Overrides the scenario's `kernel` line; null keeps it. */
  kernel: KernelName | null;
  /**
   * Predict mode: the reply keeps the answers out of the page. The text comes without its `expect` lines
   * (blank lines in their place, so line numbers hold) and the marks say only which steps ask (MARK.asks).
   */
  sealed?: boolean;
  /**
   * The step the page means to show: a good run's reply brings that step's frame along, so the first
   * drawing does not wait for the page to read the reply and ask again.
   */
  frameAt?: number;
}

/** The pictures and events of step `step` (steps done after it; 0 is the machine at boot). */
export interface FrameRequest {
  id: number;
  type: 'frame';
  step: number;
  /**
   * Max-speed playback: the page shows only the machine after the step (it animates no events), so the
   * worker skips the picture before it and sends `after` in its place (see Frame.afterOnly).
   */
  afterOnly?: boolean;
}

/** The last good run's trace as JSON lines, exactly as the runner's `--json` prints it. */
export interface TraceRequest {
  id: number;
  type: 'trace';
}

/** The narrated steps of the run (a walkthrough's table of contents). */
export interface StoryRequest {
  id: number;
  type: 'story';
}

/** Predict mode: the questions asked before step `step`, with no answer marked. */
export interface QuizRequest {
  id: number;
  type: 'quiz';
  step: number;
}

/** Predict mode: the verdict on the answers (one choice index per question, -1 for none) to step `step`. */
export interface GradeRequest {
  id: number;
  type: 'grade';
  step: number;
  answers: number[];
}

/** Requests answered by one reply each, in any order with frames (the client matches them by id). */
export type AskRequest = StoryRequest | QuizRequest | GradeRequest;

/** A narrated step: `step` is its 1-based number, `text` its narration. */
export interface Chapter {
  step: number;
  text: string;
}

export interface Story {
  chapters: Chapter[];
  epilogue: string | null;
}

/**
 * Every step's outcome of a scenario under a kernel, as an OutcomeTable: run from the start, whatever the
 * worker has loaded (the side-by-side view asks for both kernels' tables from its own worker).
 */
export interface OutcomesRequest {
  id: number;
  type: 'outcomes';
  source: ScenarioSource;
  /** Overrides the scenario's `kernel` line; null keeps it. */
  kernel: KernelName | null;
}

export type EngineRequest = LoadRequest | FrameRequest | TraceRequest | AskRequest | OutcomesRequest;

/** The `result` of a step by its code in OutcomeTable.result. */
export const RESULT_CODES = ['ok', 'signal', ...ERRNOS] as const;

/** Where an access landed, and what that memory was at the time (`screen 0's backing store`). */
export interface Place {
  lands: Lands;
  what: string;
}

/**
 * The outcomes of every step, by columns: one typed array entry per step and a table of the few distinct
 * places and read values, so a 100,000-step run costs the page a few hundred kilobytes and no long task.
 * Entry i describes step i + 1.
 */
export interface OutcomeTable {
  kernel: KernelName;
  /** Index into RESULT_CODES. */
  result: Uint8Array;
  /** 0: none; else 1 + the index in SIGNALS. */
  signal: Uint8Array;
  /** 1 when the access trapped into the fault path. */
  fault: Uint8Array;
  /** 0: the step landed nowhere; else 1 + the index in `places`. */
  place: Uint32Array;
  /** 0: no value read; else 1 + the index in `values`. */
  value: Uint32Array;
  /** Bit i: RULES[i] is broken after the step (a test keeps RULES within the byte). */
  violations: Uint8Array;
  /** 1 + the index in `subjects`: who did what, for the words (`shell's read`, `the switch`). */
  subject: Uint32Array;
  places: Place[];
  values: string[];
  subjects: string[];
}

/** Bits of `Loaded.marks`, one byte per step: what the scrubber marks. */
export const MARK = {
  fault: 1,
  signal: 2,
  /** A violation is live after the step. */
  violation: 4,
  /** One of the step's expectations failed. */
  failed: 8,
  /** The step has `expect` lines: predict mode asks about it. */
  asks: 16,
} as const;

/**
 * A run, as the page keeps it: a few numbers and typed arrays, whatever the scenario's length, so a
 * 100,000-step reply costs the page no long task. Step details come one at a time in frames.
 */
export interface Loaded {
  title: string | null;
  kernel: KernelName;
  /** The kernel line of the scenario itself (null: none, linux by default). */
  scenarioKernel: KernelName | null;
  /** The text that ran (a built-in's text, or the text sent). */
  text: string;
  stepCount: number;
  /** `expect` lines in the scenario. */
  expectations: number;
  /** Steps with at least one failed expectation. */
  failed: number;
  /** marks[i] describes step i + 1 (bits of MARK). */
  marks: Uint8Array;
  /** lines[i] is the 1-based source line of step i + 1. */
  lines: Uint32Array;
  /** Narration after the last step. */
  epilogue: string | null;
  /**
   * Where the run passed the work bound and stopped (`stepCount` steps ran, that one the last), with the
   * runner's message; null for a run that went to its end.
   */
  stopped: ParseError | null;
}

export interface ParseError {
  line: number;
  col: number;
  message: string;
}

/** One step as the event log shows it: the outcome, the text as written, and its expectations. */
export interface StepDetail extends StepOutcome {
  /** The operation with its arguments, as in the source line (`write scr+16 "hello"`). */
  text: string;
  narration: string | null;
  /** The narration the step is told under: its own, else the latest before it (the presenter keeps it up). */
  story: string | null;
  /** How many `expect` lines the step has. */
  expects: number;
  /** The text of each expect line that did not hold. */
  expectFailed: string[];
}

export interface Frame {
  step: number;
  /** The machine after step - 1 (for step 0: at boot). */
  before: MachinePicture;
  /** The events of step `step` ([] for step 0). */
  events: TraceEvent[];
  /** The machine after step `step`. */
  after: MachinePicture;
  /** null for step 0. */
  row: StepDetail | null;
  /**
   * Asked for with afterOnly: `before` is the same object as `after`, so the reply carries one picture
   * (structured clone copies a shared object once) and the page unpacks half as much per frame.
   */
  afterOnly?: boolean;
  /**
   * A frame that came from the worker: how many values its pictures' changes carried (pictureDelta.ts,
   * deltaSize), about what the page had to unpack, keep and draw for it. Max-speed playback sizes its
   * strides by it.
   */
  changes?: number;
}

/**
 * A frame as the worker posts it: its pictures as the changes from the picture posted before them
 * (pictureDelta.ts), which the page applies to its copy of that picture (frameWire.ts).
 */
export interface WireFrame extends Omit<Frame, 'before' | 'after'> {
  /** From the last picture posted; absent for an after-only frame (`before` is `after`). */
  before?: PictureDelta;
  /** From `before` (after-only: from the last picture posted). */
  after: PictureDelta;
}

/** The replies, with frames of type F: Frame as the session makes them, WireFrame as they are posted. */
export type ReplyOf<F> =
  /** `shown`: the frame of the request's `frameAt`, when it asked for one. */
  | { id: number; type: 'loaded'; result: Loaded; shown?: { frame: F; ms: number } }
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'invalid'; errors: ParseError[] }
  | { id: number; type: 'not-found'; builtinId: string }
  | { id: number; type: 'failed'; message: string }
  /** `ms`: the worker's time to compute the frame (max-speed playback sizes its strides by it). */
  | { id: number; type: 'frame'; frame: F; ms: number }
  /** `kernel`: the kernel the traced run used (part of a sensible file name). */
  | { id: number; type: 'trace'; jsonl: string; kernel: KernelName }
  | { id: number; type: 'story'; story: Story }
  | { id: number; type: 'quiz'; quiz: Quiz }
  | { id: number; type: 'graded'; grade: Grade }
  | { id: number; type: 'outcomes'; table: OutcomeTable };

export type EngineReply = ReplyOf<Frame>;

/** A reply as posted to the page: frames as WireFrames, every other reply as it is. */
export type WireReply = ReplyOf<WireFrame>;

/** The replies that answer an outcomes request. */
export type OutcomesReply = Extract<EngineReply, { type: 'outcomes' | 'invalid' | 'not-found' | 'failed' }>;

/** The replies that end a load. */
export type LoadReply = Extract<EngineReply, { type: 'loaded' | 'invalid' | 'not-found' | 'failed' }>;
