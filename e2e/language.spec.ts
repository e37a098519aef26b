/** The Language dialog (the reference, searchable, "Try it") and "New scenario" with its templates. */

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { drawing, SHOTS, watchErrors } from './support.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Scenario language' });
const editorText = (page: Page) => page.locator('.cm-content');

async function openLanguage(page: Page) {
  const more = page.getByRole('button', { name: 'More' });
  if (await more.isVisible()) await more.click();
  await page.getByRole('button', { name: 'Language', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
}

test('the Language dialog searches the reference, and Try it opens an example as a draft', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch&step=2');
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  await openLanguage(page);
  const search = page.getByRole('searchbox', { name: 'Search the language reference' });
  // The search has focus: typing filters at once.
  await expect(search).toBeFocused();
  await expect(dialog(page).getByRole('heading', { name: 'Devices' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/language-dialog-1280.png` });
  await page.keyboard.type('EINVAL');
  const first = dialog(page).locator('article').first();
  await expect(first).toHaveAttribute('data-entry', 'errno:EINVAL');
  await expect(dialog(page).getByRole('status')).toContainText(/\d+ of \d+ entries/);
  await page.screenshot({ path: `${SHOTS}/language-search-einval.png` });

  await search.fill('mmap');
  await expect(first).toHaveAttribute('data-entry', 'step:mmap');
  await first.getByRole('button', { name: 'Try the example of mmap' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(editorText(page)).toContainText('shell: mmap fd 1p private -> cow');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await page.keyboard.press('End');
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  // The example's refused mmap says why, on the drawing and in the log.
  await expect(page.locator('.step-summary .outcome')).toContainText(
    'EINVAL: ttyv (vt driver) refuses MAP_PRIVATE',
  );
  await expect
    .poll(async () => (await drawing(page).locator('.note-why').allTextContents()).join(' '))
    .toContain('MAP_PRIVATE');
  await page.screenshot({ path: `${SHOTS}/language-try-it-mmap.png` });
  // It is a draft of the user's own: listed under Recent.
  await page.getByRole('button', { name: 'Recent' }).click();
  await expect(page.locator('.recent')).toContainText('device ttyv vt draft');
  expect(errors).toEqual([]);
});

test('the Language dialog is a labelled modal that Escape closes, back to the button', async ({ page }) => {
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await openLanguage(page);
  const axe = await new AxeBuilder({ page }).include('dialog.language').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Language', exact: true })).toBeFocused();
});

test('the Language dialog fits 1280x720, its examples scrolling in their own box', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await openLanguage(page);
  const box = await dialog(page).boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 720 && box.x + box.width <= 1280).toBe(true);
  await page.getByRole('searchbox').fill('pseudo');
  await expect(dialog(page).locator('article').first()).toHaveAttribute('data-entry', 'device:pseudo');
  const fontSize = await dialog(page)
    .locator('article p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(14);
  await page.screenshot({ path: `${SHOTS}/language-dialog-1280x720.png` });
});

test('the Language dialog and New scenario are legible on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await openLanguage(page);
  const box = await dialog(page).boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  // Nothing in it is wider than the dialog: the examples scroll inside their own box.
  const overflow = await dialog(page).evaluate((d) => d.scrollWidth - d.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('searchbox').fill('vt');
  await page.screenshot({ path: `${SHOTS}/language-dialog-390.png` });
  // In the search, the first Escape empties it (as any search field); the second closes the dialog.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  // More is still open from before.
  await page.getByRole('button', { name: 'New scenario' }).click();
  await expect(page.getByRole('dialog', { name: 'New scenario' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/new-scenario-390.png` });
});

test('New scenario opens a template that runs, with every expectation held', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await page.getByRole('button', { name: 'New scenario' }).click();
  const d = page.getByRole('dialog', { name: 'New scenario' });
  await expect(d).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/new-scenario-1280.png` });
  await d.getByRole('button', { name: 'A card eject' }).click();
  await expect(d).toBeHidden();
  await expect(editorText(page)).toContainText('title "A card eject"');
  await expect(page).toHaveTitle(/A card eject/);
  await page.keyboard.press('End');
  await expect(drawing(page)).toHaveAttribute('data-step', '7');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.load-status')).not.toContainText(/failed|✗/);
  await page.screenshot({ path: `${SHOTS}/new-scenario-card-eject.png` });
  expect(errors).toEqual([]);
});
