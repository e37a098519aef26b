import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { SERVICE_WORKER_SOURCE, precacheManifest, writeServiceWorker } from '../build/offline.ts';
import { serveFolder, type StaticHost } from './staticHost.ts';
import { drawing, SHOTS, watchErrors } from './support.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.PAGERLAB_DIST ?? 'dist');
/** Deep enough that any path the app took for granted (a leading /, a fixed folder) would break. */
const PREFIX = 'courses/os-2026/pagerlab';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Scenario text' });

let folder = '';
let host: StaticHost | null = null;

/** A copy of the build (a test may change it), served by a plain static host under PREFIX. */
async function serveCopy(): Promise<StaticHost> {
  folder = await mkdtemp(join(tmpdir(), 'pagerlab-site-'));
  await cp(DIST, folder, { recursive: true });
  host = await serveFolder(folder, PREFIX);
  return host;
}

test.afterEach(async () => {
  await host?.close();
  host = null;
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = '';
});

/** Waits until a service worker controls the page and has its build's files cached. */
async function controlled(page: Page): Promise<string[]> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return page.evaluate(() => caches.keys());
}

async function stepsWork(page: Page, from: number) {
  await expect(drawing(page)).toHaveAttribute('data-step', String(from));
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', String(from + 1));
}

test('the build runs from a sub-path of a plain static host, app and embed alike', async ({ page }) => {
  const errors = watchErrors(page);
  const site = await serveCopy();
  await page.goto(`${site.url}#example=card-linux&step=2`);
  await stepsWork(page, 2);
  // The lazily loaded editor chunk and the engine worker came from the same folder.
  await expect(editor(page)).toBeVisible();
  await expect(editor(page)).toContainText('card');
  await page.screenshot({ path: `${SHOTS}/offline-subpath.png` });

  await page.goto(`${site.url}index.html?embed=1#example=first-touch`);
  await stepsWork(page, 0);
  // The link reads the address (which follows playback, throttled) when the pointer comes to it.
  const link = page.getByRole('link', { name: 'Open in pagerlab' });
  await expect(async () => {
    await page.mouse.move(0, 0);
    await link.hover();
    await expect(link).toHaveAttribute('href', `${site.url}index.html#example=first-touch&step=1`, {
      timeout: 100,
    });
  }).toPass();
  const base = new URL(site.url).pathname;
  expect(site.requests.filter((path) => !path.startsWith(base))).toEqual([]);
  expect(errors).toEqual([]);
});

test('after one visit the app loads and runs offline', async ({ page, context }) => {
  const errors = watchErrors(page);
  const site = await serveCopy();
  const { version } = await precacheManifest(folder);
  await page.goto(`${site.url}#example=vt-switch-linux&step=1`);
  await expect(drawing(page)).toHaveAttribute('data-step', '1');
  expect(await controlled(page)).toEqual([`pagerlab-${version}`]);

  // Offline twice over: the browser's network is cut, and the host itself is gone.
  await context.setOffline(true);
  await site.close();
  await page.reload();
  await stepsWork(page, 1);
  await expect(editor(page)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/offline-reload.png` });

  // Another address of the same app (the embed, another scenario) is served by the cached shell too.
  await page.goto(`${site.url}?embed=1#example=card-netbsd`);
  await stepsWork(page, 0);
  await context.setOffline(false);
  expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
});

test('a new build takes over cleanly: its files cached, the old cache deleted', async ({ page }) => {
  const errors = watchErrors(page);
  const site = await serveCopy();
  const first = await precacheManifest(folder);
  await page.goto(`${site.url}#example=first-touch`);
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  expect(await controlled(page)).toEqual([`pagerlab-${first.version}`]);

  // The deploy: a changed page, and the service worker the build would write for it.
  const index = join(folder, 'index.html');
  const html = await readFile(index, 'utf8');
  await writeFile(
    index,
    html.replace('<title>', '<meta name="pagerlab-build" content="second" />\n    <title>'),
  );
  const second = await writeServiceWorker(folder, resolve(ROOT, SERVICE_WORKER_SOURCE));
  expect(second.version).not.toBe(first.version);

  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect
    .poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 })
    .toEqual([`pagerlab-${second.version}`]);
  await page.reload();
  await expect(page.locator('meta[name="pagerlab-build"]')).toHaveAttribute('content', 'second');
  await stepsWork(page, 0);
  // The new cache holds the new page, so the new build is what loads offline from now on.
  const cached = await page.evaluate(async () => {
    const response = await caches.match(new URL('index.html', document.baseURI).href);
    return response ? response.text() : '';
  });
  expect(cached).toContain('content="second"');
  expect(errors).toEqual([]);
});
