/**
 * The scenario slice: which scenario is wanted, what the last good run of it is (a few numbers and the
 * scrubber's marks), and what went wrong with the latest load. The bridge reads `wanted` and reports back
 * through the verbs below; a failed or invalid load never throws the last good run away.
 */

import type { LinkProblem } from '../../share/link.ts';
import type { KernelName } from '../../sim/spec.ts';
import type { SaveResult } from '../../share/drafts.ts';
import type { Loaded, ParseError, ScenarioSource } from '../../worker/protocol.ts';
import { FRESH_LESSON } from './lessonSlice.ts';
import { stepLimit } from '../predictGate.ts';
import { END, type AppState, type SliceCreator } from '../types.ts';

export type Status = 'idle' | 'loading' | 'ready' | 'error';

export type Alert =
  | { kind: 'not-found'; id: string }
  | { kind: 'invalid'; errors: ParseError[] }
  | { kind: 'failed'; message: string }
  /** The run passed the work bound at `at`; the `steps` steps that ran are kept. */
  | { kind: 'stopped'; at: ParseError; steps: number }
  /** The worker died: a Retry runs the wanted scenario again. */
  | { kind: 'crashed'; message: string }
  | { kind: 'cancelled' }
  /** A scenario file that was not opened (too big, unreadable): nothing else changed. */
  | { kind: 'file-refused'; name: string; reason: string }
  /**
   * A link that could not be opened as sent. `inEditor`: what text could be read from it is in the editor,
   * and `errors` are the parser's for that text.
   */
  | { kind: 'link'; problem: LinkProblem; errors: ParseError[]; inEditor: boolean };

/** Where a text opened from outside the editor came from: a link (broken or not), a saved draft, a file. */
export type TextOrigin =
  | { kind: 'link'; problem: LinkProblem | null }
  /** `reopened`: opened by itself on an address naming no scenario, not chosen (another tab may own it). */
  | { kind: 'draft'; id: string; reopened?: boolean }
  /** A `.scn` file opened from disk: a new draft of the user's own. */
  | { kind: 'file'; name: string };

/** Where an opening lands: the step, the events of it shown (null: all), the kernel override. */
export interface Landing {
  step?: number;
  event?: number | null;
  kernel?: KernelName | null;
}

/** A load the bridge should send: `delay` ms after it was asked for (edits are debounced). */
export interface WantedLoad {
  seq: number;
  source: ScenarioSource;
  kernel: KernelName | null;
  delay: number;
  /** The step to show once it runs (an opened file starts at 0); absent: the step stays. */
  step?: number;
  /** Set for an opened text (openText), not for the editor's edits. */
  origin?: TextOrigin;
}

/** How long the editor's text rests before it runs. */
export const EDIT_DEBOUNCE_MS = 250;
export const DEFAULT_EXAMPLE = 'first-touch';

export interface ScenarioSlice {
  wanted: WantedLoad | null;
  /** The built-in the text came from (null for none); the picker and the address show it. */
  builtinId: string | null;
  /** The editor's text; differs from the built-in's once edited. */
  text: string;
  edited: boolean;
  kernelOverride: KernelName | null;
  /** The last good run: */
  runSeq: number;
  title: string | null;
  kernel: KernelName | null;
  scenarioKernel: KernelName | null;
  stepCount: number;
  marks: Uint8Array;
  lines: Uint32Array;
  expectations: number;
  failed: number;
  epilogue: string | null;
  /** The latest load: */
  status: Status;
  errors: ParseError[];
  alert: Alert | null;
  progress: { done: number; total: number } | null;
  /** Bumped by every opening (built-in or text), not by edits: drafts tell editing sessions apart by it. */
  opened: number;
  /** Why the last draft write kept nothing (draftSync.ts), so the page can say so; null once one is kept. */
  draftUnsaved: 'too-large' | 'full' | null;

