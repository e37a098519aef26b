import { expect, test, type Page } from '@playwright/test';

import { drawing, SHOTS, watchErrors } from './support.ts';

const editorText = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('.cm-content > .cm-line'), (l) => l.textContent).join('\n'),
  );
const panel = (page: Page) => page.locator('details.driver-panel');

test.use({ viewport: { width: 1280, height: 900 } });

test('a student writes the card driver out as a block, changes the eject hook in the panel, and the machine breaks card-present', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=card-linux&step=4');
  await expect(drawing(page)).toHaveAttribute('data-step', '4');
  await expect(page.getByRole('textbox', { name: 'Scenario text' })).toBeVisible();
  // The built-in's eject zaps: nothing is broken at step 4.
  await expect(drawing(page).getByText('card-present')).toHaveCount(0);

  await panel(page).locator('summary').click();
  await page.getByRole('button', { name: "Write slot's card driver as a block" }).click();
  await expect.poll(() => editorText(page)).toContain('driver slot_driver card');
  await expect(page.getByRole('group', { name: /driver slot_driver for card devices/ })).toBeVisible();

  const eject = page.getByRole('combobox', { name: /eject/ });
  await expect(eject).toHaveValue('all');
  await eject.selectOption('none');
  await expect.poll(() => editorText(page)).toMatch(/^ {2}eject=none\b/m);
  // The text ran again: after the eject the mapping still reaches the empty window.
  await expect(drawing(page).getByText('card-present').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/driver-panel-1280.png` });

  // The text edits the controls, and the panel's edit is one undo step in the editor.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+z');
  await expect(eject).toHaveValue('all');
  const slot = page.getByRole('checkbox', { name: 'slot' });
  await expect(slot).toBeChecked();
  await slot.uncheck();
  await expect.poll(() => editorText(page)).toMatch(/^ {2}checks=range\b/m);
  expect(errors).toEqual([]);
});

for (const size of [
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
]) {
  test(`the panel fits at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./#example=card-linux&step=4');
    await expect(drawing(page)).toHaveAttribute('data-step', '4');
    await panel(page).locator('summary').click();
    await page.getByRole('button', { name: "Write slot's card driver as a block" }).click();
    const block = page.getByRole('group', { name: /driver slot_driver/ });
    await expect(block).toBeVisible();
    await block.scrollIntoViewIfNeeded();
    const box = await block.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/driver-panel-${size.width}.png` });
  });
}
