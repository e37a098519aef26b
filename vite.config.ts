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
  build: { target: 'es2022', rolldownOptions: { input: ['index.html', 'notes.html'] } },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
