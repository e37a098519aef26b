import { expect, test, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { findBuiltin, LIBRARY } from '../src/scenario/library/index.ts';

const SHOTS = 'e2e/screenshots';

/** Collects what a person would see as a broken page: console errors and uncaught exceptions. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

test('the page runs the default built-in scenario in the worker and shows each step', async ({ page }) => {
  const errors = watchErrors(page);
  const builtin = findBuiltin('first-touch');
  expect(builtin, 'the library has first-touch').toBeDefined();
  const parsed = parseScenario(builtin?.text ?? '');
  if (!parsed.ok) throw new Error('first-touch does not parse');
  const stepCount = parsed.scenario.steps.length;

  await page.goto('./');
  const result = page.locator('[data-step]');
  await expect(result).toHaveAttribute('data-step', String(stepCount));
  await expect(result).toHaveAttribute('data-kernel', parsed.scenario.kernel ?? 'linux');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(parsed.scenario.title ?? 'first-touch');

  const table = page.getByRole('table', { name: 'Step outcomes' });
  await expect(table.locator('tbody tr')).toHaveCount(stepCount);
  const firstLine = parsed.scenario.steps[0]?.pos.line;
  await expect(table.locator('tbody tr').first().getByRole('cell').first()).toHaveText(String(firstLine));
  await expect(page.getByText(/all \d+ expectations? held/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.screenshot({ path: `${SHOTS}/outcome-first-touch.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('an unknown example id is reported in an alert', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=no-such-id');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('no-such-id');
  await expect(page.locator('[data-step]')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/outcome-unknown-example.png` });

  // The way back: the alert links to the default scenario, which then runs.
  await alert.getByRole('link').click();
  await expect(page.locator('[data-example="first-touch"]')).toHaveAttribute('data-step', /^[1-9]\d*$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('changing #example runs another built-in scenario', async ({ page }) => {
  const errors = watchErrors(page);
  const other = LIBRARY[1];
  test.skip(other === undefined, 'the library has one scenario');
  const parsed = parseScenario(other?.text ?? '');
  if (!parsed.ok) throw new Error(`${other?.id} does not parse`);

  await page.goto('./');
  await expect(page.locator('[data-example="first-touch"]')).toBeVisible();
  await page.evaluate((id) => (window.location.hash = `example=${id}`), other?.id ?? '');
  const result = page.locator(`[data-example="${other?.id}"]`);
  await expect(result).toHaveAttribute('data-step', String(parsed.scenario.steps.length));
  await expect(result).toHaveAttribute('data-kernel', parsed.scenario.kernel ?? 'linux');
  // Scenario text is shown as text, never as markup.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(parsed.scenario.title ?? other?.id ?? '');
  await expect(page.locator('tbody tr')).toHaveCount(parsed.scenario.steps.length);
  await page.screenshot({ path: `${SHOTS}/outcome-${other?.id}.png`, fullPage: true });
  expect(errors).toEqual([]);
});
