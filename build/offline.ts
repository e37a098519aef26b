/**
 * A Vite plugin that makes the built app work offline: after the build has written its files, it lists
 * them, hashes their contents into a build version, and compiles src/sw/serviceWorker.ts with both written
 * in, as `sw.js` beside index.html. The list is read from the output folder, so it holds everything the
 * build made: the entry, the engine worker, the lazily loaded editor chunk, the stylesheet.
 */

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

import { build } from 'esbuild';
import type { Plugin, ResolvedConfig } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The files to precache (URL paths relative to the app's folder) and a version naming their contents. */
export async function precacheManifest(outDir: string): Promise<{ files: string[]; version: string }> {
  const files = (await filesUnder(outDir)).filter((f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map'));
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(join(outDir, file)));
  return { files, version: hash.digest('hex').slice(0, 16) };
}

/**
 * Writes `sw.js` into a built app's folder: the service worker's source compiled with the folder's file
 * list and version written in. The plugin runs it after each build; tests run it on a copy of a build.
 */
export async function writeServiceWorker(
  outDir: string,
  source: string,
): Promise<{ files: string[]; version: string }> {
  const manifest = await precacheManifest(outDir);
  const result = await build({
    entryPoints: [source],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    define: { __PRECACHE__: JSON.stringify(manifest.files), __BUILD__: JSON.stringify(manifest.version) },
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('the service worker did not compile');
  await writeFile(join(outDir, SERVICE_WORKER_FILE), code);
  return manifest;
}

export const SERVICE_WORKER_SOURCE = 'src/sw/serviceWorker.ts';

export function offline(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pagerlab:offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle(error?: Error) {
      if (error) return;
      const outDir = resolve(config.root, config.build.outDir);
      const { files, version } = await writeServiceWorker(
        outDir,
        resolve(config.root, SERVICE_WORKER_SOURCE),
      );
      config.logger.info(`  ${SERVICE_WORKER_FILE}: ${files.length} files precached, build ${version}`);
    },
  };
}
