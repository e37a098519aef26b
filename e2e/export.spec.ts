import { readFile } from 'node:fs/promises';

import { expect, test, type Download, type Page } from '@playwright/test';

import { jsonLines } from '../src/scenario/jsonLines.ts';
import { parseScenario, printScenario } from '../src/scenario/index.ts';
import { findBuiltin } from '../src/scenario/library/index.ts';
import { runScenario } from '../src/scenario/run.ts';
import type { KernelName } from '../src/sim/spec.ts';
import { drawing, SHOTS, watchErrors } from './support.ts';

const ID = 'vt-switch-linux';

/** The built-in as the runner prints it with `--json` (and `--kernel`), computed by the runner's code. */
function runnerJson(id: string, kernel: KernelName | null): string {
  const parsed = parseScenario(findBuiltin(id)?.text ?? '');
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return jsonLines(runScenario(parsed.scenario, kernel ?? parsed.scenario.kernel ?? 'linux'));
}

/** Opens the Export menu, chooses `item`, and returns the download with its bytes. */
async function exportItem(page: Page, item: string): Promise<{ download: Download; bytes: Buffer }> {
  const menu = page.locator('details.export-menu');
  if ((await menu.getAttribute('open')) === null) await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

async function openAt(page: Page, step: number) {
  await page.goto(`./#example=${ID}&step=${step}`);
  await expect(drawing(page)).toHaveAttribute('data-step', String(step));
  await expect(page.locator('output.position')).toHaveText(/^step \d+ of \d+(, event (\d+) of \2)?$/);
}

test('the scenario downloads as .scn and reads back as the same scenario', async ({ page }) => {
  const errors = watchErrors(page);
  await openAt(page, 2);
  await page.getByText('Export', { exact: true }).click();
  await page.screenshot({ path: `${SHOTS}/export-menu.png` });
  const { download, bytes } = await exportItem(page, 'Download .scn');
  expect(download.suggestedFilename()).toBe(`${ID}.scn`);
  const parsed = parseScenario(bytes.toString('utf8'));
  const original = parseScenario(findBuiltin(ID)?.text ?? '');
  expect(parsed.ok && original.ok).toBe(true);
  if (parsed.ok && original.ok) expect(printScenario(parsed.scenario)).toBe(printScenario(original.scenario));
  // The menu closes once the file is on its way.
  await expect(page.locator('details.export-menu')).not.toHaveAttribute('open');
  expect(errors).toEqual([]);
});

test('a downloaded .scn opened from disk runs as the same scenario, to the same drawing', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openAt(page, 0);
  await page.getByRole('button', { name: 'Jump to end' }).click();
  const steps = await drawing(page).getAttribute('data-step');
  const endDigest = await drawing(page).getAttribute('data-digest');
  const { bytes } = await exportItem(page, 'Download .scn');
  // Somewhere else first, so the file's run is what is drawn after.
  await page.goto('./#example=card-irix');
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'irix');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario file' }).click();
  await (await chooser).setFiles({ name: `${ID}.scn`, mimeType: 'text/plain', buffer: bytes });
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'linux');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', steps ?? '');
  await expect(drawing(page)).toHaveAttribute('data-digest', endDigest ?? '');
  // And its text downloads again byte for byte.
  expect((await exportItem(page, 'Download .scn')).bytes.equals(bytes)).toBe(true);
  expect(errors).toEqual([]);
});

test("the trace downloads as JSON lines equal to the runner's --json, on the scenario's kernel and another", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openAt(page, 3);
  const own = await exportItem(page, 'Download trace (JSON lines)');
  expect(own.download.suggestedFilename()).toBe(`${ID}-linux.jsonl`);
  expect(own.bytes.toString('utf8')).toBe(runnerJson(ID, null));

  await page.getByRole('combobox', { name: 'Kernel' }).selectOption('netbsd');
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'netbsd');
  const other = await exportItem(page, 'Download trace (JSON lines)');
  expect(other.download.suggestedFilename()).toBe(`${ID}-netbsd.jsonl`);
  expect(other.bytes.toString('utf8')).toBe(runnerJson(ID, 'netbsd'));
  expect(other.bytes.toString('utf8')).not.toBe(own.bytes.toString('utf8'));
  expect(errors).toEqual([]);
});

/** Elements whose look the SVG file must carry without the page's stylesheet. */
const PROBES = ['.column-titles text', '.page.present rect', '.page.absent rect', '.device-box', '.band'];

async function looks(page: Page, root: string) {
  return page.evaluate(
    ({ probes, root }) =>
      probes.map((sel) => {
        const el = document.querySelector(`${root} ${sel}`);
        if (!el) return null;
        const s = getComputedStyle(el);
        return { sel, fill: s.fill, stroke: s.stroke, font: s.fontSize, weight: s.fontWeight };
      }),
    { probes: PROBES, root },
  );
}

test('the drawing downloads as an SVG that stands alone, in either theme, and as a PNG', async ({
  page,
  browser,
}) => {
  const errors = watchErrors(page);
  await openAt(page, 3);
  const blank = await browser.newPage();
  for (const theme of ['light', 'dark']) {
    if ((await page.locator('html').getAttribute('data-theme')) !== theme)
      await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const { download, bytes } = await exportItem(page, 'Download SVG');
    expect(download.suggestedFilename()).toBe(`${ID}-step-3.svg`);
    const text = bytes.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    // In a page with no stylesheet at all, the file looks as the drawing did in the app.
    await blank.setContent(
      `<!doctype html><body style="margin:0">${text.replace(/^<\?xml[^>]*>/, '')}</body>`,
    );
    const inApp = await looks(page, 'figure.machine svg[data-drawing]');
    expect(inApp.filter((l) => l !== null).length).toBeGreaterThanOrEqual(3);
    expect(await looks(blank, 'svg')).toEqual(inApp);
    const paper = await page.evaluate(
      () => getComputedStyle(document.querySelector('figure.machine')!).backgroundColor,
    );
    expect(await blank.locator('svg > rect').first().getAttribute('fill')).toBe(paper);
    await blank.screenshot({ path: `${SHOTS}/export-svg-${theme}.png` });
  }
  await blank.close();

  const { download, bytes } = await exportItem(page, 'Download PNG');
  expect(download.suggestedFilename()).toBe(`${ID}-step-3.png`);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // IHDR: twice the drawing's size, for sharp print and high-density screens.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const svg = drawing(page).locator('svg[data-drawing]');
  expect(width).toBe(2 * Number(await svg.getAttribute('width')));
  expect(height).toBe(2 * Number(await svg.getAttribute('height')));
  expect(errors).toEqual([]);
});
