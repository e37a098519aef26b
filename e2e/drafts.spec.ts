/** No draft is lost without a word (issue 19): a text over the draft limit, and a full storage, say so. */

import { expect, test } from '@playwright/test';

import { drawing, SHOTS, watchErrors } from './support.ts';

const notice = (page: import('@playwright/test').Page) => page.locator('[data-draft-unsaved]');

test('a 1.5 MB .scn file opens and runs, and the page says its draft is not kept and what to do', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  const text = `title "big"\nprocess p\np: read 0\n${'# padding to one and a half megabytes\n'.repeat(40_000)}`;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario file' }).click();
  await (await chooser).setFiles({ name: 'big.scn', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.locator('output.position')).toHaveText('step 0 of 1');
  await expect(notice(page)).toHaveAttribute('data-draft-unsaved', 'too-large');
  await expect(notice(page)).toContainText('more than the browser keeps as a draft');
  await expect(notice(page)).toContainText('download the scenario as a .scn file');
  await page.screenshot({ path: `${SHOTS}/drafts-too-large.png` });
  expect(errors).toEqual([]);
});

test('with local storage full, an edit says its draft was not saved', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  // Every write to storage fails from now on, as it does when the site's quota is used up.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# an edit with nowhere to go');
  await expect(notice(page)).toHaveAttribute('data-draft-unsaved', 'full');
  await expect(notice(page)).toContainText("The browser's storage is full");
  expect(errors).toEqual([]);
});

test('two tabs editing keep two drafts: neither overwrites the other', async ({ context, page }) => {
  const errors = watchErrors(page);
  const stored = async () =>
    JSON.parse((await page.evaluate(() => localStorage.getItem('pagerlab.recent.v1'))) ?? '[]') as Array<{
      kind: string;
      text: string;
    }>;
  const type = async (tab: import('@playwright/test').Page, line: string) => {
    await tab.locator('.cm-content').click();
    // At the top, where the editor draws it (it draws only the lines in view).
    await tab.keyboard.press('Control+Home');
    await tab.keyboard.type(`${line}\n`);
  };
  await page.goto('./');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await type(page, '# tab A');
  await expect.poll(async () => (await stored()).filter((e) => e.kind === 'draft').length).toBe(1);
  // Tab B opens on a bare address: tab A's draft shows; its edits make a draft of B's own.
  const other = await context.newPage();
  await other.goto('./');
  await expect(other.locator('.cm-content')).toContainText('# tab A');
  await type(other, '# tab B');
  await type(page, '# tab A again');
  await expect
    .poll(async () =>
      (await stored())
        .filter((e) => e.kind === 'draft')
        .map((e) => (e.text.includes('# tab B') ? 'B' : e.text.includes('# tab A again') ? 'A' : '?'))
        .sort(),
    )
    .toEqual(['A', 'B']);
  expect(errors).toEqual([]);
});
