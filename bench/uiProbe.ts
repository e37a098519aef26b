/**
 * What the UI benchmark measures inside the page. These functions are serialised by Playwright and run in
 * the page, so they use nothing from their module: only the DOM and their arguments. (That is also why
 * `npm run bench:ui` bundles with esbuild rather than running under tsx: tsx wraps inner functions in a
 * `__name` helper that does not exist in the page.)
 */

/** Per-page results of a playback measurement. */
export interface PlaybackProbe {
  /** requestAnimationFrame deltas (ms): what the eye sees as the frame rate. */
  frames: number[];
  /** Main-thread tasks over 50 ms, as the browser reports them (ms each). */
  longTasks: number[];
  /** How many times the drawing's step changed: steps actually drawn. */
  draws: number;
  /**
   * Animation frames whose drawing shows another step than the frame before did: the steps a reader
   * sees. (`draws` counts every change, and two in the time of one frame show only the second.)
   */
  newStepFrames: number;
  /** The frames kept, summed on the page's clock (ms): playing time without the jumps to the start. */
  measuredMs: number;
  /** Steps played: the sum of the steps the drawing moved forward by, over every run through. */
  stepsPlayed: number;
  /** How many times playback reached the end and started again from the first step. */
  loops: number;
}

declare global {
  interface Window {
    __pagerlabFirstDraw?: number;
    /** Main-thread tasks over 50 ms since navigation started: start and duration (ms). */
    __pagerlabLoadTasks?: Array<{ start: number; duration: number }>;
    __pagerlabProbe?: { stop(): PlaybackProbe };
  }
}

/**
 * An init script: records when the machine drawing first carries `data-step`, in ms since navigation
 * started (performance.now()'s origin), and the long tasks of the load. Runs before the page's own
 * scripts, so the long-task observer needs no buffered entries (Chromium keeps none for long tasks).
 */
export function watchFirstDraw(): void {
  const tasks: Array<{ start: number; duration: number }> = [];
  window.__pagerlabLoadTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  const seen = () => {
    if (window.__pagerlabFirstDraw !== undefined) return true;
    if (!document.querySelector('[data-step]')) return false;
    window.__pagerlabFirstDraw = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => {
    if (seen()) observer.disconnect();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-step'],
  });
}

/**
 * Starts measuring frames, long tasks and drawn steps; `window.__pagerlabProbe.stop()` returns them.
 * When playback reaches the end it starts again from the first step, in the same animation frame, so
 * the measurement covers the whole time it is given however fast the run goes: on a quiet machine max
 * speed plays the 100,000 steps in under a second, on a busy one in tens of seconds.
 */
export function startPlaybackProbe(): void {
  const figure = document.querySelector<HTMLElement>('figure[data-step]');
  if (!figure) throw new Error('no drawing to measure');
  const stepOf = () => Number(figure.dataset.step);
  const frames: number[] = [];
  const longTasks: number[] = [];
  let draws = 0;
  let newStepFrames = 0;
  let stepsPlayed = 0;
  let loops = 0;
  let seenPlaying = false;
  // Written out: this function runs in the page and can use nothing from its module.
  const START_MARK = 'pagerlab-play-start';
  const LOOP_MARK = 'pagerlab-play-loop';
  const button = (label: string) =>
    document.querySelector<HTMLButtonElement>(`footer.playback button[aria-label="${label}"]`);
  let running = true;
  let last = -1;
  // The step the drawing showed at the last animation frame: the DOM as it is at an animation frame's
  // callbacks is what the frame before painted, give or take what those callbacks change (the ticker's
  // stride changes only the step wanted; the drawing follows when the worker's frame comes).
  let lastShown = stepOf();
  // Frames count from the first that shows a new step, after the Play click and after each start again:
  // the frames before it wait for the click to arrive, for the jump back to the first step to be drawn,
  // and for the first stride's frame; they are not playing yet.
  let playing = false;
  let restarting = false;
  const onFrame = (t: number) => {
    if (!running) return;
    const shown = stepOf();
    if (!playing && shown !== lastShown && !(restarting && shown === 0)) {
      playing = true;
      restarting = false;
      // The trace counts the frames from here to the next start again or the stop (frameWork.ts).
      performance.mark(START_MARK);
    }
    // A frame not playing: not counted, and the next one is measured from it.
    const skip = () => {
      last = t;
      lastShown = shown;
      requestAnimationFrame(onFrame);
    };
    if (!playing) return skip();
    // Stopped at the end after having played (in this frame's callbacks: the frame shows no new step,
    // and is not playing): from the first step again.
    const play = button('Play');
    if (!play) seenPlaying = true;
    else if (seenPlaying) {
      stepsPlayed += Math.max(0, shown - lastShown);
      performance.mark(LOOP_MARK);
      button('Jump to start')?.click();
      play.click();
      loops++;
      playing = false;
      restarting = true;
      return skip();
    }
    if (last >= 0) frames.push(t - last);
    last = t;
    if (shown !== lastShown) newStepFrames++;
    stepsPlayed += Math.max(0, shown - lastShown);
    lastShown = shown;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  const tasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  tasks.observe({ type: 'longtask', buffered: false });
  const steps = new MutationObserver((records) => {
    draws += records.length;
  });
  steps.observe(figure, { attributes: true, attributeFilter: ['data-step'] });
  window.__pagerlabProbe = {
    stop: () => {
      performance.mark('pagerlab-play-stop');
      running = false;
      for (const e of tasks.takeRecords()) longTasks.push(e.duration);
      tasks.disconnect();
      draws += steps.takeRecords().length;
      steps.disconnect();
      // The page's own clock over the frames kept: drawn steps a second are counted against it, not
      // against the test's clock (which adds the Play click's and this call's round trips) and not
      // over the frames of the probe's own jumps back to the start.
      const measuredMs = frames.reduce((sum, f) => sum + f, 0);
      return { frames, longTasks, draws, newStepFrames, stepsPlayed, loops, measuredMs };
    },
  };
}
