import { expect, test, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { findBuiltin } from '../src/scenario/library/index.ts';
import { drawing, modeButton, SHOTS, watchErrors } from './support.ts';

/** The built-in's steps: their count and the narration before each. */
function story(id: string): { count: number; narration: Array<string | null> } {
  const parsed = parseScenario(findBuiltin(id)?.text ?? '');
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return { count: parsed.scenario.steps.length, narration: parsed.scenario.steps.map((s) => s.narration) };
}

const narration = (page: Page) => page.getByRole('region', { name: 'Narration' });

/** The presenter shows `step` with all its events played. */
async function at(page: Page, step: number): Promise<void> {
  await expect(drawing(page)).toHaveAttribute('data-step', String(step));
  await expect(page.locator('output.position')).toHaveText(
    new RegExp(`^step ${step} of \\d+(, event (\\d+) of \\2)?$`),
  );
}

test('the presenter view hides the controls, draws large and follows PageDown', async ({ page }) => {
  const errors = watchErrors(page);
  const { count, narration: told } = story('vt-switch-linux');
  await page.goto('./#example=vt-switch-linux&mode=present');
  await at(page, 0);
  // No editor, no playback bar, no scenario picker: only the drawing and the story.
  await expect(page.getByRole('contentinfo', { name: 'Playback' })).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  await expect(page.locator('.editor-pane, .cm-editor')).toHaveCount(0);
  await expect(narration(page)).toContainText('Two terminals, one framebuffer (linux)');
  // The drawing fills the width of the screen, not a pane of it.
  const box = await drawing(page).boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(1200);

  await page.keyboard.press('PageDown');
  await at(page, 1);
  await expect(narration(page)).toContainText(told[0]!);
  await expect(narration(page)).toContainText('shell: open /dev/ttyv0 -> fd');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await at(page, 3);
  await expect(narration(page)).toContainText('page fault · lands device ttyv p0');
  // Step 3 has no narration of its own: the story it belongs to stays up.
  await expect(narration(page)).toContainText(told[0]!);
  await page.screenshot({ path: `${SHOTS}/present-step-3.png` });
  await page.keyboard.press('PageUp');
  await at(page, 2);
  await expect(page).toHaveURL(/#example=vt-switch-linux&step=2&mode=present$/);

  // The narration of a later step comes with it; the closing words come after the last.
  await page.keyboard.press('End');
  await at(page, count);
  await expect(narration(page)).toContainText('no process can ever reach the wrong terminal');

  // Leaving brings the controls back, at the same step.
  await page.getByRole('button', { name: 'Leave presenter view' }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#example=vt-switch-linux&step=${count}$`));
  expect(errors).toEqual([]);
});

test('fullscreen toggles from the button and the F key; Escape leaves it, and the next Escape the view', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch&mode=present');
  await at(page, 0);
  const button = page.getByRole('button', { name: 'Fullscreen' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('PageDown');
  await at(page, 1);
  await page.keyboard.press('f');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  // Escape leaves fullscreen (and does nothing else: the step stays).
  await page.keyboard.press('F');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await at(page, 1);
  await expect(page.getByRole('button', { name: 'Leave presenter view' })).toBeVisible();
  // Out of fullscreen, Escape leaves the presenter view, at the same step.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  await expect(page).toHaveURL(/#example=first-touch&step=1$/);
  expect(errors).toEqual([]);
});

test('entering the presenter view from the Mode menu puts focus in it; leaving puts it back on Mode', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=vt-switch-linux&step=2');
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  await modeButton(page).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitemradio', { name: 'Present' })).toBeFocused();
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { level: 1, name: 'Two terminals, one framebuffer (linux)' });
  await expect(title).toBeFocused();
  // From there the clicker's keys work at once.
  await page.keyboard.press('PageDown');
  await at(page, 3);
  // The help lists the presenter's keys, Escape among them.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(help).toContainText('Leave the presenter view');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByRole('button', { name: 'Leave presenter view' })).toBeVisible();

  await title.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  await expect(modeButton(page)).toBeFocused();
  await expect(modeButton(page)).toHaveAttribute('data-mode', 'explore');
  await expect(page).toHaveURL(/#example=vt-switch-linux&step=3$/);

  // The button does the same.
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await page.getByRole('button', { name: 'Leave presenter view' }).click();
  await expect(modeButton(page)).toBeFocused();
  expect(errors).toEqual([]);
});

test('the narration window follows the presenter, and its keys drive it', async ({ page }) => {
  const errors = watchErrors(page);
  const { narration: told } = story('vt-switch-linux');
  await page.goto('./#example=vt-switch-linux&step=3&mode=present');
  await at(page, 3);
  const [notes] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Narration window' }).click(),
  ]);
  const noteErrors = watchErrors(notes);
  const story3 = notes.getByRole('main', { name: 'Narration' });
  await expect(story3).toHaveAttribute('data-link', 'following');
  await expect(story3).toContainText('step 3 of 11');
  await expect(story3).toContainText('shell: write scr+16 "hello"');
  // No engine there: the window only listens.
  await expect(notes.locator('figure')).toHaveCount(0);

  await page.keyboard.press('PageDown');
  await at(page, 4);
  await expect(story3).toContainText('step 4 of 11');
  await expect(story3).toContainText(told[3]!);

  // A clicker whose keys reach the narration window still moves the presenter's window.
  await notes.keyboard.press('PageDown');
  await at(page, 5);
  await expect(story3).toContainText('step 5 of 11');
  await notes.keyboard.press('PageUp');
  await at(page, 4);
  await notes.screenshot({ path: `${SHOTS}/present-narration-window.png` });

  // Leaving the presenter view tells the window.
  await page.getByRole('button', { name: 'Leave presenter view' }).click();
  await expect(story3).toHaveAttribute('data-link', 'closed');
  expect(errors).toEqual([]);
  expect(noteErrors).toEqual([]);
});

test('the presenter shows two kernels side by side', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=vt-switch-linux&step=8&mode=present&compare=netbsd');
  await expect(drawing(page)).toHaveCount(2);
  await expect(drawing(page).nth(1)).toHaveAttribute('data-kernel', 'netbsd');
  await expect(drawing(page).nth(1)).toHaveAttribute('data-step', '8');
  await expect(page.locator('.current-difference')).toContainText('on netbsd it does not fault');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/present-compare.png` });
  expect(errors).toEqual([]);
});
