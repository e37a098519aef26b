/**
 * The scenario slice: which scenario is wanted, what the last good run of it is (a few numbers and the
 * scrubber's marks), and what went wrong with the latest load. The bridge reads `wanted` and reports back
 * through the verbs below; a failed or invalid load never throws the last good run away.
 */

import type { KernelName } from '../sim/spec.ts';
import type { Loaded, ParseError, ScenarioSource } from '../worker/protocol.ts';
import { FRESH_LESSON } from './lessonSlice.ts';
import { stepLimit } from './predictGate.ts';
import { END, type SliceCreator } from './types.ts';

export type Status = 'idle' | 'loading' | 'ready' | 'error';

export type Alert =
  | { kind: 'not-found'; id: string }
  | { kind: 'invalid'; errors: ParseError[] }
  | { kind: 'failed'; message: string }
  /** The worker died: a Retry runs the wanted scenario again. */
  | { kind: 'crashed'; message: string }
  | { kind: 'cancelled' }
  /** A scenario file that was not opened (too big, unreadable): nothing else changed. */
  | { kind: 'file-refused'; name: string; reason: string };

/** A load the bridge should send: `delay` ms after it was asked for (edits are debounced). */
export interface WantedLoad {
  seq: number;
  source: ScenarioSource;
  kernel: KernelName | null;
  delay: number;
  /** The step to show once it runs (an opened file starts at 0); absent: the step stays. */
  step?: number;
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
  /** Bumped by cancelLoad: the bridge stops the run in flight. */
  cancelSeq: number;

  openBuiltin(id: string, step?: number): void;
  editText(text: string): void;
  /** Opens a scenario file's text: the user's draft, run at once from step 0, as an edit would run. */
  openFileText(text: string): void;
  fileRefused(name: string, reason: string): void;
  setKernelOverride(kernel: KernelName | null): void;
  retry(): void;
  /** Runs the wanted scenario again as it is (predict mode seals or unseals the run). */
  reload(): void;
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

export const createScenarioSlice: SliceCreator<ScenarioSlice> = (set, get) => {
  const want = (source: ScenarioSource, kernel: KernelName | null, delay: number): WantedLoad => ({
    seq: (get().wanted?.seq ?? 0) + 1,
    source,
    kernel,
    delay,
  });
  // Without a good run, a failure leaves nothing to show.
  const failedStatus = (): Status => (get().runSeq > 0 ? 'ready' : 'error');
  return {
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
    alert: null,
    progress: null,
    cancelSeq: 0,

    openBuiltin: (id, step = 0) =>
      set({
        wanted: want({ kind: 'builtin', id }, null, 0),
        builtinId: id,
        edited: false,
        kernelOverride: null,
        errors: [],
        alert: null,
        step: Math.max(0, Math.trunc(step)),
        eventIndex: END,
        playing: false,
        animating: false,
      }),
    editText: (text) => {
      if (text === get().text) return;
      set({
        text,
        edited: true,
        wanted: want({ kind: 'text', text }, get().kernelOverride, EDIT_DEBOUNCE_MS),
      });
    },
    openFileText: (text) =>
      set({
        text,
        edited: true,
        builtinId: null,
        errors: [],
        alert: null,
        wanted: { ...want({ kind: 'text', text }, get().kernelOverride, 0), step: 0 },
        eventIndex: END,
        playing: false,
        animating: false,
      }),
    fileRefused: (name, reason) => set({ alert: { kind: 'file-refused', name, reason } }),
    setKernelOverride: (kernel) => {
      const { wanted } = get();
      if (!wanted) return;
      set({ kernelOverride: kernel, wanted: want(wanted.source, kernel, 0) });
    },
    retry: () => {
      const { wanted } = get();
      if (wanted) set({ alert: null, wanted: want(wanted.source, wanted.kernel, 0) });
    },
    reload: () => {
      const { wanted } = get();
      if (wanted) set({ wanted: want(wanted.source, wanted.kernel, 0) });
    },
    cancelLoad: () => set((s) => ({ cancelSeq: s.cancelSeq + 1 })),
    loadStarted: (seq) => {
      if (seq === get().wanted?.seq) set({ status: 'loading', progress: null });
    },
    loaded: (r) =>
      set((s) => ({
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
        alert: null,
        progress: null,
        // A new run is a new lesson; in predict mode the step stops before the first question.
        ...FRESH_LESSON,
        ...landing(
          s.wanted?.step ?? s.step,
          (s.wanted?.step ?? s.step) !== s.step ? END : s.eventIndex,
          stepLimit({ ...s, ...FRESH_LESSON, marks: r.marks, stepCount: r.stepCount }),
        ),
      })),
    loadInvalid: (errors) =>
      set({ status: failedStatus(), errors, alert: { kind: 'invalid', errors }, progress: null }),
    loadNotFound: (id) => set({ status: failedStatus(), alert: { kind: 'not-found', id }, progress: null }),
    loadFailed: (message, crashed) =>
      set({
        status: failedStatus(),
        alert: crashed ? { kind: 'crashed', message } : { kind: 'failed', message },
        progress: null,
      }),
    loadCancelled: () => set({ status: failedStatus(), alert: { kind: 'cancelled' }, progress: null }),
    loadProgress: (done, total) => set({ progress: { done, total } }),
  };
};
