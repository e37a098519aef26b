/**
 * The seeds' own kernels in the page (kernel-models-more.md §2, §10): netbsd_fo's card eject, linux_2_0's
 * module unloaded under a mapping, and predict mode on the Linux 2.0 story.
 */

import { expect, test, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { findBuiltin } from '../src/scenario/library/index.ts';
import { boot, runStep } from '../src/sim/index.ts';
import { picture, type MachinePicture } from '../src/sim/picture.ts';
import { drawing, SHOTS, watchErrors } from './support.ts';

/** The picture after step `n` (1-based) of a built-in, as the engine makes it. */
function after(id: string, n: number): MachinePicture {
  const parsed = parseScenario(findBuiltin(id)?.text ?? '');
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  const s = boot(parsed.scenario);
  for (let i = 0; i < n; i++) runStep(s);
  return picture(s);
}

async function open(page: Page, hash: string, step: number) {
  await page.goto(`./#${hash}`);
  await expect(drawing(page)).toHaveAttribute('data-step', String(step));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('netbsd_fo: the card eject takes the window back, and the next touch is SIGBUS with no violation', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page, 'example=card-netbsd-fo&step=4', 4);
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'netbsd_fo');
  await expect(page.locator('[data-slot="empty"]')).toBeVisible();
  await expect(page.locator('[data-violation]')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(drawing(page)).toHaveAttribute('data-step', '5');
  await expect(page.locator('[data-signal="SIGBUS"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-violation]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Event log' })).toContainText('pgo_fault');
  await page.screenshot({ path: `${SHOTS}/seeds-netbsd-fo-card-sigbus.png` });
  expect(errors).toEqual([]);
});

test('linux_2_0: a module unloaded under its mapping shows the freed-frame violation with its sentence', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // Step 11 is `unload old`: usecount=open, so nothing held the module while q still maps its buffer.
  const v = after('module-unload-linux-2-0', 11).violations.find((x) => x.rule === 'freed-frame');
  expect(v, 'the engine reports the violation').toBeDefined();
  await open(page, 'example=module-unload-linux-2-0&step=11', 11);
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'linux_2_0');
  const item = page.locator('[data-violation][data-rule="freed-frame"]').first();
  await expect(item).toBeVisible();
  await expect(item).toContainText(v!.sentence);
  await expect(page.locator(`[data-violation-mark="${v!.proc}:${v!.vpn}"]`)).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/seeds-linux-2-0-freed-frame.png` });
  expect(errors).toEqual([]);
});

test('predict mode on the Linux 2.0 story accepts EBUSY for the unload of a mapped module', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const pane = page.getByRole('region', { name: 'Predict' });
  await page.goto('./#example=module-unload-linux-2-0&mode=predict');
  // Answer the questions before the unload (step 6) with their first choices.
  for (let guard = 0; guard < 20; guard++) {
    const quiz = pane.locator('form.quiz');
    const next = pane.getByRole('button', { name: 'Next step' });
    await expect(quiz.or(next).first()).toBeVisible();
    if (await quiz.isVisible()) {
      const step = Number(await quiz.getAttribute('data-quiz-step'));
      if (step === 6) break;
      const groups = quiz.getByRole('group');
      for (let g = 0; g < (await groups.count()); g++) await groups.nth(g).getByRole('radio').first().check();
      await quiz.getByRole('button', { name: 'Answer and watch' }).click();
      await expect(drawing(page)).toHaveAttribute('data-step', String(step));
    } else {
      const step = Number(await drawing(page).getAttribute('data-step'));
      await next.click();
      await expect(drawing(page)).toHaveAttribute('data-step', String(step + 1));
    }
  }
  const q6 = pane.getByRole('form', { name: 'Predict step 6' });
  await expect(q6).toBeVisible();
  await q6
    .getByRole('group', { name: /return/ })
    .getByRole('radio', { name: 'EBUSY', exact: true })
    .check();
  await q6
    .getByRole('group', { name: /use count/ })
    .getByRole('radio', { name: '1', exact: true })
    .check();
  await q6.getByRole('button', { name: 'Answer and watch' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '6');
  const verdicts = pane.getByRole('list', { name: 'Your predictions for step 6' }).getByRole('listitem');
  await expect(verdicts).toHaveCount(2);
  await expect(verdicts.nth(0)).toHaveAttribute('data-correct', 'true');
  await expect(verdicts.nth(1)).toHaveAttribute('data-correct', 'true');
  await page.screenshot({ path: `${SHOTS}/seeds-linux-2-0-predict-ebusy.png` });
  expect(errors).toEqual([]);
});
