import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { watchErrors } from './support.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what a school's accessibility policy usually asks. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Moderate and minor findings are advice; serious and critical ones shut someone out. */
const BLOCKING = new Set(['serious', 'critical']);

/** Each page a class meets: the lab, a step with a fault on screen, each mode, two kernels, the embed. */
const PAGES: ReadonlyArray<{
  name: string;
  url: string;
  /** At 390x844 on a touch screen: the one-column layout. */
  phone?: boolean;
  ready: (page: Page) => Promise<void>;
}> = [
  { name: 'default page', url: './', ready: editorLoaded },
  { name: 'card-linux at step 8', url: './#example=card-linux&step=8', ready: editorLoaded },
  {
    name: 'walkthrough',
    url: './#example=card-linux&mode=walkthrough',
    ready: (page) => expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible(),
  },
  {
    name: 'predict',
    url: './#example=card-linux&mode=predict',
    ready: (page) => expect(page.locator('.score')).toBeVisible(),
  },
  {
    name: 'presenter view',
    url: './#example=card-linux&mode=present',
    ready: (page) => expect(page.getByRole('region', { name: 'Narration' })).toBeVisible(),
  },
  {
    name: 'side by side',
    url: './#example=vt-switch-linux&compare=netbsd',
    ready: (page) => expect(page.locator('figure[data-step]')).toHaveCount(2),
  },
  { name: 'embed', url: './?embed=1#example=card-linux', ready: async () => {} },
  {
    name: 'lab with the Mode menu open',
    url: './#example=card-linux&step=3',
    ready: async (page) => {
      await page.getByRole('button', { name: /^Mode / }).click();
      await expect(page.getByRole('menu', { name: 'Mode' })).toBeVisible();
    },
  },
  {
    name: 'phone, one column, More open',
    url: './#example=card-linux&step=3',
    phone: true,
    ready: async (page) => {
      await page.getByRole('button', { name: 'More' }).click();
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    },
  },
  {
    name: 'the Language dialog, searched',
    url: './#example=card-linux',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Language', exact: true }).click();
      await page.getByRole('searchbox', { name: 'Search the language reference' }).fill('card');
      await expect(page.locator('[data-entry="device:card"]')).toBeVisible();
    },
  },
  {
    name: 'New scenario',
    url: './#example=card-linux',
    ready: async (page) => {
      await page.getByRole('button', { name: 'New scenario' }).click();
      await expect(page.getByRole('dialog', { name: 'New scenario' })).toBeVisible();
    },
  },
  {
    name: 'the editor completing a step word',
    url: './#example=card-linux',
    ready: async (page) => {
      await editorLoaded(page);
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\ncam: mm');
      await expect(page.locator('.cm-tooltip-autocomplete')).toBeVisible();
    },
  },
];

async function editorLoaded(page: Page): Promise<void> {
  await expect(page.locator('.cm-editor')).toBeVisible();
}

/** One line per element a rule fails on, with axe's own summary (the contrast figures among it). */
function report(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}) ${n.target.join(' ')}\n    ${(n.failureSummary ?? v.help).replace(/\n\s*/g, ' | ')}`,
      ),
    )
    .join('\n');
}

for (const theme of ['light', 'dark'] as const) {
  for (const { name, url, phone, ready } of PAGES) {
    test(`${name}, ${theme} theme: no serious or critical WCAG 2.2 AA finding`, async ({ browser }) => {
      const context = await browser.newContext(
        phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
      );
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${url}${url.includes('#') ? '&' : '#'}theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('figure[data-step]').first()).toBeVisible();
      await ready(page);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
      expect(blocking, `axe findings on ${name} (${theme}):\n${report(blocking)}`).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}