  openBuiltin(id: string, step?: number, at?: Omit<Landing, 'step'>): void;
  /** Opens a text from outside the editor (a link, a draft) and runs it. */
  openText(text: string, origin: TextOrigin, at?: Landing): void;
  /** A link that gave no text at all: says so, and leaves what is on screen as it is. */
  showBrokenLink(problem: LinkProblem): void;
  editText(text: string): void;
  /**
   * Opens a scenario file's text: the user's draft, run at once from step 0 (or `at.step`), as an edit
   * would run, under the kernel in use (or `at.kernel`, null for the text's own).
   */
  openFileText(text: string, name?: string, at?: Pick<Landing, 'step' | 'kernel'>): void;
  fileRefused(name: string, reason: string): void;
  /** How the last draft write went. */
  draftSaved(result: SaveResult): void;
  setKernelOverride(kernel: KernelName | null): void;
  retry(): void;
  /** Runs the wanted scenario again as it is (predict mode seals or unseals the run). */
  reload(): void;
  /** Stops the run in flight; the engine bridge provides it (connectEngine), as nothing runs without it. */
  cancelLoad(): void;
  loadStarted(seq: number): void;
  loaded(result: Loaded): void;
  loadInvalid(errors: ParseError[]): void;
  loadNotFound(id: string): void;
  loadFailed(message: string, crashed: boolean): void;
  loadCancelled(): void;
  loadProgress(done: number, total: number): void;
}

/** Where a new run opens: the step asked for, or the last one it may show (then after all its events). */
function landing(step: number, eventIndex: number, limit: number): { step: number; eventIndex: number } {
  return step > limit ? { step: limit, eventIndex: END } : { step, eventIndex };
}

type Set = Parameters<SliceCreator<ScenarioSlice>>[0];
type Get = Parameters<SliceCreator<ScenarioSlice>>[1];

const want = (get: Get, source: ScenarioSource, kernel: KernelName | null, delay: number): WantedLoad => ({
  seq: (get().wanted?.seq ?? 0) + 1,
  source,
  kernel,
  delay,
});
// Without a good run, a failure leaves nothing to show.
const failedStatus = (get: Get): Status => (get().runSeq > 0 ? 'ready' : 'error');
const land = (get: Get, at: Landing) => ({
  kernelOverride: at.kernel ?? null,
  errors: [],
  alert: null,
  step: Math.max(0, Math.trunc(at.step ?? 0)),
  eventIndex: at.event ?? END,
  playing: false,
  animating: false,
  opened: get().opened + 1,
});
// A link's problem outlives its load: a cut link whose beginning happens to parse still says it was cut.
const linkOf = (w: WantedLoad | null) => (w?.origin?.kind === 'link' ? w.origin : null);
const alertAfterRun = (w: WantedLoad | null): Alert | null => {
  const problem = linkOf(w)?.problem;
  return problem ? { kind: 'link', problem, errors: [], inEditor: true } : null;
};

/** What opens a scenario: a built-in, a text from outside, a file, the editor's edits. */
function openingsBy(set: Set, get: Get) {
  return {
    openBuiltin: (id: string, step = 0, at: Omit<Landing, 'step'> = {}) =>
      set({
        wanted: want(get, { kind: 'builtin', id }, at.kernel ?? null, 0),
        builtinId: id,
        edited: false,
        ...land(get, { ...at, step }),
      }),
    openText: (text: string, origin: TextOrigin, at: Landing = {}) =>
      set({
        wanted: { ...want(get, { kind: 'text', text }, at.kernel ?? null, 0), origin },
        builtinId: null,
        edited: false,
        text,
        ...land(get, at),
      }),
    showBrokenLink: (problem: LinkProblem) =>
      set({ alert: { kind: 'link', problem, errors: [], inEditor: false }, status: failedStatus(get) }),
    editText: (text: string) => {
      if (text === get().text) return;
      const alert = get().alert;
      set({
        // Typing is acting on the broken link's alert: it has been read.
        ...(alert?.kind === 'link' && !alert.inEditor ? { alert: null } : {}),
        text,
        edited: true,
        wanted: want(get, { kind: 'text', text }, get().kernelOverride, EDIT_DEBOUNCE_MS),
      });
    },
    // Unlike a link, a file keeps the old run on screen until its own is there (then step 0).
    openFileText: (text: string, name = 'file', at: Landing = {}) => {
      const kernel = at.kernel === undefined ? get().kernelOverride : at.kernel;
      set({
        text,
        edited: true,
        builtinId: null,
        errors: [],
        alert: null,
        kernelOverride: kernel,
        wanted: {
          ...want(get, { kind: 'text', text }, kernel, 0),
          step: Math.max(0, Math.trunc(at.step ?? 0)),
          origin: { kind: 'file', name },
        },
        opened: get().opened + 1,
        eventIndex: END,
        playing: false,
        animating: false,
      });
    },
    fileRefused: (name: string, reason: string) => set({ alert: { kind: 'file-refused', name, reason } }),
  };
}

