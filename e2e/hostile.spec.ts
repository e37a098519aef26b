/**
 * Links built to hurt (issue 19): a machine that cannot be built, floods of errors, a run past the work
 * bound. Each opens with its error in the alert, capped, the draft kept, and a page that answers.
 */

import { expect, test, type Page } from '@playwright/test';

import { badEscapes, badLines, eagerCardLoop } from '../bench/worstCases.ts';
import { encodeScenarioLink } from '../src/share/link.ts';
import { drawing, SHOTS, watchErrors } from './support.ts';

const RECENT_KEY = 'pagerlab.recent.v1';

async function linkTo(text: string): Promise<string> {
  const value = await encodeScenarioLink(text);
  if (value === null) throw new Error('the text does not fit in a link');
  return `./#s=${value}`;
}

/** The stored draft's text, once one is there. */
async function draftText(page: Page): Promise<string> {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', RECENT_KEY))
    .toContain('# my own draft');
  const list = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), RECENT_KEY)) ?? '[]');
  return (list as Array<{ kind: string; text: string }>).find((e) => e.kind === 'draft')!.text;
}

/**
 * The page answers a click: the Recent menu opens. What this guards is a page frozen by hostile input
 * (a worker that never yields, a parse on the main thread): such a page never answers, so the bound is
 * generous. How fast it answers is a figure, not a verdict: it is written in the report as an annotation
 * (a 1-second bound here failed one run in three on this 2-core machine under load, at 1.1 s).
 */
async function answersAClick(page: Page) {
  const started = Date.now();
  await page.getByRole('button', { name: 'Recent' }).click();
  await expect(page.getByRole('group', { name: 'Recent scenarios' })).toBeVisible({ timeout: 10_000 });
  test.info().annotations.push({ type: 'answered a click in', description: `${Date.now() - started} ms` });
  await page.keyboard.press('Escape');
}

test('tlb=4294967295 from a link: the error in the alert, and the draft kept', async ({ context, page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# my own draft');
  const draft = await draftText(page);

  const tab = await context.newPage();
  const tabErrors = watchErrors(tab);
  await tab.goto(await linkTo('title "huge TLB"\nmachine tlb=4294967295\nprocess p\np: read 0\n'));
  const alert = tab.getByRole('alert');
  await expect(alert.getByRole('listitem')).toHaveText([
    'line 2, column 13: tlb is at most 1,024 entries, found 4,294,967,295',
  ]);
  await expect(alert).toContainText('Your own drafts are kept');
  await tab.screenshot({ path: `${SHOTS}/hostile-tlb.png` });
  expect(await draftText(tab)).toBe(draft);
  expect(tabErrors).toEqual([]);
  expect(errors).toEqual([]);
});

test('a link of 200,000 bad lines opens with 100 errors and a count of the rest, and the page answers', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(await linkTo(badLines(200_000)));
  const items = page.getByRole('alert').getByRole('listitem');
  await expect(items).toHaveCount(101);
  await expect(items.last()).toHaveText(
    'line 101, column 1: and 199,900 more errors (only the first 100 are listed)',
  );
  await answersAClick(page);
  await page.screenshot({ path: `${SHOTS}/hostile-bad-lines.png` });
  expect(errors).toEqual([]);
});

test('a link whose title holds 2 million bad escapes opens with a capped alert, and the page answers', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  await page.goto(await linkTo(badEscapes(2_000_000)));
  const items = page.getByRole('alert').getByRole('listitem');
  await expect(items).toHaveCount(101, { timeout: 30_000 });
  await expect(items.last()).toHaveText(/^line 1, column \d+: and 1,999,901 more errors/);
  await answersAClick(page);
  expect(errors).toEqual([]);
});

test('a run past 20,000,000 page operations stops there: the steps that ran, and an alert that says where', async ({
  page,
}) => {
  // About 10 s of engine work on an idle machine; this one is shared.
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto(await linkTo(eagerCardLoop(400)));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The run stopped at line 311, column 1: this scenario does more than 20,000,000 page operations (stopped at this step). The 307 steps that ran can be viewed.',
    { timeout: 150_000 },
  );
  await expect(page.locator('output.position')).toHaveText(/^step \d+ of 307\b/);
  await answersAClick(page);
  await page.screenshot({ path: `${SHOTS}/hostile-work-bound.png` });
  expect(errors).toEqual([]);
});
