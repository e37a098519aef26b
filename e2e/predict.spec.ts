import { expect, test, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { findBuiltin } from '../src/scenario/library/index.ts';
import { chooseMode, drawing, modeButton, SHOTS, watchErrors } from './support.ts';

const pane = (page: Page) => page.getByRole('region', { name: 'Predict' });
const form = (page: Page, step: number) => pane(page).getByRole('form', { name: `Predict step ${step}` });
const score = (page: Page) => pane(page).locator('.score');

/** The built-in's steps that have expect lines (1-based), and how many questions it has at most. */
function askingSteps(id: string): number[] {
  const parsed = parseScenario(findBuiltin(id)?.text ?? '');
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return parsed.scenario.steps.flatMap((s, i) => (s.expects.length > 0 ? [i + 1] : []));
}

test('predict mode asks before a step, takes an answer, reveals and scores', async ({ page }) => {
  const errors = watchErrors(page);
  const asking = askingSteps('first-touch');
  expect(asking.slice(0, 2)).toEqual([2, 3]);
  // A link to a later step opens at the first question: step 1 is as far as the page may go.
  await page.goto('./#example=first-touch&mode=predict&step=5');
  await expect(modeButton(page)).toHaveAttribute('data-mode', 'predict');
  await expect(drawing(page)).toHaveAttribute('data-step', '1');
  // The editor, whose text holds the expect lines, is not in the page; nor is any expect line.
  await expect(page.getByRole('region', { name: 'Scenario text' })).toHaveCount(0);
  expect(await page.content()).not.toMatch(/expect (ok|fault|nofault|device|ram|value|clean)/);

  // Playback cannot skip the question.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '1');

  // Step 2: mmap. One question: how it ends.
  const q2 = form(page, 2);
  await expect(q2.getByRole('group')).toHaveCount(1);
  await expect(q2.getByRole('button', { name: 'Answer and watch' })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/predict-question.png` });
  await q2.getByRole('radio', { name: 'ok', exact: true }).check();
  await q2.getByRole('button', { name: 'Answer and watch' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  await expect(pane(page).getByRole('list', { name: 'Your predictions for step 2' })).toContainText(
    '✓ right',
  );
  await expect(score(page)).toHaveText('Score: 1 of 1 right (100%)');

  // Step 3: the first touch. Before the answer nothing in the page says how it goes.
  const q3 = form(page, 3);
  await expect(q3.getByRole('group')).toHaveCount(3);
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  await expect(page.getByRole('region', { name: 'Event log' })).not.toContainText('vm_ops->fault');
  await q3
    .getByRole('group', { name: /page-fault path/ })
    .getByRole('radio', { name: 'No fault' })
    .check();
  await q3
    .getByRole('group', { name: /land/ })
    .getByRole('radio', { name: 'device ttyv page 0', exact: true })
    .check();
  await q3
    .getByRole('group', { name: /return/ })
    .getByRole('radio', { name: '0', exact: true })
    .check();
  await q3.getByRole('button', { name: 'Answer and watch' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  const verdicts = pane(page)
    .getByRole('list', { name: 'Your predictions for step 3' })
    .getByRole('listitem');
  await expect(verdicts).toHaveCount(3);
  await expect(verdicts.nth(0)).toHaveAttribute('data-correct', 'false');
  await expect(verdicts.nth(0)).toContainText('it was a page fault');
  await expect(verdicts.nth(1)).toHaveAttribute('data-correct', 'true');
  await expect(verdicts.nth(2)).toHaveAttribute('data-correct', 'true');
  await expect(score(page)).toHaveText('Score: 3 of 4 right (75%)');
  // The step's narration comes with the reveal, as the explanation.
  await expect(pane(page).locator('.lecture-text')).toContainText('vm_ops->fault');
  await page.screenshot({ path: `${SHOTS}/predict-reveal.png` });

  // The rest: answer each question with its first choice, step on where nothing is asked.
  const final = pane(page).getByRole('heading', { name: /^Final score/ });
  for (let guard = 0; guard < 40 && !(await final.isVisible()); guard++) {
    const quiz = pane(page).locator('form.quiz');
    const next = pane(page).getByRole('button', { name: 'Next step' });
    await expect(quiz.or(next).or(final).first()).toBeVisible();
    if (await quiz.isVisible()) {
      const step = Number(await quiz.getAttribute('data-quiz-step'));
      const groups = quiz.getByRole('group');
      for (let g = 0; g < (await groups.count()); g++) await groups.nth(g).getByRole('radio').first().check();
      await quiz.getByRole('button', { name: 'Answer and watch' }).click();
      // The answered step plays.
      await expect(drawing(page)).toHaveAttribute('data-step', String(step));
    } else if (await next.isVisible()) {
      const step = Number(await drawing(page).getAttribute('data-step'));
      await next.click();
      await expect(drawing(page)).toHaveAttribute('data-step', String(step + 1));
    }
  }
  await expect(final).toBeVisible();
  const rows = pane(page).getByRole('table', { name: 'Score per question' }).locator('tbody tr');
  const asked = Number(await score(page).getAttribute('data-asked'));
  expect(asked).toBeGreaterThan(4);
  await expect(rows).toHaveCount(asked);
  await expect(final).toHaveText(
    `Final score: ${await score(page)
      .textContent()
      .then((t) => t?.replace('Score: ', ''))}`,
  );
  await page.screenshot({ path: `${SHOTS}/predict-final.png` });
  expect(errors).toEqual([]);
});

test('leaving predict mode brings the editor and its expect lines back', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=card-linux&mode=predict');
  await expect(pane(page)).toBeVisible();
  await chooseMode(page, 'Explore');
  await expect(page).not.toHaveURL(/mode=/);
  await expect(page.getByRole('region', { name: 'Editor' })).toContainText('expect device slot page 0');
  expect(errors).toEqual([]);
});

test('answered by keyboard, the verdict takes focus and Tab goes on to the next question', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch&mode=predict&step=1');
  const q2 = form(page, 2);
  const ok = q2.getByRole('radio', { name: 'ok', exact: true });
  await ok.focus();
  await page.keyboard.press(' ');
  await expect(ok).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(q2.getByRole('button', { name: 'Answer and watch' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The form is gone; focus is on the verdict, which says how the answer went.
  const verdict = pane(page).locator('.verdict');
  await expect(verdict).toBeFocused();
  await expect(verdict).toContainText('✓ right');
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  // The next question follows the verdict: Tab reaches its first choice.
  await expect(form(page, 3)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(form(page, 3).getByRole('radio').first()).toBeFocused();
  expect(errors).toEqual([]);
});
