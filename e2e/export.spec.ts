import { readFile } from 'node:fs/promises';

import { expect, test, type Download, type Page } from '@playwright/test';

import { jsonLines } from '../src/scenario/jsonLines.ts';
import { parseScenario, printScenario } from '../src/scenario/index.ts';
import { findBuiltin } from '../src/scenario/library/index.ts';
import { runScenario } from '../src/scenario/run.ts';
import type { KernelName } from '../src/sim/spec.ts';
import { engineFrame, keep, pngSize, slideLook } from './slides.ts';
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

test("the trace downloads as JSON lines equal to the runner's --json, on the scenario's kernel and others", async ({
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

  await page.getByRole('combobox', { name: 'Kernel' }).selectOption('freebsd');
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'freebsd');
  const freebsd = await exportItem(page, 'Download trace (JSON lines)');
  expect(freebsd.download.suggestedFilename()).toBe(`${ID}-freebsd.jsonl`);
  expect(freebsd.bytes.toString('utf8')).toBe(runnerJson(ID, 'freebsd'));
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

test('the drawing downloads as an SVG that stands alone, in either theme', async ({ page, browser }) => {
  const errors = watchErrors(page);
  await openAt(page, 3);
  const blank = await browser.newPage();
  for (const theme of ['light', 'dark']) {
    if ((await page.locator('html').getAttribute('data-theme')) !== theme)
      await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const { download, bytes } = await exportItem(page, 'Drawing SVG');
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
  expect(errors).toEqual([]);
});

/** card-netbsd at step 9: card B is in, the mapping made for card A reaches it (card-present, twice). */
const SLIDE_ID = 'card-netbsd';
const SLIDE_STEP = 9;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

async function openSlideStep(page: Page, extra = '') {
  await page.goto(`./#example=${SLIDE_ID}&step=${SLIDE_STEP}${extra}`);
  const figures = page.locator('figure[data-step]');
  await expect(figures.first()).toHaveAttribute('data-step', String(SLIDE_STEP));
  if (extra.includes('compare=')) {
    await expect(figures).toHaveCount(2);
    await expect(figures.nth(1)).toHaveAttribute('data-step', String(SLIDE_STEP));
  }
  await expect(page.locator('output.position')).toHaveText(/^step \d+ of \d+(, event (\d+) of \2)?$/);
}

/** The Export button has the focus again, and the status line names the file saved. */
async function expectSaved(page: Page, name: string) {
  await expect(page.locator('details.export-menu > summary')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved ${name}`);
}

test('a slide saves as a PNG of exactly 1920x1080 or 1280x720, and focus comes back to Export', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openSlideStep(page);
  for (const { width, height } of SIZES) {
    const { download, bytes } = await exportItem(page, `Slide PNG ${width}×${height}`);
    const name = `${SLIDE_ID}-step-${SLIDE_STEP}-${width}x${height}.png`;
    expect(download.suggestedFilename()).toBe(name);
    expect(pngSize(bytes)).toEqual({ width, height });
    await keep(`slide-${width}x${height}.png`, bytes);
    await expectSaved(page, name);
    await page.screenshot({ path: `${SHOTS}/export-saved.png` });
  }
  // The keyboard carries on from the button: Enter opens the menu again.
  await page.keyboard.press('Enter');
  await expect(page.locator('details.export-menu')).toHaveAttribute('open');
  expect(errors).toEqual([]);
});

test("a slide SVG says the kernel call, the violations in words and the step, all inside the slide, in the page's theme", async ({
  page,
  browser,
}) => {
  const errors = watchErrors(page);
  const frame = engineFrame(SLIDE_ID, SLIDE_STEP);
  const sentences = frame.after.violations.map((v) => v.sentence);
  expect(sentences.length).toBeGreaterThan(0);
  await openSlideStep(page);
  const blank = await browser.newPage();
  for (const theme of ['light', 'dark']) {
    if ((await page.locator('html').getAttribute('data-theme')) !== theme)
      await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const { width, height } of SIZES) {
      const { download, bytes } = await exportItem(page, `Slide SVG ${width}×${height}`);
      expect(download.suggestedFilename()).toBe(`${SLIDE_ID}-step-${SLIDE_STEP}-${width}x${height}.svg`);
      await expectSaved(page, download.suggestedFilename());
      const look = await slideLook(blank, bytes.toString('utf8'));
      expect(look.viewBox).toBe(`0 0 ${width} ${height}`);
      const words = look.lines.map((l) => l.text).join('\n');
      // The kernel bar, with the real API names; each violation's sentence; the step and its outcome.
      expect(words).toMatch(/udv_fault \(netbsd\) › pmap_enter/);
      for (const sentence of sentences) expect(words).toContain(sentence);
      expect(words).toContain('⚠ card-present cam vpn 0x1_0000 (PTE)');
      expect(words).toContain(frame.row!.narration ?? frame.row!.story ?? '');
      expect(words).toContain('Step 9: cam: read win+1p → ok · page fault');
      // Rendered in real fonts, no line runs off the slide; the drawing sits whole inside it.
      for (const line of look.lines) {
        expect(line.left, line.text).toBeGreaterThanOrEqual(0);
        expect(line.right, line.text).toBeLessThanOrEqual(width);
        expect(line.top, line.text).toBeGreaterThanOrEqual(0);
        expect(line.bottom, line.text).toBeLessThanOrEqual(height);
      }
      expect(look.drawings).toHaveLength(1);
      const d = look.drawings[0]!;
      expect(d.x >= 0 && d.y >= 0 && d.x + d.width <= width && d.y + d.height <= height).toBe(true);
      const paper = await page.evaluate(
        () => getComputedStyle(document.querySelector('figure.machine')!).backgroundColor,
      );
      expect(look.background).toBe(paper);
    }
    await blank.screenshot({ path: `${SHOTS}/slide-svg-${theme}.png`, fullPage: true });
  }
  await blank.close();
  expect(errors).toEqual([]);
});

test('side by side, a slide holds both drawings, each under its kernel, at one scale', async ({
  page,
  browser,
}) => {
  const errors = watchErrors(page);
  await openSlideStep(page, '&compare=linux');
  const svg = await exportItem(page, 'Slide SVG 1920×1080');
  expect(svg.download.suggestedFilename()).toBe(
    `${SLIDE_ID}-netbsd-vs-linux-step-${SLIDE_STEP}-1920x1080.svg`,
  );
  const blank = await browser.newPage();
  const look = await slideLook(blank, svg.bytes.toString('utf8'));
  await blank.close();
  expect(look.drawings.map((d) => d.kernel)).toEqual(['netbsd', 'linux']);
  const texts = look.lines.map((l) => l.text);
  expect(texts).toContain("netbsd (the scenario's kernel)");
  expect(texts).toContain('linux (compared)');
  expect(texts.join('\n')).toMatch(/netbsd kernel +udv_fault/);
  expect(texts.join('\n')).toMatch(/linux kernel +vm_ops->fault/);
  // Each heading sits over its own drawing.
  for (const [i, heading] of ["netbsd (the scenario's kernel)", 'linux (compared)'].entries()) {
    const line = look.lines.find((l) => l.text === heading)!;
    expect(line.bottom).toBeLessThanOrEqual(look.drawings[i]!.y + 1);
    expect(Math.abs(line.left - look.drawings[i]!.x)).toBeLessThan(4);
  }
  // The two drawings' patterns keep apart: no id twice, and every reference finds its own.
  expect(look.ids.length).toBeGreaterThan(0);
  expect(new Set(look.ids).size).toBe(look.ids.length);
  expect(look.refs.filter((ref) => ref.startsWith('m1-')).length).toBeGreaterThan(0);
  for (const ref of look.refs) expect(look.ids).toContain(ref);
  // Both at the same scale: the two machines have the same natural width.
  const [a, b] = look.drawings;
  expect(a!.width).toBeCloseTo(b!.width, 3);

  const png = await exportItem(page, 'Slide PNG 1920×1080');
  expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
  await keep('slide-side-by-side-1920x1080.png', png.bytes);
  expect(errors).toEqual([]);
});

test('the presenter view exports the step on screen as a 16:9 slide', async ({ page }) => {
  const errors = watchErrors(page);
  await openSlideStep(page, '&mode=present');
  await page.getByText('Export', { exact: true }).click();
  // The presenter's menu offers the slides only.
  await expect(page.getByRole('group', { name: 'Export' }).getByRole('button')).toHaveText([
    'Slide PNG 1920×1080',
    'Slide PNG 1280×720',
    'Slide SVG 1920×1080',
    'Slide SVG 1280×720',
  ]);
  await page.screenshot({ path: `${SHOTS}/present-export-menu.png` });
  const { download, bytes } = await exportItem(page, 'Slide PNG 1280×720');
  expect(download.suggestedFilename()).toBe(`${SLIDE_ID}-step-${SLIDE_STEP}-1280x720.png`);
  const size = pngSize(bytes);
  expect(size.width * 9).toBe(size.height * 16);
  expect(size).toEqual({ width: 1280, height: 720 });
  await keep('slide-presenter-1280x720.png', bytes);
  await expectSaved(page, download.suggestedFilename());
  // PageDown still moves the presenter on from the focused Export button.
  await page.keyboard.press('PageDown');
  await expect(drawing(page)).toHaveAttribute('data-step', String(SLIDE_STEP + 1));
  expect(errors).toEqual([]);
});
