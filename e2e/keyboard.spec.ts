import { expect, test, type Page } from '@playwright/test';

import { drawing, modeButton, SHOTS, watchErrors } from './support.ts';

const menu = (page: Page) => page.getByRole('menu', { name: 'Mode' });
const item = (page: Page, name: string) => menu(page).getByRole('menuitemradio', { name });

test('the Mode menu changes the mode only when a choice is confirmed', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#example=card-linux');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  const mode = modeButton(page);
  await expect(mode).toHaveAttribute('data-mode', 'explore');
  await expect(mode).toHaveAttribute('aria-expanded', 'false');

  // The arrows browse the open menu; nothing changes while they do.
  await mode.focus();
  await page.keyboard.press('ArrowDown');
  await expect(menu(page)).toBeVisible();
  await expect(item(page, 'Explore')).toBeFocused();
  await expect(item(page, 'Explore')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Predict')).toBeFocused();
  await expect(mode).toHaveAttribute('data-mode', 'explore');
  await expect(page).not.toHaveURL(/mode=/);
  await expect(page.getByRole('region', { name: 'Editor' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/keyboard-mode-menu.png` });

  // Escape closes it and gives focus back, still exploring.
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await expect(mode).toBeFocused();
  await expect(mode).toHaveAttribute('data-mode', 'explore');

  // Enter opens it at the mode in use; Enter on another mode commits it, and focus stays on the button.
  await page.keyboard.press('Enter');
  await expect(item(page, 'Explore')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Walkthrough')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveCount(0);
  await expect(mode).toHaveAttribute('data-mode', 'walkthrough');
  await expect(page).toHaveURL(/mode=walkthrough/);
  await expect(page.getByRole('region', { name: 'Walkthrough' })).toBeVisible();
  await expect(mode).toBeFocused();

  // A letter goes to the mode it starts with; Space commits too.
  await page.keyboard.press(' ');
  await expect(item(page, 'Walkthrough')).toBeFocused();
  await page.keyboard.press('p');
  await expect(item(page, 'Predict')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(mode).toHaveAttribute('data-mode', 'predict');
  await expect(page.getByRole('region', { name: 'Predict' })).toBeVisible();

  // A click elsewhere closes the menu without a choice.
  await mode.click();
  await expect(menu(page)).toBeVisible();
  await page.locator('.event-log').click();
  await expect(menu(page)).toHaveCount(0);
  await expect(mode).toHaveAttribute('data-mode', 'predict');
  expect(errors).toEqual([]);
});

test('skip links come first, show when focused, and move focus without touching the address', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=card-linux&step=3');
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  const address = page.url();

  await page.keyboard.press('Tab');
  const toPlayback = page.getByRole('link', { name: 'Skip to playback' });
  await expect(toPlayback).toBeFocused();
  const shown = await toPlayback.boundingBox();
  expect(shown!.width).toBeGreaterThan(60);
  expect(shown!.height).toBeGreaterThan(20);
  await expect(toPlayback).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: `${SHOTS}/keyboard-skip-link.png` });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('contentinfo', { name: 'Playback' })).toBeFocused();
  expect(page.url()).toBe(address);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Jump to start' })).toBeFocused();

  await page.reload();
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const toDrawing = page.getByRole('link', { name: 'Skip to drawing' });
  await expect(toDrawing).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#drawing')).toBeFocused();
  await expect(page.locator('#drawing figure[data-step]')).toHaveCount(1);
  expect(page.url()).toBe(address);
  // Out of focus, the links take no room and show nothing.
  const hidden = await toDrawing.boundingBox();
  expect(hidden!.width * hidden!.height).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});

test('the timeline’s focus ring is drawn whole: nothing around the slider clips it', async ({ page }) => {
  await page.goto('./#example=card-linux&step=3');
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(drawing(page)).toHaveAttribute('data-step', '4');
  await expect(slider).toBeFocused();
  const clipping = await slider.evaluate((input) => {
    const ring = getComputedStyle(input);
    const found: string[] = [];
    if (ring.outlineStyle === 'none' || parseFloat(ring.outlineWidth) < 2) found.push('no ring');
    for (let e = input.parentElement; e && !e.matches('.playback'); e = e.parentElement) {
      const s = getComputedStyle(e);
      if (/strict|content|paint/.test(s.contain)) found.push(`${e.className}: contain ${s.contain}`);
      if (s.overflow !== 'visible') found.push(`${e.className}: overflow ${s.overflow}`);
    }
    return found;
  });
  expect(clipping).toEqual([]);
  await page.locator('.playback').screenshot({ path: `${SHOTS}/keyboard-timeline-ring.png` });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the side pane and the event log fold away under buttons that say whether they are open', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('./#example=card-linux&step=3');
    await expect(drawing(page)).toHaveAttribute('data-step', '3');
    for (const [name, region] of [
      ['Editor', 'Editor'],
      ['Event log', 'Event log'],
    ] as const) {
      const fold = page.getByRole('heading', { name }).getByRole('button', { name });
      await expect(fold).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('region', { name: region })).toBeVisible();
      await fold.tap();
      await expect(fold).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('region', { name: region })).toBeHidden();
      // The keyboard opens it again.
      await fold.focus();
      await page.keyboard.press('Enter');
      await expect(fold).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('region', { name: region })).toBeVisible();
    }
    // A walkthrough's narration folds the same way.
    await modeButton(page).tap();
    await item(page, 'Walkthrough').tap();
    const walk = page.getByRole('heading', { name: 'Walkthrough' }).getByRole('button');
    await expect(walk).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('region', { name: 'Walkthrough' })).toBeVisible();
    await walk.tap();
    await expect(page.getByRole('region', { name: 'Walkthrough' })).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('More discloses the secondary controls; Escape folds them and returns focus', async ({ page }) => {
    await page.goto('./#example=card-linux');
    await expect(drawing(page)).toHaveAttribute('data-step', '0');
    const more = page.getByRole('button', { name: 'More' });
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'New scenario' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  });
});
