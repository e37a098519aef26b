import { expect, test, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { findBuiltin } from '../src/scenario/library/index.ts';
import { drawing, SHOTS, watchErrors } from './support.ts';

function stepsOf(id: string): { count: number; kernel: string } {
  const parsed = parseScenario(findBuiltin(id)?.text ?? '');
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return { count: parsed.scenario.steps.length, kernel: parsed.scenario.kernel ?? 'linux' };
}

const position = (page: Page) => page.locator('output.position');
const eventLog = (page: Page) => page.getByRole('region', { name: 'Event log' });

/** Waits until the step on screen has played all its events ("event 9 of 9"). */
async function settled(page: Page, step: number): Promise<void> {
  await expect(drawing(page)).toHaveAttribute('data-step', String(step));
  await expect(position(page)).toHaveText(new RegExp(`^step ${step} of \\d+(, event (\\d+) of \\2)?$`));
}

test('the default scenario loads in the worker and draws', async ({ page }) => {
  const errors = watchErrors(page);
  const { count, kernel } = stepsOf('first-touch');
  await page.goto('./');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await expect(drawing(page)).toHaveAttribute('data-kernel', kernel);
  await expect(position(page)).toHaveText(`step 0 of ${count}`);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('first-touch');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await settled(page, 1);
  await expect(eventLog(page).getByRole('listitem').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/app-first-touch.png` });
  expect(errors).toEqual([]);
});

test('stepping forward then back shows the same state', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=vt-switch-linux');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  const forward = page.getByRole('button', { name: 'Step forward' });
  for (let step = 1; step <= 3; step++) {
    await forward.click();
    await settled(page, step);
  }
  const digest = await drawing(page).getAttribute('data-digest');
  const log = await eventLog(page).innerText();
  await forward.click();
  await settled(page, 4);
  expect(await drawing(page).getAttribute('data-digest')).not.toBe(digest);
  await page.getByRole('button', { name: 'Step back' }).click();
  await settled(page, 3);
  await expect(drawing(page)).toHaveAttribute('data-digest', digest ?? '');
  expect(await eventLog(page).innerText()).toBe(log);
  await page.screenshot({ path: `${SHOTS}/app-step-back.png` });
  expect(errors).toEqual([]);
});

test('the scrubber jumps to a step', async ({ page }) => {
  const errors = watchErrors(page);
  const { count } = stepsOf('card-linux');
  await page.goto('./#example=card-linux');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('max', String(count));
  await timeline.fill('4');
  await settled(page, 4);
  await timeline.fill(String(count));
  await settled(page, count);
  await expect(page.getByRole('button', { name: 'Step forward' })).toBeDisabled();
  await expect(page).toHaveURL(new RegExp(`#example=card-linux&step=${count}$`));
  await page.screenshot({ path: `${SHOTS}/app-scrubbed.png` });
  expect(errors).toEqual([]);
});

test('the keyboard drives playback', async ({ page }) => {
  const errors = watchErrors(page);
  const { count } = stepsOf('first-touch');
  await page.goto('./');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await page.keyboard.press('ArrowRight');
  await settled(page, 1);
  await page.keyboard.press('ArrowRight');
  await settled(page, 2);
  const events = Number(/of (\d+)$/.exec((await position(page).textContent()) ?? '')?.[1]);
  // Shift+Right crosses into step 3 at its first event; Shift+Left goes back to step 2's last.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(position(page)).toHaveText(/^step 3 of \d+, event 1 of \d+$/);
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(position(page)).toHaveText(/^step 3 of \d+, event 2 of \d+$/);
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(position(page)).toHaveText(`step 2 of ${count}, event ${events} of ${events}`);
  await page.keyboard.press('ArrowLeft');
  await settled(page, 1);
  await page.keyboard.press('End');
  await settled(page, count);
  await page.keyboard.press('Home');
  await settled(page, 0);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(drawing(page)).not.toHaveAttribute('data-step', '0');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const stopped = await drawing(page).getAttribute('data-step');
  await page.waitForTimeout(800);
  await expect(drawing(page)).toHaveAttribute('data-step', stopped ?? '');
  // ? opens the help; Escape closes it.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Shift + →');
  await expect(help).toContainText('Fullscreen on or off');
  await page.screenshot({ path: `${SHOTS}/app-help.png` });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  expect(errors).toEqual([]);
});

test('playing runs to the end and stops', async ({ page }) => {
  const errors = watchErrors(page);
  const { count } = stepsOf('first-touch');
  await page.goto('./');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('Infinity');
  await page.getByRole('button', { name: 'Play' }).click();
  await settled(page, count);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(errors).toEqual([]);
});

for (const how of ['the media query', 'the toggle'] as const) {
  test(`reduced motion (${how}): a step shows its final state at once, with nothing moving`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    if (how === 'the media query') await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./#example=vt-switch-linux');
    await expect(drawing(page)).toHaveAttribute('data-step', '0');
    const toggle = page.getByRole('checkbox', { name: 'Reduce motion' });
    if (how === 'the toggle') {
      await expect(toggle).not.toBeChecked();
      await toggle.check();
    }
    await expect(toggle).toBeChecked();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(drawing(page)).toHaveAttribute('data-step', '1');
    // No event-by-event animation: the first position shown for the step is its end.
    await expect(position(page)).toHaveText(/^step 1 of \d+, event (\d+) of \1$/);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.keyboard.press('ArrowRight');
    await settled(page, 2);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.screenshot({
      path: `${SHOTS}/app-reduced-motion-${how === 'the toggle' ? 'toggle' : 'media'}.png`,
    });
    expect(errors).toEqual([]);
  });
}

test('an unknown example id is reported in an alert with a way back', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=no-such-id');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('no-such-id');
  await expect(drawing(page)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/app-unknown-example.png` });
  await alert.getByRole('link', { name: /first-touch/ }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('#example=vt-switch-linux&step=5 opens that built-in at step 5', async ({ page }) => {
  const errors = watchErrors(page);
  const { kernel } = stepsOf('vt-switch-linux');
  await page.goto('./#example=vt-switch-linux&step=5');
  await settled(page, 5);
  await expect(drawing(page)).toHaveAttribute('data-kernel', kernel);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('vt-switch-linux');
  await page.screenshot({ path: `${SHOTS}/app-vt-switch-linux-step5.png` });
  expect(errors).toEqual([]);
});

test('an edit with a syntax error shows the error at its line and keeps the last run', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch&step=3');
  await settled(page, 3);
  const digest = await drawing(page).getAttribute('data-digest');
  const editor = page.locator('.cm-content');
  await expect(editor).toBeVisible();
  const line = page.locator('.cm-line', { hasText: /^app: read scr$/ }).first();
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' @@');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/line 14, column \d+: /);
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await expect(drawing(page)).toHaveAttribute('data-digest', digest ?? '');
  await page.screenshot({ path: `${SHOTS}/app-edit-error.png` });
  // Keys typed in the editor are the editor's: playback did not move.
  await page.keyboard.press('ArrowLeft');
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  expect(errors).toEqual([]);
});

test('at 1024x700 in the dark theme every part fits and the help button works', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('./#example=card-linux&step=6');
  await settled(page, 6);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  for (const name of ['Step forward', 'Step back', 'Play', 'Jump to start', 'Jump to end'])
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/app-1024x700-dark.png` });
  await page.getByRole('button', { name: 'Help' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeHidden();
  expect(errors).toEqual([]);
});