/** The same scenario run again: under another kernel, after a failure, sealed or unsealed. */
function rerunsBy(set: Set, get: Get) {
  return {
    draftSaved: (result: SaveResult) => {
      // Every debounced write reports: only a change of what the page says is a change of state.
      const draftUnsaved = result === 'too-large' || result === 'full' ? result : null;
      if (draftUnsaved !== get().draftUnsaved) set({ draftUnsaved });
    },
    setKernelOverride: (kernel: KernelName | null) => {
      const { wanted } = get();
      if (!wanted) return;
      set({ kernelOverride: kernel, wanted: want(get, wanted.source, kernel, 0) });
    },
    retry: () => {
      const { wanted } = get();
      if (wanted) set({ alert: null, wanted: want(get, wanted.source, wanted.kernel, 0) });
    },
    reload: () => {
      const { wanted } = get();
      if (wanted) set({ wanted: want(get, wanted.source, wanted.kernel, 0) });
    },
    cancelLoad: () => {},
  };
}

/** The bridge's reports of the latest load. */
function reportsBy(set: Set, get: Get) {
  return {
    loadStarted: (seq: number) => {
      if (seq === get().wanted?.seq) set({ status: 'loading', progress: null });
    },
    loaded: (r: Loaded) => set((s) => afterRun(s, r)),
    loadInvalid: (errors: ParseError[]) => {
      const link = linkOf(get().wanted);
      const alert: Alert = link
        ? { kind: 'link', problem: link.problem ?? { kind: 'invalid' }, errors, inEditor: true }
        : { kind: 'invalid', errors };
      set({ status: failedStatus(get), errors, alert, progress: null });
    },
    loadNotFound: (id: string) =>
      set({ status: failedStatus(get), alert: { kind: 'not-found', id }, progress: null }),
    loadFailed: (message: string, crashed: boolean) =>
      set({
        status: failedStatus(get),
        alert: crashed ? { kind: 'crashed', message } : { kind: 'failed', message },
        progress: null,
      }),
    loadCancelled: () => set({ status: failedStatus(get), alert: { kind: 'cancelled' }, progress: null }),
    loadProgress: (done: number, total: number) => set({ progress: { done, total } }),
  };
}

/** The state once run `r` of the wanted scenario is there. */
function afterRun(s: AppState, r: Loaded): Partial<AppState> {
  return {
    runSeq: s.runSeq + 1,
    title: r.title,
    kernel: r.kernel,
    scenarioKernel: r.scenarioKernel,
    stepCount: r.stepCount,
    marks: r.marks,
    lines: r.lines,
    expectations: r.expectations,
    failed: r.failed,
    epilogue: r.epilogue,
    // A built-in's text arrives with its run; an edited text stays as typed.
    text: s.wanted?.source.kind === 'builtin' ? r.text : s.text,
    status: 'ready',
    errors: [],
    alert: r.stopped
      ? { kind: 'stopped', at: r.stopped, steps: r.stepCount }
      : // A broken link that opened nothing keeps its alert over an edit's run asked for before it.
        s.alert?.kind === 'link' && !s.alert.inEditor
        ? s.alert
        : alertAfterRun(s.wanted),
    progress: null,
    // A new run is a new lesson; in predict mode the step stops before the first question.
    ...FRESH_LESSON,
    ...landing(
      s.wanted?.step ?? s.step,
      (s.wanted?.step ?? s.step) !== s.step ? END : s.eventIndex,
      stepLimit({ ...s, ...FRESH_LESSON, marks: r.marks, stepCount: r.stepCount }),
    ),
  };
}

export const createScenarioSlice: SliceCreator<ScenarioSlice> = (set, get) => ({
  wanted: null,
  builtinId: null,
  text: '',
  edited: false,
  kernelOverride: null,
  runSeq: 0,
  title: null,
  kernel: null,
  scenarioKernel: null,
  stepCount: 0,
  marks: new Uint8Array(0),
  lines: new Uint32Array(0),
  expectations: 0,
  failed: 0,
  epilogue: null,
  status: 'idle',
  errors: [],
  draftUnsaved: null,
  alert: null,
  progress: null,
  opened: 0,
  ...openingsBy(set, get),
  ...rerunsBy(set, get),
  ...reportsBy(set, get),
});
