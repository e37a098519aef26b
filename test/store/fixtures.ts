/** Small frames and runs for the store's tests, built by hand: the store never sees the engine. */

import type { TraceEvent } from '../../src/sim/events.ts';
import type { MachinePicture } from '../../src/sim/picture.ts';
import type { Frame, Loaded } from '../../src/worker/protocol.ts';

export function loadedRun(stepCount: number, marks: number[] = []): Loaded {
  return {
    title: 't',
    kernel: 'linux',
    scenarioKernel: null,
    text: 'text',
    stepCount,
    expectations: 0,
    failed: 0,
    marks: Uint8Array.from({ length: stepCount }, (_, i) => marks[i] ?? 0),
    lines: Uint32Array.from({ length: stepCount }, (_, i) => i + 1),
    epilogue: null,
    stopped: null,
  };
}

const picture = (step: number) => ({ step }) as unknown as MachinePicture;

/** Step `step`'s frame with `events` events (step 0 has none). */
export function frameOf(step: number, events = step === 0 ? 0 : 3): Frame {
  const list: TraceEvent[] = Array.from({ length: events }, (_, i) =>
    i === 0
      ? { t: 'step', index: step - 1, line: step, actor: null, op: 'switch' }
      : { t: 'syscall', proc: 'p', name: `call${i}` },
  );
  return { step, before: picture(step - 1), events: list, after: picture(step), row: null };
}
