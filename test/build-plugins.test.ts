/**
 * The build's own plugins: the precache list and version of the offline worker, the CSP tag, and the
 * page's preloads.
 */

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndexHtmlTransformHook } from 'vite';

import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../build/csp.ts';
import { SERVICE_WORKER_SOURCE, precacheManifest, writeServiceWorker } from '../build/offline.ts';
import { preloadTags } from '../build/preloadApp.ts';

let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pagerlab-build-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(dir, 'assets', 'index-abc.js.map'), '{}');
  await writeFile(join(dir, 'assets', 'engine.worker-def.js'), 'self.onmessage = null');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the offline worker', () => {
  it('precaches every built file but itself and source maps, in a stable order', async () => {
    await writeFile(join(dir, 'sw.js'), 'old');
    const { files } = await precacheManifest(dir);
    expect(files).toEqual(['assets/engine.worker-def.js', 'assets/index-abc.js', 'index.html']);
  });

  it('has a version that names the contents: same build, same version; any change, a new one', async () => {
    const first = (await precacheManifest(dir)).version;
    expect((await precacheManifest(dir)).version).toBe(first);
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>t2</title>');
    expect((await precacheManifest(dir)).version).not.toBe(first);
  });

  it('is written as sw.js with the list and the version in it', async () => {
    const { files, version } = await writeServiceWorker(
      dir,
      resolve(import.meta.dirname, '..', SERVICE_WORKER_SOURCE),
    );
    const code = await readFile(join(dir, 'sw.js'), 'utf8');
    for (const file of files) expect(code).toContain(JSON.stringify(file));
    expect(code).toContain(version);
    expect(code).not.toContain('__PRECACHE__');
    // Writing it changes nothing the version depends on.
    expect((await precacheManifest(dir)).version).toBe(version);
  });
});

describe('the Content-Security-Policy tag', () => {
  const transform = contentSecurityPolicy().transformIndexHtml as IndexHtmlTransformHook;
  const run = (html: string) => transform.call({} as never, html, {} as never) as string;

  it('goes right after the charset, before any script or style', () => {
    const html = run('<head>\n    <meta charset="UTF-8" />\n    <script src="x.js"></script></head>');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    expect(html.indexOf(meta)).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
  });

  it('refuses a page it cannot place the policy in', () => {
    expect(() => run('<head><script src="x.js"></script></head>')).toThrow(/charset/);
  });

  it('allows nothing from elsewhere and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
  });
});

describe('preloading the page from index.html', () => {
  const chunk = (
    fileName: string,
    imports: string[] = [],
    dynamicImports: string[] = [],
    css: string[] = [],
  ) =>
    ({
      type: 'chunk',
      fileName,
      imports,
      dynamicImports,
      viteMetadata: { importedCss: new Set(css) },
    }) as const;

  it("lists what the entry imports lazily and all it imports in turn, each once, but not the entry's own", () => {
    const entry = chunk('assets/index.js', ['assets/polyfill.js'], ['assets/boot.js']);
    const bundle = {
      'assets/index.js': entry,
      'assets/polyfill.js': chunk('assets/polyfill.js'),
      'assets/boot.js': chunk(
        'assets/boot.js',
        ['assets/react.js', 'assets/polyfill.js'],
        ['assets/editor.js'],
        ['assets/boot.css'],
      ),
      'assets/react.js': chunk('assets/react.js', [], [], ['assets/shared.css']),
      'assets/editor.js': chunk('assets/editor.js', ['assets/react.js'], [], ['assets/editor.css']),
      'assets/boot.css': { type: 'asset' as const },
    };
    const tags = preloadTags(entry, bundle);
    expect(tags.map((t) => [t.attrs?.rel, t.attrs?.href])).toEqual([
      ['stylesheet', './assets/boot.css'],
      ['stylesheet', './assets/shared.css'],
      ['modulepreload', './assets/boot.js'],
      ['modulepreload', './assets/react.js'],
    ]);
    // What the page itself loads later (the editor) waits for it.
    expect(tags.some((t) => String(t.attrs?.href).includes('editor'))).toBe(false);
  });
});
