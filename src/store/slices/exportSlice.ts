/**
 * The export slice: the one verb that fetches data rather than changing state. A run's trace can be
 * tens of megabytes, so it never lives in the store; `requestTrace` asks the worker, which holds the run,
 * for it on demand. The bridge installs the real request when it connects (views never touch the client).
 */

import type { Trace } from '../../worker/client.ts';
import type { SliceCreator } from '../types.ts';

export interface ExportSlice {
  /** The last good run's trace in the runner's `--json` format; rejects until the engine is connected. */
  requestTrace(): Promise<Trace>;
}

export const notConnected = (): Promise<Trace> => Promise.reject(new Error('the engine is not running'));

export const createExportSlice: SliceCreator<ExportSlice> = () => ({
  requestTrace: notConnected,
});
