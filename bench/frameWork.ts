/**
 * The main thread's work per displayed frame, from a Chromium performance trace of the playback. Why a
 * trace: the frame interval (requestAnimationFrame deltas) says only whether a frame came late, not how
 * much of it the page spent working, so a page at 15 ms a frame and one at 2 ms both read 16.7 ms;
 * long-animation-frame entries report only frames over 50 ms; the Performance domain's metrics are
 * running totals (a mean at best, no percentile). A trace has every task the renderer's main thread
 * ran, with its duration, and the rendering update that ends each frame.
 *
 * Each task has two durations: the wall-clock time from its start to its end (`dur`), and the thread's
 * own CPU time in it (`tdur`). Work is the second: on a shared machine of two cores the wall clock also
 * counts the time the system gave the page's core to other processes (a 4 ms task read 0.6 ms of CPU),
 * and that is neither the page's doing nor what it would cost on a reader's machine. The wall clock is
 * reported beside it, as the time the main thread was not free.
 */

/** The fields of a trace event read here. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  /** Wall-clock duration (µs). */
  dur?: number;
  /** The thread's CPU time in the event (µs), where Chromium records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** What the trace needs: every task (RunTask), the rendering updates (Commit), the probe's marks. */
export const FRAME_WORK_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

/**
 * The marks `startPlaybackProbe` leaves in the trace (it writes them out itself: it runs in the page).
 * Each `start` begins a stretch of playing (the first frame that shows a new step), which the next
 * `loop` (the run ended and starts again: the jump back to the first step is not playing) or the `stop`
 * ends. The frames inside the stretches count.
 */
export const PLAY_MARKS = {
  start: 'pagerlab-play-start',
  stop: 'pagerlab-play-stop',
  loop: 'pagerlab-play-loop',
} as const;

/** One displayed frame's main-thread tasks, summed: CPU time, and wall-clock time (ms). */
export interface FrameWork {
  cpuMs: number;
  wallMs: number;
}

/** The main thread's work in each displayed frame of the stretches of playing. */
export function workPerFrame(events: readonly TraceEvent[]): FrameWork[] {
  const renderers = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const marks = (name: string) =>
    events
      .filter((e) => e.name === name && e.cat === 'blink.user_timing')
      .map((e) => e.ts)
      .sort((a, b) => a - b);
  const ends = [...marks(PLAY_MARKS.loop), ...marks(PLAY_MARKS.stop)].sort((a, b) => a - b);
  const stretches = marks(PLAY_MARKS.start).map((from): Stretch => [
    from,
    ends.find((e) => e > from) ?? Infinity,
  ]);
  // A trace of the whole browser has a main thread per renderer: the page's is the one that drew most.
  let best: FrameWork[] = [];
  for (const r of renderers) {
    const frames = framesOf(
      events.filter((e) => e.pid === r.pid && e.tid === r.tid),
      stretches,
    );
    if (frames.length > best.length) best = frames;
  }
  return best;
}

/** A stretch of playing: from a start mark to the loop or stop mark after it (trace µs). */
type Stretch = [from: number, to: number];

/**
 * One thread's frames: the tasks since the last rendering update, summed, up to and including the task
 * that renders. Between frames the page runs the animation frame's callbacks, the worker's reply and
 * whatever React does with it, and all of it is the frame's cost; idle time is not. A rendering update
 * that Chromium skips (nothing changed) adds its tasks to the next frame: the figure errs high. A frame
 * counts when all its tasks lie in one stretch of playing.
 */
function framesOf(thread: readonly TraceEvent[], stretches: readonly Stretch[]): FrameWork[] {
  const tasks = thread
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const commits = thread
    .filter((e) => e.name === 'Commit' && e.ph === 'X')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const frames: FrameWork[] = [];
  let cpu = 0;
  let wall = 0;
  let end = -Infinity;
  let c = 0;
  for (const task of tasks) {
    // Nested run loops are rare, but a task inside a task is already in its duration.
    if (task.ts < end) continue;
    end = task.ts + task.dur!;
    while (c < commits.length && commits[c]! < task.ts) c++;
    const renders = c < commits.length && commits[c]! <= end;
    if (!stretches.some(([from, to]) => task.ts >= from && end <= to)) {
      if (renders) cpu = wall = 0;
      continue;
    }
    cpu += (task.tdur ?? task.dur!) / 1000;
    wall += task.dur! / 1000;
    if (renders) {
      frames.push({ cpuMs: cpu, wallMs: wall });
      cpu = wall = 0;
    }
  }
  return frames;
}
