import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { contentSecurityPolicy } from './build/csp.ts';
import { offline } from './build/offline.ts';
import { preloadApp } from './build/preloadApp.ts';

export default defineConfig({
  // Relative asset URLs: the build works from any path (a subfolder, a file share, a preview server).
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadApp(), offline()],
  // The engine runs in a module worker (src/worker/engine.worker.ts), bundled as ES modules.
  worker: { format: 'es' },
  // Two pages: the lab, and the narration window that the presenter view opens beside it.
  build: {
    target: 'es2022',
    // index.html preloads the page's scripts and stylesheets itself (build/preloadApp.ts): Vite's own
    // preloading of a dynamic import's files, done again when the import runs, only cost the entry time.
    modulePreload: false,
    rolldownOptions: {
      input: ['index.html', 'notes.html'],
      // V8's explicit compile hint: compile every function of the chunk while it downloads, on a
      // background thread, instead of each on the main thread the first time it runs. The page runs most
      // of its code (and CodeMirror most of the editor's) as soon as it loads: on a cold load, lazy
      // compiling was a third of the main thread's work before the first drawing.
      output: { postBanner: '//# allFunctionsCalledOnLoad' },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
