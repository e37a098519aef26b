/** The engine's public face: boot a scenario, run steps, travel in time. */

export { boot } from './boot.ts';
export { runStep, type StepResult } from './engine.ts';
export { Timeline } from './timeline.ts';
export { cloneState } from './snapshot.ts';
export type { StepOutcome, Lands } from './outcome.ts';
export type { TraceEvent, FrameOwner, Rights } from './events.ts';
export type { SimState } from './state.ts';
export * from './spec.ts';
