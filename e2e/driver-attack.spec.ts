/**
 * The driver workbench end to end: a student writes the card driver out as a block, changes its eject
 * hook from zapping to nothing in the panel, asks for an attack, watches the search, and lands on the
 * step that breaks card-present, with its sentence.
 */

import { expect, test, type Page } from '@playwright/test';

import { findSetup } from '../src/search/setups.ts';
import { encodeScenarioLink } from '../src/share/link.ts';
import { drawing, modeButton, SHOTS, watchErrors } from './support.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Find an attack' });

test.use({ viewport: { width: 1280, height: 720 } });

test('eject=none in the panel, then Find an attack: the search shows its progress and opens the attack at its violating step', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // The shipped lesson setup with a careful driver: its eject hook zaps, so there is no attack.
  const careful = findSetup('card-driver-linux')!.text.replace('eject=none', 'eject=all');
  await page.goto(`./#s=${await encodeScenarioLink(careful)}`);
  await expect(drawing(page)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Scenario text' })).toBeVisible();

  // The panel is open: the text has a driver block.
  const eject = page.getByRole('combobox', { name: /eject/ });
  await expect(eject).toHaveValue('all');
  await eject.selectOption('none');
  await expect(page.locator('.cm-content')).toContainText('eject=none');

  await page.getByRole('button', { name: 'Find an attack…' }).click();
  await expect(dialog(page)).toBeVisible();
  // The search may end within a frame or two: a watcher notes the progress bar whenever it shows.
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('.attack-progress progress')) w.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await dialog(page).getByRole('combobox', { name: 'Rule' }).selectOption('card-present');
  await dialog(page).getByRole('button', { name: 'Start' }).click();
  const result = dialog(page).locator('.attack-result');
  await expect(result).toBeFocused();
  const said = await result.locator('p').innerText();
  const [, , at] =
    /^Attack found in (\d+) steps?: breaks card-present at step (\d+) under linux\.$/.exec(said) ?? [];
  expect(at, said).toBeDefined();
  expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/driver-attack-found.png` });

  await dialog(page).getByRole('button', { name: 'Open as walkthrough' }).click();
  await expect(modeButton(page)).toHaveAttribute('data-mode', 'walkthrough');
  await expect(drawing(page)).toHaveAttribute('data-step', at!);
  const lecture = page.getByRole('region', { name: 'Walkthrough' }).locator('article.lecture');
  await expect(lecture).toContainText(/Attack step \d+:/);
  await expect(page.locator('[data-violation][data-rule="card-present"]').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/driver-attack-walkthrough.png` });
  expect(errors).toEqual([]);
});
