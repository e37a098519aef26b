import { expect, test, type Page } from '@playwright/test';

import { drawing, SHOTS, watchErrors } from './support.ts';

/** The device pager box under the device `name` in the (first) drawing. */
const objectBox = (page: Page, name: string) =>
  drawing(page).first().locator(`[data-device="${name}"] .pager-object`);

async function at(page: Page, hash: string, step: number): Promise<void> {
  await page.goto(`./#${hash}&step=${step}`);
  await expect(drawing(page).first()).toHaveAttribute('data-step', String(step));
}

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

for (const size of SIZES) {
  test(`${size.width}x${size.height}: the device pager box shows the cached page, and empties when the object dies`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    const name = `${size.width}x${size.height}`;
    await at(page, 'example=pager-remembers-freebsd', 3);
    const box = objectBox(page, 'ttyv');
    await expect(box).toHaveAttribute('data-pages', '1');
    await expect(box).toHaveAttribute('data-objects', '1');
    await expect(box).toContainText('device pager object');
    await expect(box).toContainText('ttyv0 p0 → FB p0');
    await expect(page.locator('[data-drawing-words]').first()).toContainText(
      "ttyv0's object caches page 0 to frame",
    );
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/freebsd-object-cached-${name}.png` });

    // The late mapping's fault found the page there: still one page, now reached by two mappings.
    await at(page, 'example=pager-remembers-freebsd', 7);
    await expect(box).toHaveAttribute('data-pages', '1');

    // Both mappings gone: dev_pager_dealloc freed the object and its fake page.
    await at(page, 'example=pager-remembers-freebsd', 9);
    await expect(box).toHaveAttribute('data-pages', '0');
    await expect(box).toHaveAttribute('data-objects', '0');
    await expect(box).toContainText('none: no mapping');
    await expect(page.locator('[data-drawing-words]').first()).toContainText('no device pager object');
    await page.screenshot({ path: `${SHOTS}/freebsd-object-empty-${name}.png` });

    // A new object asks d_mmap again: screen 0 is behind, so the page cached is its backing store.
    await at(page, 'example=pager-remembers-freebsd', 11);
    await expect(box).toHaveAttribute('data-pages', '1');
    await expect(box).toContainText(/ttyv0 p0 → frame \d+/);
    expect(errors).toEqual([]);
  });
}

test('a managed vt switch on freebsd leaves no violation, and the device has no device pager box', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await at(page, 'example=vt-switch-freebsd', 7);
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'freebsd');
  await expect(page.locator('[data-violation]')).toHaveCount(0);
  await expect(objectBox(page, 'ttyv')).toHaveCount(0);
  await expect(page.locator('[data-drawing-words]').first()).toContainText('No isolation violation.');
  await page.screenshot({ path: `${SHOTS}/freebsd-vt-switch-clean.png` });
  expect(errors).toEqual([]);
});

test('pager=device on freebsd leaves vt-foreground after the switch, with its sentence', async ({ page }) => {
  const errors = watchErrors(page);
  await at(page, 'example=pager-remembers-freebsd', 4);
  const violation = page.locator('[data-violation][data-rule="vt-foreground"]');
  await expect(violation).toHaveCount(1);
  await expect(violation).toContainText(
    "shell's mapping of /dev/ttyv0 at 0x10000000 reaches the framebuffer, which shows screen 1, not screen 0",
  );
  await expect(violation).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/freebsd-pager-device-violation.png` });
  expect(errors).toEqual([]);
});

test('side by side with netbsd marks the steps where the cached page decides', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=pager-remembers-freebsd&compare=netbsd&step=7');
  await expect(drawing(page)).toHaveCount(2);
  await expect(drawing(page).nth(1)).toHaveAttribute('data-kernel', 'netbsd');
  const lane = page.locator('.difference-lane');
  await expect(lane).toHaveAttribute('aria-label', 'Steps that differ between freebsd and netbsd: 7, 8');
  await expect(page.locator('.current-difference')).toContainText(
    "step 7: on freebsd, late's read lands on ttyv page 0 (the framebuffer, showing screen 1)",
  );
  await page.screenshot({ path: `${SHOTS}/freebsd-compare-netbsd.png` });
  expect(errors).toEqual([]);
});

test('predict mode asks the freebsd card story and grades it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=card-freebsd&mode=predict&step=9');
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'freebsd');
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  const pane = page.getByRole('region', { name: 'Predict' });
  const q3 = pane.getByRole('form', { name: 'Predict step 3' });
  for (const group of await q3.getByRole('group').all()) await group.getByRole('radio').first().check();
  await q3.getByRole('button', { name: 'Answer and watch' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await expect(
    pane.getByRole('list', { name: 'Your predictions for step 3' }).getByRole('listitem'),
  ).not.toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/freebsd-predict.png` });
  expect(errors).toEqual([]);
});
