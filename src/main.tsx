/**
 * The browser entry, kept small: it starts the engine worker, then loads the page's code. The worker's
 * script then loads, compiles and runs the first scenario alongside the page's code instead of after
 * it: the first drawing waits on both. The build preloads the page's code from index.html
 * (build/preloadApp.ts), so it downloads alongside this file rather than after it has run.
 */

import './worker/prestart.ts';

void import('./boot.tsx');
