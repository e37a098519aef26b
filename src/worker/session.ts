/**
 * What the engine worker holds between requests: the last good run (a Timeline) and a cursor, the state
 * at the step last shown. Free of the worker API (engine.worker.ts owns `self`) so tests run it in Node.
 * A load that does not parse, or fails, leaves the last good run in place: the page keeps drawing it.
 */

import { parseScenario, failedExpectations } from '../scenario/index.ts';
import { findBuiltin } from '../scenario/library/index.ts';
import { stepTexts } from '../scenario/describe.ts';
import { jsonLines } from '../scenario/jsonLines.ts';
import { gradeQuiz } from '../scenario/grade.ts';
import { questionsFor } from '../scenario/quiz.ts';
import { runStep } from '../sim/engine.ts';
import { picture, type MachinePicture } from '../sim/picture.ts';
import type { KernelName, Scenario } from '../sim/spec.ts';
import type { SimState } from '../sim/state.ts';
import { Timeline } from '../sim/timeline.ts';
import { WORK_LIMIT, WORK_LIMIT_MESSAGE } from '../sim/work.ts';
import {
  MARK,
  type EngineReply,
  type Frame,
  type FrameRequest,
  type GradeRequest,
  type LoadReply,
  type LoadRequest,
  type OutcomesReply,
  type OutcomesRequest,
  type QuizRequest,
  type StoryRequest,
  type TraceRequest,
} from './protocol.ts';
import { outcomeTable } from './outcomeTable.ts';
import { marksWithAsks, withoutExpectations } from './sealing.ts';

/** Steps run between two progress replies. */
export const PROGRESS_EVERY = 5000;
/** A frame this many steps ahead of the cursor runs forward from it instead of seeking. */
const RUN_AHEAD = 64;

/** The text of a request's scenario, parsed; or the reply saying why there is none. */
function readSource(
  req: LoadRequest | OutcomesRequest,
):
  | { type: 'read'; text: string; scenario: Scenario }
  | Extract<EngineReply, { type: 'not-found' | 'invalid' }> {
  const { id, source } = req;
  let text: string;
  if (source.kind === 'builtin') {
    const builtin = findBuiltin(source.id);
    if (!builtin) return { id, type: 'not-found', builtinId: source.id };
    text = builtin.text;
  } else {
    text = source.text;
  }
  const parsed = parseScenario(text);
  if (!parsed.ok) return { id, type: 'invalid', errors: parsed.errors };
  return { type: 'read', text, scenario: parsed.scenario };
}

/** The narration step `i` (0-based) is told under: its own, else the nearest one before it. */
function storyOf(scenario: Scenario, i: number): string | null {
  for (let k = i; k >= 0; k--) {
    const told = scenario.steps[k]?.narration;
    if (told != null) return told;
  }
  return null;
}

interface Run {
  scenario: Scenario;
  kernel: KernelName;
  timeline: Timeline;
  texts: string[];
}

export class EngineSession {
  private run: Run | null = null;
  private cursor: { state: SimState; picture: MachinePicture } | null = null;
  private last: Frame | null = null;

  /** `now` measures frame times (milliseconds); the session never reads a clock itself. */
  constructor(
    private readonly now: () => number = () => 0,
    /** The run's work bound (work.ts); tests pass a small one. */
    private readonly workLimit = WORK_LIMIT,
  ) {}

  /** Parses and runs a scenario to its end; `progress` hears every PROGRESS_EVERY steps of a long one. */
  load(req: LoadRequest, progress: (done: number, total: number) => void = () => {}): LoadReply {
    const { id } = req;
    const read = readSource(req);
    if (read.type !== 'read') return read;
    const { text, scenario } = read;
    const kernel = req.kernel ?? scenario.kernel ?? 'linux';
    const timeline = new Timeline(scenario, kernel, undefined, this.workLimit);
    const steps = scenario.steps.length;
    // The timeline's length shrinks to the steps that ran if the run passes the work bound.
    while (timeline.done < timeline.length) {
      timeline.advance(Math.min(PROGRESS_EVERY, timeline.length - timeline.done), false);
      if (steps > PROGRESS_EVERY) progress(timeline.done, steps);
    }
    const total = timeline.length;
    const stoppedStep = timeline.stoppedAt === null ? null : scenario.steps[timeline.stoppedAt];
    const stopped = stoppedStep ? { ...stoppedStep.pos, message: WORK_LIMIT_MESSAGE } : null;
    const marks = new Uint8Array(total);
    const lines = new Uint32Array(total);
    let failed = 0;
    let expectations = 0;
    scenario.steps.slice(0, total).forEach((step, i) => {
      const o = timeline.outcomes[i]!;
      lines[i] = step.pos.line;
      expectations += step.expects.length;
      let m = (o.fault ? MARK.fault : 0) | (o.signal ? MARK.signal : 0);
      if (o.violations.length > 0) m |= MARK.violation;
      if (step.expects.length > 0 && failedExpectations(step, o, scenario.machine.pageSize).length > 0) {
        m |= MARK.failed;
        failed++;
      }
      marks[i] = m;
    });
    const actors = scenario.steps.map((s) => ({
      line: s.pos.line,
      actor: s.kind === 'proc' ? s.proc : null,
    }));
    this.run = { scenario, kernel, timeline, texts: stepTexts(text, actors) };
    this.cursor = null;
    this.last = null;
    const sealed = req.sealed === true;
    const shown = req.frameAt === undefined ? null : this.frame({ id, type: 'frame', step: req.frameAt });
    return {
      id,
      type: 'loaded',
      ...(shown?.type === 'frame' ? { shown: { frame: shown.frame, ms: shown.ms } } : {}),
      result: {
        title: scenario.title,
        kernel,
        scenarioKernel: scenario.kernel,
        text: sealed ? withoutExpectations(text, scenario) : text,
        stepCount: total,
        expectations,
        failed: sealed ? 0 : failed,
        marks: marksWithAsks(marks, scenario, sealed),
        lines,
        epilogue: scenario.epilogue,
        stopped,
      },
    };
  }

