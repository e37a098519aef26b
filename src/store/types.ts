/** The app store's state type, assembled from its slices, and what the slices share. */

import type { StateCreator } from 'zustand/vanilla';

import type { ClassroomSlice } from './classroomSlice.ts';
import type { CompareSlice } from './compareSlice.ts';
import type { ExportSlice } from './exportSlice.ts';
import type { FrameSlice } from './frameSlice.ts';
import type { LessonSlice } from './lessonSlice.ts';
import type { PlaybackSlice } from './playbackSlice.ts';
import type { ScenarioSlice } from './scenarioSlice.ts';
import type { SearchSlice } from './searchSlice.ts';
import type { ViewSlice } from './viewSlice.ts';

export type AppState = ScenarioSlice &
  PlaybackSlice &
  FrameSlice &
  ViewSlice &
  ClassroomSlice &
  ExportSlice &
  LessonSlice &
  CompareSlice &
  SearchSlice;

/** A slice sees (and may set) the whole state: stepping needs the frame's event count, for one. */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;

/** `eventIndex` past every event of the step: the state after it, whatever the step's event count. */
export const END = Number.POSITIVE_INFINITY;
