/** Test material: real pictures and events from the built-in scenarios (tests may run the engine; views never do). */

import { parseScenario } from '../scenario/index.ts';
import { findBuiltin } from '../scenario/library/index.ts';
import { boot, runStep } from '../sim/index.ts';
import type { TraceEvent } from '../sim/events.ts';
import { picture, type MachinePicture } from '../sim/picture.ts';

export interface StepFixture {
  /** Before the step. */
  before: MachinePicture;
  /** After the step. */
  after: MachinePicture;
  events: TraceEvent[];
}

/** Runs built-in `id` for `steps` steps; returns the last step's pictures and events. */
export function builtinStep(id: string, steps: number): StepFixture {
  const parsed = parseScenario(findBuiltin(id)?.text ?? '');
  if (!parsed.ok) throw new Error(`built-in ${id} does not parse`);
  const s = boot(parsed.scenario);
  let before = picture(s);
  let events: TraceEvent[] = [];
  for (let i = 0; i < steps; i++) {
    before = picture(s);
    events = runStep(s).events;
  }
  return { before, after: picture(s), events };
}