  /** Every step's outcome of a scenario under a kernel, run apart from the loaded run (which stays). */
  outcomes(req: OutcomesRequest): OutcomesReply {
    const read = readSource(req);
    if (read.type !== 'read') return read;
    const kernel = req.kernel ?? read.scenario.kernel ?? 'linux';
    return { id: req.id, type: 'outcomes', table: outcomeTable(read.scenario, kernel) };
  }

  /** The pictures before and after step `step` and its events; playing forward runs one step. */
  frame(req: FrameRequest): EngineReply {
    const run = this.run;
    if (!run) return { id: req.id, type: 'failed', message: 'no scenario is loaded' };
    const t0 = this.now();
    const n = Math.max(0, Math.min(Math.trunc(req.step), run.timeline.length));
    const afterOnly = req.afterOnly === true;
    const last = this.last;
    const frame = last?.step === n && (afterOnly || !last.afterOnly) ? last : this.compute(run, n, afterOnly);
    this.last = frame;
    return { id: req.id, type: 'frame', frame, ms: this.now() - t0 };
  }

  /**
   * The run's trace in the runner's `--json` format. The outcomes are the timeline's (a load ran every
   * step), with the same expectation check as runScenario, so the text equals `sim --json` for the
   * same scenario and kernel: the tests compare the two.
   */
  trace(req: TraceRequest): EngineReply {
    const run = this.run;
    if (!run) return { id: req.id, type: 'failed', message: 'no scenario is loaded' };
    const { scenario, timeline } = run;
    const pageSize = scenario.machine.pageSize;
    const rows = timeline.outcomes.map((outcome, i) => ({
      ...outcome,
      expectFailed: failedExpectations(scenario.steps[i]!, outcome, pageSize),
    }));
    return { id: req.id, type: 'trace', jsonl: jsonLines(rows), kernel: run.kernel };
  }

  /** The narrated steps, for a walkthrough's table of contents. */
  story(req: StoryRequest): EngineReply {
    const run = this.run;
    if (!run) return { id: req.id, type: 'failed', message: 'no scenario is loaded' };
    const chapters = run.scenario.steps.flatMap((s, i) =>
      s.narration === null ? [] : [{ step: i + 1, text: s.narration }],
    );
    return { id: req.id, type: 'story', story: { chapters, epilogue: run.scenario.epilogue } };
  }

  /** The questions before step `step`, choices only: the answers stay here until `grade`. */
  quiz(req: QuizRequest): EngineReply {
    const run = this.run;
    if (!run) return { id: req.id, type: 'failed', message: 'no scenario is loaded' };
    const i = Math.trunc(req.step) - 1;
    const step = run.scenario.steps[i];
    if (!step) return { id: req.id, type: 'failed', message: `there is no step ${req.step}` };
    const quiz = {
      step: i + 1,
      actor: step.kind === 'proc' ? step.proc : null,
      text: run.texts[i] ?? step.action.op,
      questions: questionsFor(run.scenario, i),
    };
    return { id: req.id, type: 'quiz', quiz };
  }

  /** The verdict on answers to step `step`'s questions, from the run's outcome of that step. */
  grade(req: GradeRequest): EngineReply {
    const run = this.run;
    if (!run) return { id: req.id, type: 'failed', message: 'no scenario is loaded' };
    const i = Math.trunc(req.step) - 1;
    const outcome = run.timeline.outcomes[i];
    if (!outcome) return { id: req.id, type: 'failed', message: `there is no step ${req.step}` };
    const grade = gradeQuiz(i + 1, questionsFor(run.scenario, i), req.answers, outcome);
    return { id: req.id, type: 'graded', grade };
  }

  private compute(run: Run, n: number, afterOnly = false): Frame {
    if (n === 0) {
      const state = run.timeline.seek(0).state;
      const boot = picture(state);
      this.cursor = { state, picture: boot };
      return { step: 0, before: boot, events: [], after: boot, row: null };
    }
    const c = this.cursor;
    let before: MachinePicture | null;
    let state: SimState;
    if (c && c.state.step === n - 1) {
      // The fast path of playing forward: the cursor is the state before this step.
      state = c.state;
      before = afterOnly ? null : c.picture;
    } else if (c && c.state.step < n - 1 && n - 1 - c.state.step <= RUN_AHEAD) {
      state = c.state;
      while (state.step < n - 1) runStep(state);
      before = afterOnly ? null : picture(state);
    } else {
      state = run.timeline.seek(n - 1).state;
      before = afterOnly ? null : picture(state);
    }
    const { outcome, events } = runStep(state);
    const after = picture(state);
    this.cursor = { state, picture: after };
    const step = run.scenario.steps[n - 1]!;
    const row = {
      ...outcome,
      violations: [...outcome.violations],
      text: run.texts[n - 1] ?? outcome.op,
      narration: step.narration,
      story: storyOf(run.scenario, n - 1),
      expects: step.expects.length,
      expectFailed: failedExpectations(step, outcome, run.scenario.machine.pageSize),
    };
    if (before === null) return { step: n, before: after, events, after, row, afterOnly: true };
    return { step: n, before, events, after, row };
  }
}
