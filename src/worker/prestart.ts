/**
 * Imported first by main.tsx. Modules run in import order, so the engine worker starts here, before
 * React and the app's modules run: the worker's script then loads and compiles alongside them instead
 * of after them (the first drawing waits on the worker's first run).
 */

import { startEngineWorkerEarly } from './client.ts';

startEngineWorkerEarly();
