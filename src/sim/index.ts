/** The engine's public face: boot a scenario, run steps, travel in time. */

export { boot } from './boot.ts';
export { runStep, type StepResult } from './engine.ts';
export { Timeline } from './timeline.ts';
export { cloneState } from './snapshot.ts';
export { WORK_LIMIT, WORK_LIMIT_MESSAGE, overWorkLimit } from './work.ts';
export type { StepOutcome, Lands } from './outcome.ts';
export type { TraceEvent, FrameOwner, Rights } from './events.ts';
export type { SimState } from './state.ts';
export * from './spec.ts';
