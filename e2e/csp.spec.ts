import { expect, test, type Page } from '@playwright/test';

import { CONTENT_SECURITY_POLICY } from '../build/csp.ts';
import { drawing, SHOTS } from './support.ts';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __violations?: Violation[];
    __ran?: string[];
  }
}

/**
 * Records every CSP violation the page reports, from before its first script (an init script is not
 * subject to the page's policy), and every console error.
 */
async function watchPolicy(
  page: Page,
): Promise<{ errors: string[]; violations: () => Promise<Violation[]> }> {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { errors, violations: () => page.evaluate(() => window.__violations ?? []) };
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'Scenario text' });

async function exportAll(page: Page) {
  // The slides too: they paint an SVG of the page's drawings on a canvas, and nest them with CSSOM styles.
  for (const item of [
    'Slide PNG 1920×1080',
    'Slide SVG 1280×720',
    'Drawing SVG',
    'Download trace (JSON lines)',
    'Download .scn',
  ]) {
    if ((await page.locator('details.export-menu').getAttribute('open')) === null)
      await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: item }).click(),
    ]);
    expect(await download.failure()).toBeNull();
  }
}

test('the page carries the policy, and loading, editing, playing and exporting break none of it', async ({
  page,
}) => {
  const { errors, violations } = await watchPolicy(page);
  await page.goto('./#example=card-linux');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  const policies = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
  expect(policies[0]).toBe(CONTENT_SECURITY_POLICY);
  // The second policy: inline styles only with this page load's nonce.
  expect(policies[1]).toMatch(/^style-src 'self' 'nonce-[A-Za-z0-9+/]{24}'$/);

  // The editor (its chunk and its nonced theme) and a run of edited text.
  await expect(editor(page)).toBeVisible();
  await expect(page.locator('.cm-editor')).toHaveCSS('display', 'flex');
  await page.locator('.cm-content > .cm-line').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type('\n# checked under the policy');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toContainText('(edited)');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await exportAll(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: 'Help' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: `${SHOTS}/csp-app.png` });

  // Embed mode, too.
  await page.goto('./?embed=1#example=first-touch&step=2');
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '3');

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('the policy stops what an injection would try: inline script, handlers, foreign workers, styles', async ({
  page,
}) => {
  const { violations } = await watchPolicy(page);
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await expect(editor(page)).toBeVisible();

  // What an injection bug would do, done on purpose: the policy must stop each of them.
  const outcome = await page.evaluate(async () => {
    window.__ran = [];
    const script = document.createElement('script');
    script.textContent = 'window.__ran.push("inline script")';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML =
      '<img src="data:," alt="" onload="window.__ran.push(\'load\')" onerror="window.__ran.push(\'error\')">';
    document.body.append(holder);
    // A worker from anywhere but the app's own files (a blob: here) never starts: the policy reports it.
    const worker = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
    worker.onmessage = () => window.__ran!.push('worker');
    const style = document.createElement('style');
    style.textContent = 'body { visibility: hidden }';
    document.head.append(style);
    const attr = document.createElement('p');
    attr.setAttribute('style', 'visibility: hidden');
    document.body.append(attr);
    await new Promise((r) => setTimeout(r, 200));
    return {
      ran: window.__ran,
      body: getComputedStyle(document.body).visibility,
      attr: getComputedStyle(attr).visibility,
    };
  });
  expect(outcome).toEqual({ ran: [], body: 'visible', attr: 'visible' });
  // eval cannot be tried from here (the test's own code runs outside the page's policy): the policy
  // itself must not allow it.
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-hashes|\*|https?:/);
  const directives = new Set((await violations()).map((v) => v.directive));
  for (const d of ['script-src-elem', 'script-src-attr', 'worker-src', 'style-src-elem', 'style-src-attr'])
    expect(directives, d).toContain(d);
  // The editor's own styles still apply: its nonce is the one the policy allows.
  await expect(page.locator('.cm-editor')).toHaveCSS('display', 'flex');
});
