import { expect, test, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { findBuiltin } from '../src/scenario/library/index.ts';
import { LESSON_ORDER } from '../src/app/lesson/course.ts';
import { drawing, modeButton, SHOTS, watchErrors } from './support.ts';

/** The built-in's steps: their narration (null when none) and the epilogue. */
function storyOf(id: string): { narrations: Array<string | null>; epilogue: string | null } {
  const parsed = parseScenario(findBuiltin(id)?.text ?? '');
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return { narrations: parsed.scenario.steps.map((s) => s.narration), epilogue: parsed.scenario.epilogue };
}

/** Waits until the step on screen has played all its events ("event 9 of 9"). */
async function settled(page: Page, step: number): Promise<void> {
  await expect(drawing(page)).toHaveAttribute('data-step', String(step));
  await expect(page.locator('output.position')).toHaveText(
    new RegExp(`^step ${step} of \\d+(, event (\\d+) of \\2)?$`),
  );
}
const pane = (page: Page) => page.getByRole('region', { name: 'Walkthrough' });
const lecture = (page: Page) => pane(page).locator('article.lecture');

test('a walkthrough goes from the first step to the last with its narration', async ({ page }) => {
  const errors = watchErrors(page);
  const id = 'vt-switch-linux';
  const { narrations, epilogue } = storyOf(id);
  await page.goto(`./#example=${id}&mode=walkthrough`);
  await expect(modeButton(page)).toHaveAttribute('data-mode', 'walkthrough');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  // The editor gives way to the narration.
  await expect(page.getByRole('region', { name: 'Scenario text' })).toHaveCount(0);

  const contents = pane(page).getByRole('navigation', { name: 'Contents' });
  const narrated = narrations.filter((n) => n !== null).length;
  await expect(contents.getByRole('button')).toHaveCount(narrated + (epilogue ? 1 : 0));

  const next = pane(page).getByRole('button', { name: 'Next', exact: true });
  let chapter: string | null = null;
  for (let step = 1; step <= narrations.length; step++) {
    await next.click();
    await expect(drawing(page)).toHaveAttribute('data-step', String(step));
    chapter = narrations[step - 1] ?? chapter;
    if (chapter !== null) await expect(lecture(page).locator('.lecture-text').first()).toHaveText(chapter);
    // The step's actor is spotlit in the drawing.
    const style = pane(page).locator('style[data-spotlight]');
    await expect(style).toHaveCount(1);
    if (step === 3) {
      await expect(style).toHaveAttribute('data-spotlight', /proc:shell/);
      await expect(style).toHaveAttribute('data-spotlight', /device:ttyv/);
      const band = page.locator('[data-proc-band="shell"] > rect.band');
      await expect(band).toHaveCSS('stroke-width', '3px');
      await expect(page.locator('[data-proc-band="editor"] > rect.band')).not.toHaveCSS(
        'stroke-width',
        '3px',
      );
      await settled(page, step);
      await page.screenshot({ path: `${SHOTS}/walkthrough-step3.png` });
    }
  }
  await expect(next).toBeDisabled();
  if (epilogue) await expect(lecture(page).locator('.epilogue')).toHaveText(epilogue);
  await settled(page, narrations.length);
  await page.screenshot({ path: `${SHOTS}/walkthrough-end.png` });

  // Back goes one step back; the table of contents jumps to a chapter and plays its step.
  await pane(page).getByRole('button', { name: 'Back', exact: true }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', String(narrations.length - 1));
  const switchStep = narrations.findIndex((n) => n?.startsWith('Screen 1 comes to the front')) + 1;
  await contents.getByRole('button', { name: new RegExp(`^Step ${switchStep}\\.`) }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', String(switchStep));
  await expect(contents.locator('[aria-current="step"]')).toContainText(`Step ${switchStep}.`);
  await expect(page).toHaveURL(/mode=walkthrough/);
  expect(errors).toEqual([]);
});

test('the course page orders the built-ins and opens one as a walkthrough', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Course' }).click();
  const course = page.getByRole('dialog', { name: /^Course/ });
  await expect(course).toBeVisible();
  const lessons = course.locator('a[data-lesson]');
  await expect(lessons.first()).toHaveAttribute('data-lesson', 'first-touch');
  await expect(lessons).toHaveCount(LESSON_ORDER.length);
  await page.screenshot({ path: `${SHOTS}/course.png` });
  await course.getByRole('link', { name: findBuiltin('card-netbsd')!.title }).click();
  await expect(course).toBeHidden();
  await expect(page).toHaveURL(/example=card-netbsd.*mode=walkthrough|mode=walkthrough.*example=card-netbsd/);
  await expect(modeButton(page)).toHaveAttribute('data-mode', 'walkthrough');
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'netbsd');
  await expect(pane(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('each step of a chapter is told in its own words, with its result', async ({ page }) => {
  const errors = watchErrors(page);
  const { narrations } = storyOf('card-linux');
  // card-linux's first chapter narrates steps 1 to 3 together.
  expect(narrations.slice(0, 3).filter((n) => n !== null)).toHaveLength(1);
  await page.goto('./#example=card-linux&mode=walkthrough');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  const next = pane(page).getByRole('button', { name: 'Next', exact: true });
  const told = lecture(page).locator('.step-story');
  const chapter = lecture(page).locator('.lecture-text').first();

  await next.click();
  await expect(drawing(page)).toHaveAttribute('data-step', '1');
  await expect(told).toHaveText(/^cam opens \/dev\/slot: linux calls f_op->open \(slot card driver\)/);
  const first = await told.innerText();
  const narration = await chapter.innerText();
  await next.click();
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  await expect(told).toHaveText(/^cam maps \/dev\/slot at 0x1000_0000-0x1000_2000/);
  expect(await told.innerText()).not.toBe(first);
  // The chapter's narration is the same for both.
  await expect(chapter).toHaveText(narration);

  // A failed step's sentence says its errno and why.
  await page.goto('./#example=card-linux&mode=walkthrough&step=6');
  await expect(drawing(page)).toHaveAttribute('data-step', '6');
  await expect(told).toHaveText(
    "cam's mmap fails with ENXIO: slot (card driver) refuses in f_op->mmap: no card is in slot.",
  );
  expect(errors).toEqual([]);
});

test('the last step leads to the next lesson of the course, and the last lesson to the course', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=card-linux&mode=walkthrough&step=16');
  await expect(drawing(page)).toHaveAttribute('data-step', '16');
  const onward = pane(page).getByRole('link', { name: /^Next in the course: / });
  await expect(onward).toHaveText(`Next in the course: ${findBuiltin('card-netbsd')!.title}`);
  await settled(page, 16);
  await page.screenshot({ path: `${SHOTS}/walkthrough-next-lesson.png` });
  await onward.click();
  await expect(page).toHaveURL(/example=card-netbsd/);
  await expect(page).toHaveURL(/mode=walkthrough/);
  await expect(modeButton(page)).toHaveAttribute('data-mode', 'walkthrough');
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'netbsd');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await expect(pane(page).getByRole('heading', { level: 2 })).toHaveText(findBuiltin('card-netbsd')!.title);

  const final = LESSON_ORDER.at(-1)!;
  const last = storyOf(final).narrations.length;
  await page.goto(`./#example=${final}&mode=walkthrough&step=${last}`);
  await expect(drawing(page)).toHaveAttribute('data-step', String(last));
  await expect(pane(page).getByRole('link', { name: /^Next in the course/ })).toHaveCount(0);
  await pane(page).getByRole('button', { name: 'Course list' }).click();
  await expect(page.getByRole('dialog', { name: /^Course/ })).toBeVisible();
  expect(errors).toEqual([]);
});
