/**
 * The browser entry, kept small: it starts the engine worker, then loads the page's code. The worker's
 * script then loads, compiles and runs the first scenario alongside the page's code instead of after
 * it: the first drawing waits on both. The build preloads the page's code from index.html
 * (build/preloadApp.ts), so it downloads alongside this file rather than after it has run.
 *
 * The page's code runs in two tasks: the wiring first (wiring.ts: the store, the worker bridge and the
 * address, which sends the first load to the worker), then React and the views (boot.tsx). Evaluated as
 * one module graph they were one task of 60 to 80 ms on a busy 2-core machine, too long for the page to
 * answer input in the meantime; the worker starts the run no later than before.
 */

import './worker/prestart.ts';

void import('./wiring.ts').then(() => import('./boot.tsx'));
