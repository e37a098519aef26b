/** Test material: real pictures and events from the built-in scenarios (tests may run the engine; views never do). */

import { parseScenario } from '../scenario/index.ts';
import { findBuiltin } from '../scenario/library/index.ts';
import { boot, runStep } from '../sim/index.ts';
import type { TraceEvent } from '../sim/events.ts';
import { picture, type MachinePicture } from '../sim/picture.ts';
import { columnsFor, type RowsInput } from './machineLayout.ts';

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

/** The rows' input for a picture, laid out in its own columns (machineLayout.ts). */
export function rowsInput(
  p: MachinePicture,
  toggled: ReadonlySet<string> = new Set(),
  notes?: RowsInput['notes'],
): RowsInput {
  const { cols } = columnsFor(p);
  return { cols, pageSize: p.pageSize, levels: p.levels, tlbSlots: p.tlb.length, toggled, notes };
}
