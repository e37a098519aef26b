import { expect, test, type Locator, type Page } from '@playwright/test';

import { drawing, SHOTS, watchErrors } from './support.ts';

/** The screens a class brings: a phone, a tablet upright, laptops, a projector, and 200% zoom at 1280x720. */
const SIZES = [
  { name: 'phone-390x844', width: 390, height: 844, scale: 3, touch: true },
  { name: 'tablet-768x1024', width: 768, height: 1024, scale: 1, touch: false },
  { name: 'laptop-1024x700', width: 1024, height: 700, scale: 1, touch: false },
  { name: 'laptop-1280x720', width: 1280, height: 720, scale: 1, touch: false },
  { name: 'projector-1920x1080', width: 1920, height: 1080, scale: 1, touch: false },
  // 1280x720 at 200% zoom: the page lays out in 640x360 CSS pixels, drawn at twice the density.
  { name: 'zoom-200-1280x720', width: 640, height: 360, scale: 2, touch: false },
] as const;

/** Whether the document scrolls sideways: wider than the viewport. */
const sideways = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

interface Placed {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Each visible control under `within`, with its box in the viewport's coordinates. */
async function controls(within: Locator): Promise<Placed[]> {
  return within.evaluateAll((roots) =>
    roots.flatMap((root) =>
      Array.from(root.querySelectorAll<HTMLElement>('button, select, summary, input[type="range"], a[href]'))
        .filter((e) => e.checkVisibility() && !e.closest('.skip-links'))
        .map((e) => {
          const r = e.getBoundingClientRect();
          const name = e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30) ?? e.tagName;
          return {
            name,
            left: r.left,
            top: r.top,
            right: r.right,
            bottom: r.bottom,
            width: r.width,
            height: r.height,
          };
        }),
    ),
  );
}

/** Every control is inside the viewport and at least `min` px each way (a range only needs the height). */
async function expectReachable(page: Page, within: Locator, min: number): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const placed = await controls(within);
  expect(placed.length).toBeGreaterThan(0);
  for (const c of placed) {
    const where = `${c.name} at ${Math.round(c.left)},${Math.round(c.top)} ${Math.round(c.width)}x${Math.round(c.height)}`;
    expect(c.left, where).toBeGreaterThanOrEqual(0);
    expect(c.right, where).toBeLessThanOrEqual(width + 0.5);
    expect(c.top, where).toBeGreaterThanOrEqual(0);
    expect(c.bottom, where).toBeLessThanOrEqual(height + 0.5);
    expect(c.height, where).toBeGreaterThanOrEqual(min - 0.5);
    expect(c.width, where).toBeGreaterThanOrEqual(min - 0.5);
  }
}

/** The playback bar lies wholly inside the viewport. */
async function expectPlaybackOnScreen(page: Page): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const bar = await page.getByRole('contentinfo', { name: 'Playback' }).boundingBox();
  expect(bar).not.toBeNull();
  expect(bar!.x).toBeGreaterThanOrEqual(0);
  expect(bar!.y).toBeGreaterThanOrEqual(0);
  expect(bar!.x + bar!.width).toBeLessThanOrEqual(width + 0.5);
  expect(bar!.y + bar!.height).toBeLessThanOrEqual(height + 0.5);
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.scale,
      isMobile: size.touch,
      hasTouch: size.touch,
    });
    const min = size.touch ? 44 : 24;

    test(`the lab fits ${size.width}x${size.height}: no sideways scroll, every control on screen and ${min} px`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      await page.goto('./#example=card-linux&step=5');
      await expect(drawing(page)).toHaveAttribute('data-step', '5');
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await expectPlaybackOnScreen(page);
      await expectReachable(page, page.locator('.top-bar, .playback'), min);
      await page.screenshot({ path: `${SHOTS}/widths-${size.name}.png` });

      const more = page.getByRole('button', { name: 'More' });
      if (size.width < 800) {
        // One column, the drawing first, with most of the screen's height.
        const stage = await page.locator('#drawing').boundingBox();
        const side = await page.locator('.side').boundingBox();
        expect(stage!.y + stage!.height).toBeLessThanOrEqual(side!.y + 0.5);
        expect(stage!.height).toBeGreaterThanOrEqual(size.height * 0.55 - 1);
        // The secondary controls are folded under More; open, each is on screen too.
        await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
        await expect(more).toHaveAttribute('aria-expanded', 'false');
        await more.click();
        await expect(more).toHaveAttribute('aria-expanded', 'true');
        await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        await expectReachable(page, page.locator('.top-bar'), min);
        await page.screenshot({ path: `${SHOTS}/widths-${size.name}-more.png` });
      } else {
        // Two columns: the side pane on the left, narrow enough to leave the drawing the room.
        await expect(more).toBeHidden();
        const side = await page.locator('.side').boundingBox();
        const stage = await page.locator('#drawing').boundingBox();
        expect(side!.x + side!.width).toBeLessThanOrEqual(stage!.x + 0.5);
        expect(side!.width).toBeLessThanOrEqual(Math.max(260, size.width * 0.3) + 1);
      }
      // The Mode menu opens on screen.
      await page.getByRole('button', { name: /^Mode / }).click();
      await expectReachable(page, page.getByRole('menu', { name: 'Mode' }), min);
      await page.keyboard.press('Escape');
      expect(errors).toEqual([]);
    });

    test(`the embed is whole at ${size.width}x${size.height}`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto('./?embed=1#example=card-linux');
      await expect(drawing(page)).toHaveAttribute('data-step', '0');
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await expect(page.locator('.embed-title')).toBeInViewport({ ratio: 1 });
      await expect(page.locator('output.position')).toBeInViewport({ ratio: 1 });
      await expect(drawing(page)).toBeInViewport();
      await expectPlaybackOnScreen(page);
      await expectReachable(page, page.locator('.embed-head, .playback'), min);
      await page.screenshot({ path: `${SHOTS}/widths-${size.name}-embed.png` });
      expect(errors).toEqual([]);
    });
  });
}

test.describe('an 800x500 embed', () => {
  test.use({ viewport: { width: 800, height: 500 } });
  test('has its title, link, drawing and playback with the step counter, none clipped', async ({ page }) => {
    await page.goto('./?embed=1#example=card-linux');
    await expect(drawing(page)).toHaveAttribute('data-step', '0');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await expect(page.locator('.embed-title')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('link', { name: 'Open in pagerlab' })).toBeInViewport({ ratio: 1 });
    await expect(page.locator('output.position')).toBeInViewport({ ratio: 1 });
    await expectPlaybackOnScreen(page);
    await expectReachable(page, page.locator('.embed-head, .playback'), 24);
    await page.screenshot({ path: `${SHOTS}/widths-embed-800x500.png` });
  });
});
