/** The editor helps as one types: completion, the reference's entry on hover, and quick fixes. */

import { expect, test, type Page } from '@playwright/test';

import { drawing, SHOTS, watchErrors } from './support.ts';

test.use({ viewport: { width: 1280, height: 1000 } });

const editor = (page: Page) => page.getByRole('textbox', { name: 'Scenario text' });
const completions = (page: Page) => page.locator('.cm-tooltip-autocomplete');
const lines = (page: Page) => page.locator('.cm-content > .cm-line');

/** Starts from the "One device, two processes" template, the cursor on a new last line. */
async function startTemplate(page: Page) {
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await page.getByRole('button', { name: 'New scenario' }).click();
  await page.getByRole('button', { name: 'One device, two processes' }).click();
  await expect(editor(page)).toContainText('title "One device, two processes"');
  await editor(page).click();
  await page.keyboard.press('Control+End');
}

test("typing completes step words, then the process's variables, and expect offers the errnos", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await startTemplate(page);
  await page.keyboard.type('writer: mm');
  await expect(completions(page)).toBeVisible();
  await expect(completions(page).getByRole('option', { name: /^mmap/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/assist-complete-mmap.png` });
  await page.keyboard.press('Enter');
  await expect(lines(page).last()).toHaveText('writer: mmap ');
  // The descriptor is one of the writer's own variables.
  await expect(completions(page).getByRole('option', { name: /^fd/ })).toBeVisible();
  await page.keyboard.type('fd 2p -> m2');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.keyboard.type('expect E');
  await expect(completions(page).getByRole('option', { name: /^EINVAL/ })).toBeVisible();
  await expect(completions(page).getByRole('option', { name: /^ENXIO/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/assist-complete-expect.png` });
  await page.keyboard.type('NX');
  await page.keyboard.press('Enter');
  await expect(lines(page).last()).toHaveText('expect ENXIO');
  expect(errors).toEqual([]);
});

test('hovering a word shows its entry from the reference, which opens in the Language dialog', async ({
  page,
}) => {
  await startTemplate(page);
  const mmap = page.locator('.cm-line', { hasText: 'writer: mmap fd 2p -> m' }).getByText('mmap');
  await mmap.hover();
  const tip = page.locator('.cm-scn-entry');
  await expect(tip).toContainText('PROC: mmap FD LEN');
  await expect(tip).toHaveAttribute('data-entry', 'step:mmap');
  await page.screenshot({ path: `${SHOTS}/assist-hover-mmap.png` });
  await page.mouse.move(900, 900);
  await expect(tip).toBeHidden();
  await page
    .locator('.cm-line', { hasText: /^expect value "hello"$/ })
    .getByText('expect')
    .hover();
  await expect(tip).toHaveAttribute('data-entry', 'line:expect');
  await expect(tip).toContainText('expect CHECK');
  await tip.getByRole('button', { name: 'Open in the language reference' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenario language' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-entry="line:expect"]')).toBeInViewport();
});

test("an unknown key is fixed from the error's quick fix, and a misspelt errno too", async ({ page }) => {
  await startTemplate(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(
    'device buf kbuf page=2\nprocess p\np: open /dev/buf -> fd\nexpect EINVLA\n',
  );
  await page.keyboard.press('Escape');
  const bad = page.locator('.cm-lintRange-error').first();
  await expect(bad).toBeVisible();
  await bad.hover();
  const fix = page.locator('.cm-tooltip-lint').getByRole('button', { name: 'Use pages' });
  await expect(fix).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/assist-quick-fix-key.png` });
  await fix.click();
  await expect(lines(page).first()).toHaveText('device buf kbuf pages=2');
  const errno = page.locator('.cm-lintRange-error').first();
  await expect(errno).toHaveText(/EINVLA/);
  await errno.hover();
  await page.locator('.cm-tooltip-lint').getByRole('button', { name: 'Use EINVAL' }).click();
  await expect(lines(page).nth(3)).toHaveText('expect EINVAL');
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
  await expect(drawing(page)).toHaveAttribute('data-step', /\d+/);
});
