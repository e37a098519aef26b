import { readFile } from 'node:fs/promises';

import { expect, test, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { drawing, SHOTS } from './support.ts';

// Tall enough that CodeMirror renders every line of the scenario.
test.use({ viewport: { width: 1280, height: 1400 } });

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/**
 * A valid scenario with markup and script in every text field that can hold it: the title, narration
 * (step and closing), string values written and read, and expect lines (one fails on purpose, so its text
 * is shown). Names are restricted to identifiers by the language, so they take the names of HTML
 * elements and handlers instead: devices `script`, `img`, `iframe`; processes `svg`, `onerror`; card
 * label `onerror`; region `onload`; and paths are built from those names.
 */
const TITLE = '<img src=x onerror=window.__pwned=1> & <b>bold</b>';
const NARRATION =
  '<script>window.__pwned=10</script><img src=x onerror="window.__pwned=11"> &amp; <b>not bold</b>';
const SECOND_NARRATION = '<svg onload="window.__pwned=12"></svg>';
const EPILOGUE = '<img src=x onerror=window.__pwned=13> the end';
const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=2</script>';
const IFRAME = '<iframe srcdoc="<script>parent.__pwned=4</script>">';
const ENTITIES = '&lt;b&gt;entity&amp;';
const SVG = '<svg onload=window.__pwned=3>';
const TEMPLATE = "{{constructor.constructor('window.__pwned=6')()}}";
const quoted = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;

const SCENARIO = `title ${quoted(TITLE)}
kernel linux
machine ram=32
device script vt screens=2 fb=1p
device img card pages=2 card=onerror
device iframe pseudo regions=onload:1@0

process svg
process onerror

> ${NARRATION}
svg: open /dev/script0 -> fd
svg: mmap fd 1p -> scr
svg: write scr ${quoted(IMG)}
expect device script
> ${SECOND_NARRATION}
svg: write scr+16 ${quoted(SCRIPT)}
onerror: open /dev/img -> card
onerror: mmap card 2p -> win
onerror: write win ${quoted(IFRAME)}
onerror: read win
expect value ${quoted(IFRAME)}
onerror: write win+8 ${quoted(ENTITIES)}
onerror: read win+8
expect value ${quoted(SVG)}
svg: open /dev/iframe -> k
svg: mmap k 1p -> region
svg: write region ${quoted(TEMPLATE)}
switch script 1
svg: read scr
expect value ${quoted(IMG)}
> ${EPILOGUE}
`;

const eventLog = (page: Page) => page.getByRole('region', { name: 'Event log' });

/** Nothing ran, and no element a payload would have made exists. */
async function nothingRan(page: Page) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    imgs: document.querySelectorAll('img').length,
    iframes: document.querySelectorAll('iframe').length,
    // The app's own module script has a src; a payload's would not.
    inlineScripts: Array.from(document.querySelectorAll('script')).filter((s) => !s.src).length,
    handlers: Array.from(document.querySelectorAll('*')).filter((el) =>
      Array.from(el.attributes).some((a) => a.name.startsWith('on')),
    ).length,
    bold: Array.from(document.querySelectorAll('b')).filter((b) => /bold/.test(b.textContent ?? '')).length,
  }));
  expect(found).toEqual({ pwned: undefined, imgs: 0, iframes: 0, inlineScripts: 0, handlers: 0, bold: 0 });
}

test('markup and script in every text field of a scenario are shown as text and never run', async ({
  page,
}) => {
  const parsed = parseScenario(SCENARIO);
  expect(parsed.ok, 'the hostile scenario is a valid one').toBe(true);
  const steps = parsed.ok ? parsed.scenario.steps.length : 0;
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });

  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  const editor = page.getByRole('textbox', { name: 'Scenario text' });
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(SCENARIO);
  await expect(page).toHaveTitle(`${TITLE} · pagerlab`);
  await expect(page.locator('output.position')).toHaveText(`step 0 of ${steps}`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await nothingRan(page);

  // No animation: the test reads each step's end, and fifteen steps of movement would only cost time.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'max' });
  const forward = page.getByRole('button', { name: 'Step forward' });
  const log = eventLog(page);
  for (let step = 1; step <= steps; step++) {
    await forward.click();
    await expect(drawing(page)).toHaveAttribute('data-step', String(step));
    await expect(page.locator('output.position')).toHaveText(
      new RegExp(`^step ${step} of ${steps}, event (\\d+) of \\1$`),
    );
    if (step === 1) {
      await expect(log).toContainText(NARRATION);
      await expect(log).toContainText('svg: open /dev/script0 -> fd');
    }
    if (step === 3) {
      await expect(log).toContainText(`svg: write scr ${quoted(IMG)}`);
      // The terminal's screen shows the value written into the framebuffer, as text (cut short to fit).
      await expect(drawing(page)).toContainText(`p0 ${IMG.slice(0, 12)}`);
    }
    if (step === 4) await expect(log).toContainText(SECOND_NARRATION);
    if (step === 8) await expect(log).toContainText(`read ${JSON.stringify(IFRAME)}`);
    if (step === 10) {
      await expect(log).toContainText(`read ${JSON.stringify(ENTITIES)}`);
      await expect(log.getByRole('list', { name: 'Failed expectations' })).toContainText(
        `expect value ${quoted(SVG)}`,
      );
    }
    if (step === 13) await expect(log).toContainText(quoted(TEMPLATE));
    await nothingRan(page);
  }
  await expect(log).toContainText(EPILOGUE);
  await expect(log).toContainText(`read ${JSON.stringify(IMG)}`);
  await page.screenshot({ path: `${SHOTS}/never-html-end.png` });

  // The exported pictures carry the text escaped, as text: no element a payload would make. A slide also
  // carries the title and the narration.
  for (const item of ['Drawing SVG', 'Slide SVG 1920×1080']) {
    if ((await page.locator('details.export-menu').getAttribute('open')) === null)
      await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: item }).click(),
    ]);
    const svg = await readFile(await download.path(), 'utf8');
    // The drawing cuts a long value to its box: what it keeps is still escaped text.
    expect(svg).toContain('&lt;img src=x');
    expect(svg).toContain('&lt;iframe src');
    // Parsed (parsing runs nothing), the file has only the drawing's own elements, with no handlers.
    const parsedSvg = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = Array.from(doc.querySelectorAll('*'));
      return {
        error: doc.querySelector('parsererror') !== null,
        foreign: all.filter((el) => /^(img|script|iframe|foreignObject|a)$/i.test(el.localName)).length,
        handlers: all.filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length,
      };
    }, svg);
    expect(parsedSvg).toEqual({ error: false, foreign: 0, handlers: 0 });
  }
  await nothingRan(page);

  // An invalid line with markup: its error is shown as text, and still nothing runs.
  await page.locator('.cm-content > .cm-line').last().click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('\n<img src=x onerror=window.__pwned=20>');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The scenario is not valid');
  await nothingRan(page);
  await page.screenshot({ path: `${SHOTS}/never-html-error.png` });
  expect(errors).toEqual([]);
});
