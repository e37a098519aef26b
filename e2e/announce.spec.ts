/** The page's one polite live region: the step it settles on, said once; quiet while playing. */

import { expect, test, type Page } from '@playwright/test';

import { drawing, watchErrors } from './support.ts';

const announcer = (page: Page) => page.locator('[data-announcer]');

/** Opens `hash` and waits for the drawing of `step`, with the focus on the page, not a control. */
async function openAt(page: Page, hash: string, step: number): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(drawing(page)).toHaveAttribute('data-step', String(step));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('a step move is said once the page lands on it: step, actor, outcome', async ({ page }) => {
  const errors = watchErrors(page);
  await openAt(page, '#example=card-linux&step=7', 7);
  await expect(announcer(page)).toHaveCount(1);
  await expect(announcer(page)).toHaveAttribute('aria-live', 'polite');
  // Visually hidden, yet in the page for screen readers.
  await expect(announcer(page)).toHaveClass(/sr-only/);
  // Where the page opened is not said again: nothing has moved yet. (Past the announcer's settling time.)
  await page.waitForTimeout(800);
  await expect(announcer(page)).toHaveText('');
  await page.keyboard.press('ArrowRight');
  await expect(drawing(page)).toHaveAttribute('data-step', '8');
  await expect(announcer(page)).toHaveText(
    'Step 8: cam: read win → ok, page fault, lands device slot page 0, read "photo1"',
  );
  expect(errors).toEqual([]);
});

test('a failed step is said with its errno and its reason', async ({ page }) => {
  await openAt(page, '#example=card-linux&step=5', 5);
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toHaveText(
    'Step 6: cam: mmap fd 1p -> none_yet → ENXIO: slot (card driver) refuses in f_op->mmap: no card is in slot',
  );
  await page.keyboard.press('End');
  await expect(announcer(page)).toHaveText(
    'Step 16: eject slot → ENXIO: no card is in slot: there is nothing to eject',
  );
  // The event log's step summary says the reason after the errno too.
  await expect(page.locator('.step-summary .outcome')).toContainText(
    'ENXIO: no card is in slot: there is nothing to eject',
  );
});

test('playing says nothing per step, then the step where playback pauses', async ({ page }) => {
  await openAt(page, '#example=vt-switch-linux', 0);
  await page.keyboard.press(' ');
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  await expect(announcer(page)).toHaveText('');
  await page.keyboard.press(' ');
  await expect(announcer(page)).toHaveText(/^Step \d+: /);
  const said = /^Step (\d+): /.exec(await announcer(page).innerText())?.[1];
  await expect(drawing(page)).toHaveAttribute('data-step', said ?? 'none');
  await expect(announcer(page).locator('p')).toHaveCount(1);
});

test('the presenter view and the embed have the live region, and the narration is not one', async ({
  page,
}) => {
  await openAt(page, '#example=card-linux&mode=present&step=3', 3);
  await expect(page.locator('.presenter-narration')).not.toHaveAttribute('aria-live', /.*/);
  await page.keyboard.press('PageDown');
  await expect(announcer(page)).toHaveText('Step 4: eject slot → ok; zapped 1 PTE');

  await openAt(page, '?embed=1#example=card-linux&step=13', 13);
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toHaveText(
    'Step 14: insert slot C → EBUSY: card B is in slot: the slot holds one card',
  );
});
