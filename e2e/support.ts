/** What every spec shares: where screenshots go, the drawing's root, and the page's errors. */

import type { Page } from '@playwright/test';

/** Screenshots a person can look at after a run. */
export const SHOTS = 'e2e/screenshots';

/** The machine drawing's root: `data-step` (steps done) and `data-kernel` are on it. */
export const drawing = (page: Page) => page.locator('figure[data-step]');

/** The Mode control: a menu button named "Mode" and the mode in use, which it also gives as data-mode. */
export const modeButton = (page: Page) => page.getByRole('button', { name: /^Mode / });

/** Chooses a mode as a person does: opens the Mode menu and picks the item (its label, e.g. "Explore"). */
export async function chooseMode(page: Page, label: string): Promise<void> {
  await modeButton(page).click();
  await page.getByRole('menuitemradio', { name: label }).click();
}

/** Collects console errors and uncaught exceptions; a spec ends by expecting none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}
