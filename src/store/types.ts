/** The app store's state type, assembled from its slices, and what the slices share. */

import type { StateCreator } from 'zustand/vanilla';

import type { ClassroomSlice } from './slices/classroomSlice.ts';
import type { CompareSlice } from './slices/compareSlice.ts';
import type { ExportSlice } from './slices/exportSlice.ts';
import type { FrameSlice } from './slices/frameSlice.ts';
import type { LessonSlice } from './slices/lessonSlice.ts';
import type { PlaybackSlice } from './slices/playbackSlice.ts';
import type { ScenarioSlice } from './slices/scenarioSlice.ts';
import type { SearchSlice } from './slices/searchSlice.ts';
import type { ViewSlice } from './slices/viewSlice.ts';

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
