/**
 * Issue 13: the machine drawing is legible at every size. For every built-in, at a middle step and at its
 * last, at four window sizes and in three modes (explore, side by side, presenter), the smallest rendered
 * word keeps the mode's floor, no two words overlap, none is clipped by the drawing or by the box it is
 * drawn in, none covers a page cell it does not label, the HTML words on the drawing (kernel bar,
 * violations, legend) keep theirs, the legend's summary covers none of its items, and the page never
 * scrolls across. The drawing may pan inside its own box: the floors hold everywhere. scene.test.ts checks
 * the layout's arithmetic in Node; this checks what Chromium actually renders. The measures are in
 * legibility.ts, the rules in legibilityVerdict.ts, the places visited in legibilityCases.ts.
 */

import { expect, test } from '@playwright/test';

import { measurePage } from './legibility.ts';
import { CASES, MODES, settle, SIZES, visit } from './legibilityCases.ts';
import { legibilityFindings } from './legibilityVerdict.ts';
import { SHOTS, watchErrors } from './support.ts';

for (const mode of MODES)
  for (const size of SIZES)
    test(`every built-in is legible at ${size.width}x${size.height}, ${mode.name}`, async ({ page }) => {
      test.setTimeout(150_000);
      const errors = watchErrors(page);
      await page.setViewportSize(size);
      let from: (typeof CASES)[number] | null = null;
      // The smallest drawing word seen, printed with the run: how close each size and mode is to its floor.
      let least = { px: Infinity, where: '' };
      for (const c of CASES)
        for (const step of c.visit) {
          await visit(page, mode, c, step, from);
          from = c;
          const where = `${c.id} step ${step}/${c.steps} at ${size.width}x${size.height}, ${mode.name}`;
          const shot = `${SHOTS}/legibility-${c.id}-step${step}-${size.width}x${size.height}-${mode.name}.png`;
          const measure = await page.evaluate(measurePage);
          for (const w of measure.drawings.flatMap((d) => d.words))
            if (w.px < least.px) least = { px: w.px, where: `${where}: ${JSON.stringify(w.text)}` };
          const findings = legibilityFindings(measure, mode.floors);
          // Every middle step is shot (about 50 ms each), for a person to look at; any failing step too.
          if (findings.length > 0 || step === c.visit[0]) await page.screenshot({ path: shot });
          expect.soft(findings, `${where} (screenshot ${shot})`).toEqual([]);
        }
      console.log(
        `smallest drawing word ${least.px.toFixed(2)} px (floor ${mode.floors.svg}): ${least.where}`,
      );
      expect(errors).toEqual([]);
    });

test('the zoom buttons, Ctrl+wheel and the +, − and 0 keys zoom the drawing, and Fit returns to the fit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#example=vt-switch-linux&step=7');
  const figure = page.locator('figure.machine');
  await expect(figure).toHaveAttribute('data-step', '7');
  await settle(page);
  const scale = async () => Number(await figure.getAttribute('data-scale'));
  // The words on screen, not only the attribute: the smallest one grows with the zoom.
  const least = async () =>
    Math.min(...(await page.evaluate(measurePage)).drawings.flatMap((d) => d.words.map((w) => w.px)));
  const fit = await scale();
  const fitText = await figure.getAttribute('data-scale');
  const fitWords = await least();
  const fitButton = page.getByRole('button', { name: 'Fit', exact: true });
  await expect(fitButton).toHaveAttribute('aria-pressed', 'true');

  // One press of "Zoom in" is 1.25×, in the attribute and in the rendered words; Fit comes back exactly.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(scale).toBeCloseTo(fit * 1.25, 2);
  await settle(page);
  expect(await least()).toBeCloseTo(fitWords * 1.25, 1);
  await expect(fitButton).toHaveAttribute('aria-pressed', 'false');
  await fitButton.click();
  await expect(figure).toHaveAttribute('data-scale', fitText!);
  await expect(fitButton).toHaveAttribute('aria-pressed', 'true');

  // Ctrl+wheel over the drawing zooms the drawing, not the page; a plain wheel only scrolls.
  const area = page.getByRole('group', { name: /^Drawing area/ });
  const box = (await area.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -200);
  await settle(page);
  expect(await scale()).toBe(fit);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(scale).toBeGreaterThan(fit * 1.1);
  expect(await page.evaluate(() => [window.visualViewport?.scale, window.innerWidth])).toEqual([1, 1280]);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 400);
  await page.keyboard.up('Control');
  await expect.poll(scale).toBeLessThan(fit);
  await fitButton.click();
  await expect(figure).toHaveAttribute('data-scale', fitText!);

  // The drawing area is the next stop after Fit on the keyboard, and takes +, − and 0 itself.
  await fitButton.focus();
  await page.keyboard.press('Tab');
  await expect(area).toBeFocused();
  await page.keyboard.press('+');
  await expect.poll(scale).toBeCloseTo(fit * 1.25, 2);
  await page.keyboard.press('-');
  await expect(figure).toHaveAttribute('data-scale', fitText!);
  await page.keyboard.press('-');
  await expect.poll(scale).toBeCloseTo(fit / 1.25, 2);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(scale).toBeCloseTo(fit * 1.25, 2);
  await page.keyboard.press('0');
  await expect(figure).toHaveAttribute('data-scale', fitText!);
  await expect(area).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/legibility-zoom-controls-1280x720.png` });
});
