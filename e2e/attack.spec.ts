/**
 * "Find an attack": the search runs in its own worker while the page stays responsive, its progress is
 * shown and can be cancelled, and a found attack opens as a walkthrough at the step that breaks the rule,
 * with its sentence in the narration and the violation on the drawing.
 */

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { drawing, modeButton, SHOTS, watchErrors } from './support.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Find an attack' });
const findButton = (page: Page) => page.getByRole('button', { name: 'Find an attack…' });
const progress = (page: Page) => dialog(page).getByRole('progressbar');
const result = (page: Page) => dialog(page).locator('.attack-result');

const SIZES = [
  { width: 390, height: 844, phone: true },
  { width: 1280, height: 720, phone: false },
  { width: 1920, height: 1080, phone: false },
] as const;

/** Opens the dialog from the editor's button, as a person does; focus lands on its first choice. */
async function openDialog(page: Page): Promise<void> {
  await expect(drawing(page)).toBeVisible();
  await findButton(page).click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('combobox', { name: 'Depth' })).toBeFocused();
}

/** Starts a search deep enough to run for seconds: linux revokes, so there is none to find. */
async function startLongSearch(page: Page): Promise<void> {
  await dialog(page).getByRole('combobox', { name: 'Depth' }).selectOption('8');
  await dialog(page).getByRole('button', { name: 'Start' }).click();
  await expect(progress(page)).toBeVisible();
  await expect(dialog(page).getByText(/states explored, [\d,]+ states\/s/)).toBeVisible();
}

test('a found attack opens as a walkthrough at its violating step', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=card-netbsd');
  await openDialog(page);
  await dialog(page).getByRole('button', { name: 'Start' }).click();
  await expect(result(page)).toBeFocused();
  const said = await result(page).locator('p').innerText();
  const [, steps, at] =
    /^Attack found in (\d+) steps?: breaks card-present at step (\d+) under netbsd\.$/.exec(said) ?? [];
  expect(steps, said).toBeDefined();

  await dialog(page).getByRole('button', { name: 'Open as walkthrough' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(modeButton(page)).toHaveAttribute('data-mode', 'walkthrough');
  await expect(drawing(page)).toHaveAttribute('data-step', at!);
  await expect(page).toHaveURL(new RegExp(`[#&]s=1\\.[^&]+.*&step=${at}(&|$).*mode=walkthrough`));
  // The attack's own narration for its last step, and the broken rule on the drawing.
  const lecture = page.getByRole('region', { name: 'Walkthrough' }).locator('article.lecture');
  await expect(lecture).toContainText(`Attack step ${steps}: the card leaves slot.`);
  await expect(page.locator('[data-violation][data-rule="card-present"]').first()).toBeVisible();
  await expect(page.locator('#drawing')).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/attack-walkthrough.png` });
  expect(errors).toEqual([]);
});

test('Cancel stops a long search, and playback goes on while it runs', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=vt-switch-linux');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  // Escape closes the dialog and cancels its search; focus goes back to the button.
  await openDialog(page);
  await startLongSearch(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(findButton(page)).toBeFocused();

  // Playing, then searching: the engine's worker and the page keep the playback going behind the dialog.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(drawing(page)).not.toHaveAttribute('data-step', '0');
  await openDialog(page);
  await startLongSearch(page);
  const stepNow = Number(await drawing(page).getAttribute('data-step'));
  await expect(drawing(page)).not.toHaveAttribute('data-step', String(stepNow));
  await expect(progress(page)).toBeVisible();
  // The live region says the depth, not every report.
  await expect(dialog(page).getByRole('status')).toHaveText(/^Searching depth \d of 8…$/);

  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(progress(page)).toHaveCount(0);
  await expect(result(page)).toHaveText(/^Search cancelled in depth \d of 8, after [\d,]+ states\.$/);
  await expect(result(page)).toBeFocused();
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(findButton(page)).toBeFocused();
  expect(errors).toEqual([]);
});

test('an invalid text is pointed back at the editor', async ({ page }) => {
  await page.goto('./#example=card-netbsd');
  await expect(page.locator('.cm-editor')).toBeVisible();
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\ncam: frobnicate\n');
  await openDialog(page);
  await dialog(page).getByRole('button', { name: 'Start' }).click();
  await expect(result(page)).toHaveText(/^The editor's text has 1 error, marked in the editor/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the open dialog has no serious or critical axe finding, ${theme} theme`, async ({ page }) => {
    await page.goto(`./#example=vt-switch-linux&theme=${theme}`);
    await openDialog(page);
    await startLongSearch(page);
    const { violations } = await new AxeBuilder({ page })
      .include('dialog.attack')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  });
}

for (const size of SIZES) {
  test(`screenshots at ${size.width}x${size.height}: in progress and with a result`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      ...(size.phone ? { isMobile: true, hasTouch: true } : {}),
    });
    const page = await context.newPage();
    await page.goto('./#example=vt-switch-linux');
    await openDialog(page);
    await startLongSearch(page);
    // Every control of the dialog is a target of the size its pointer needs.
    const least = size.phone ? 44 : 24;
    for (const control of await dialog(page).locator('button, select').all()) {
      const box = await control.boundingBox();
      expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(least);
    }
    await page.screenshot({ path: `${SHOTS}/attack-progress-${size.width}x${size.height}.png` });
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await dialog(page).getByRole('button', { name: 'Close' }).click();

    await page.goto('./#example=card-netbsd');
    await openDialog(page);
    await dialog(page).getByRole('button', { name: 'Start' }).click();
    await expect(dialog(page).getByRole('button', { name: 'Open as walkthrough' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/attack-found-${size.width}x${size.height}.png` });
    await context.close();
  });
}
