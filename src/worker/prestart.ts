/**
 * Imported by main.tsx, the page's small entry, which loads the rest of the page only after: the engine
 * worker starts here, before React and the app's modules have even arrived, so the worker's script loads,
 * compiles and is ready alongside them instead of after them (the first drawing waits on both).
 */

import { startEngineWorkerEarly } from './client.ts';

startEngineWorkerEarly();
