import { expect, test, type Page } from '@playwright/test';
import { SHOTS, watchErrors } from './support.ts';

const machines = (page: Page) => page.locator('figure[data-step]');
const lane = (page: Page) => page.locator('.difference-lane');
const current = (page: Page) => page.locator('.current-difference');
const list = (page: Page) => page.getByRole('navigation', { name: 'Steps that differ' });

/** Both machines show `step`, all its events played. */
async function both(page: Page, step: number): Promise<void> {
  await expect(machines(page)).toHaveCount(2);
  await expect(machines(page).nth(0)).toHaveAttribute('data-step', String(step));
  await expect(machines(page).nth(1)).toHaveAttribute('data-step', String(step));
  await expect(page.locator('output.position')).toHaveText(
    new RegExp(`^step ${step} of \\d+(, event (\\d+) of \\2)?$`),
  );
}

test('side by side shows the switch on linux and netbsd with the differing steps marked', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=vt-switch-linux&compare=netbsd');
  await both(page, 0);
  await expect(machines(page).nth(0)).toHaveAttribute('data-kernel', 'linux');
  await expect(machines(page).nth(1)).toHaveAttribute('data-kernel', 'netbsd');
  await expect(page.getByRole('combobox', { name: 'Compare with' })).toHaveValue('netbsd');

  // From the switch (step 7) on, netbsd keeps the stale mappings: five steps differ, marked on the timeline.
  await expect(lane(page)).toHaveAttribute('data-count', '5');
  await expect(lane(page)).toHaveAttribute(
    'aria-label',
    'Steps that differ between linux and netbsd: 7, 8, 9, 10, 11',
  );
  await expect(lane(page).locator('.difference-tick')).toHaveCount(5);
  await expect(list(page).getByRole('heading')).toHaveText('5 steps differ between linux and netbsd');
  await expect(list(page).getByRole('listitem')).toHaveCount(5);

  // Stepping moves both machines; a step that agrees says so.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await both(page, 1);
  await expect(current(page)).toHaveText('step 1: linux and netbsd agree.');
  await expect(current(page)).toHaveAttribute('data-differs', 'false');

  // The list goes to a step, and the words say what happened under each kernel.
  await list(page)
    .getByRole('button', { name: /^step 8:/ })
    .click();
  await both(page, 8);
  await expect(current(page)).toHaveAttribute('data-differs', 'true');
  await expect(current(page)).toContainText(
    "step 8: on linux, shell's read faults, lands in RAM frame 0 (ttyv screen 0's backing store)",
  );
  await expect(current(page)).toContainText(
    'on netbsd it does not fault, lands on ttyv page 0 (the framebuffer, showing screen 1), reads "0" ' +
      'and leaves rule vt-foreground broken.',
  );
  await expect(list(page).locator('li[aria-current="step"]')).toHaveAttribute('data-step', '8');
  // The netbsd machine shows the violation; the linux one does not.
  await expect(machines(page).nth(1).getByText('vt-foreground').first()).toBeVisible();
  await expect(page).toHaveURL(/#example=vt-switch-linux&step=8&compare=netbsd$/);
  await page.screenshot({ path: `${SHOTS}/compare-vt-switch.png` });
  expect(errors).toEqual([]);
});

test('the card under linux and irix, chosen from the top bar, and turned off again', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=card-linux&step=5');
  await expect(machines(page)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Compare with' }).selectOption('irix');
  await both(page, 5);
  await expect(page).toHaveURL(/compare=irix/);
  await expect(current(page)).toContainText("step 5: on linux, cam's read faults, gets SIGBUS");
  await expect(current(page)).toContainText('on irix it does not fault, succeeds');
  await expect(lane(page).locator('.difference-tick').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-card-irix.png` });
  await page.getByRole('combobox', { name: 'Compare with' }).selectOption('');
  await expect(machines(page)).toHaveCount(1);
  await expect(lane(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/compare=/);
  expect(errors).toEqual([]);
});
