/** The production build for the UI benchmark, and a preview server for it on a port of its own. */

import { existsSync } from 'node:fs';
import { build, preview } from 'vite';

/**
 * The benchmark's own build folder: an e2e run's `dist` is left alone. PAGERLAB_BENCH_DIST names another,
 * so two builds (before and after a change) can be kept and measured in turn with --reuse-build.
 */
export const BENCH_DIST = process.env.PAGERLAB_BENCH_DIST ?? 'node_modules/.cache/pagerlab/bench-ui-dist';

/** Builds the app with vite.config.ts into BENCH_DIST (unless asked to reuse one that is there). */
export async function buildApp(reuse: boolean): Promise<'built' | 'reused'> {
  if (reuse && existsSync(`${BENCH_DIST}/index.html`)) return 'reused';
  await build({ logLevel: 'warn', build: { outDir: BENCH_DIST, emptyOutDir: true } });
  return 'built';
}

/** Serves BENCH_DIST as `npm start` would; resolves to its address and a way to stop it. */
export async function serveApp(port: number): Promise<{ url: string; close(): Promise<void> }> {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: BENCH_DIST },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
