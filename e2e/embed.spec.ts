import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { LIBRARY } from '../src/scenario/library/index.ts';
import { SHOTS, watchErrors } from './support.ts';

const PORT = Number(process.env.PAGERLAB_E2E_PORT ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;

function stepCount(text: string): number {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error('a built-in does not parse');
  return parsed.scenario.steps.length;
}

/** A course page on another origin (about:blank) that embeds the app in an 800x500 iframe. */
async function host(page: Page, hash: string): Promise<{ frame: FrameLocator; inner: Frame }> {
  await page.setContent(
    `<!doctype html><title>Course</title><h1 style="font:16px sans-serif">Week 5: device memory</h1>` +
      `<iframe title="pagerlab" width="800" height="500" style="border:1px solid #888" ` +
      `src="${ORIGIN}/?embed=1#${hash}"></iframe>`,
  );
  const handle = await page.locator('iframe').elementHandle();
  const inner = await handle?.contentFrame();
  if (!inner) throw new Error('the iframe has no frame');
  return { frame: page.frameLocator('iframe'), inner };
}

/** Whether anything in the frame scrolls: the document, or the drawing's own area. */
function overflow(inner: Frame) {
  return inner.evaluate(() => {
    const doc = document.documentElement;
    const area = document.querySelector('.machine-scroll');
    return {
      viewport: { width: innerWidth, height: innerHeight },
      document: { x: doc.scrollWidth - doc.clientWidth, y: doc.scrollHeight - doc.clientHeight },
      drawing: area
        ? { x: area.scrollWidth - area.clientWidth, y: area.scrollHeight - area.clientHeight }
        : null,
    };
  });
}

test('embed mode shows only the drawing and playback, fitting an 800x500 iframe, and plays', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const { frame, inner } = await host(page, 'example=vt-switch-linux');
  const drawing = frame.locator('figure[data-step]');
  await expect(drawing).toHaveAttribute('data-step', '0');
  // Only the drawing and the controls: no editor, no event log, no scenario picker.
  await expect(frame.getByRole('region', { name: 'Scenario text' })).toHaveCount(0);
  await expect(frame.getByRole('region', { name: 'Event log' })).toHaveCount(0);
  await expect(frame.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  await expect(frame.getByRole('contentinfo', { name: 'Playback' })).toBeVisible();

  for (let step = 1; step <= 4; step++) {
    await frame.getByRole('button', { name: 'Step forward' }).click();
    await expect(drawing).toHaveAttribute('data-step', String(step));
  }
  await expect(frame.locator('output.position')).toHaveText(/^step 4 of \d+, event (\d+) of \1$/);
  const o = await overflow(inner);
  expect(o.viewport).toEqual({ width: 800, height: 500 });
  expect(o.document).toEqual({ x: 0, y: 0 });
  // The whole left-to-right path shows; a machine taller than the frame scrolls down inside its box.
  expect(o.drawing!.x).toBe(0);
  await page.screenshot({ path: `${SHOTS}/embed-vt-switch-linux.png` });

  await frame.getByRole('button', { name: 'Play' }).click();
  await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();
  await frame.getByRole('button', { name: 'Jump to end' }).click();
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('every built-in at its last step fits the embed across, readable, with the page not scrolling', async ({
  page,
}) => {
  const { frame, inner } = await host(page, 'example=first-touch');
  const drawing = frame.locator('figure[data-step]');
  await expect(drawing).toHaveAttribute('data-step', '0');
  for (const b of LIBRARY) {
    const last = stepCount(b.text);
    // The address is the app's: a new hash in the same frame opens the next scenario.
    await inner.evaluate((hash) => (location.hash = hash), `example=${b.id}&step=${last}`);
    await expect(drawing).toHaveAttribute('data-step', String(last));
    await expect(frame.locator('.embed-title')).toHaveText(/\S/);
    const o = await overflow(inner);
    expect(o.document, b.id).toEqual({ x: 0, y: 0 });
    expect(o.drawing!.x, b.id).toBe(0);
    // Its words stay readable (10 px at least): past that the drawing scrolls rather than shrinks.
    expect(Number(await drawing.getAttribute('data-scale')) * 13, b.id).toBeGreaterThanOrEqual(9.99);
  }
  await page.screenshot({ path: `${SHOTS}/embed-last-builtin.png` });
});

test('"Open in pagerlab" opens the full app in a new tab at the step shown', async ({ page, context }) => {
  const errors = watchErrors(page);
  const { frame } = await host(page, 'example=card-linux&step=2');
  const drawing = frame.locator('figure[data-step]');
  await expect(drawing).toHaveAttribute('data-step', '2');
  const link = frame.getByRole('link', { name: 'Open in pagerlab' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  await expect(link).toHaveAttribute('href', `${ORIGIN}/#example=card-linux&step=2`);

  await frame.getByRole('button', { name: 'Step forward' }).click();
  await expect(drawing).toHaveAttribute('data-step', '3');
  // The frame's address follows playback (throttled); the link follows the address.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await link.hover();
    await expect(link).toHaveAttribute('href', `${ORIGIN}/#example=card-linux&step=3`, { timeout: 100 });
  }).toPass();
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await full.waitForLoadState();
  expect(full.url()).toBe(`${ORIGIN}/#example=card-linux&step=3`);
  await expect(full.locator('figure[data-step]')).toHaveAttribute('data-step', '3');
  await expect(full.getByRole('combobox', { name: 'Scenario' })).toHaveValue('card-linux');
  await full.close();
  expect(errors).toEqual([]);
});
