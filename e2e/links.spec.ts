import { readFile } from 'node:fs/promises';

import { expect, test, type BrowserContextOptions, type Page } from '@playwright/test';

import { findBuiltin } from '../src/scenario/library/index.ts';
import { encodeScenarioLink } from '../src/share/link.ts';
import { drawing, SHOTS, watchErrors } from './support.ts';

/** A text's link value; these texts all fit in a link. */
async function encodeLink(text: string): Promise<string> {
  const value = await encodeScenarioLink(text);
  if (value === null) throw new Error('the text does not fit in a link');
  return value;
}

const RECENT_KEY = 'pagerlab.recent.v1';
// Tall enough that CodeMirror renders every line of a built-in: the tests read the text from the page.
const VIEWPORT = { width: 1280, height: 1800 };
// Still pictures: both ends of a link must draw the same pixels, with no movement caught halfway.
const STILL: BrowserContextOptions = { viewport: VIEWPORT, reducedMotion: 'reduce' };

test.use({ viewport: VIEWPORT });

const position = (page: Page) => page.locator('output.position');
/**
 * The editor's whole text, as the page's own Download .scn gives it (the editor draws only the lines in
 * view, so its DOM does not hold a long scenario).
 */
async function editorText(page: Page): Promise<string> {
  const menu = page.locator('details.export-menu');
  const summary = page.getByText('Export', { exact: true });
  if ((await menu.getAttribute('open')) === null) await summary.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .scn' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  if ((await menu.getAttribute('open')) !== null) await summary.click();
  return text;
}

/** Appends `line` to the scenario text in the editor, then gives the keyboard back to the page. */
async function appendLine(page: Page, line: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n${line}`);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** The recent list as stored, once an entry holding `text` is there (drafts are written debounced). */
async function storedWith(page: Page, text: string): Promise<Array<{ kind: string; text: string }>> {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', RECENT_KEY))
    .toContain(JSON.stringify(text).slice(1, -1));
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), RECENT_KEY)) ?? '[]');
}

/** How many pixels differ between two PNG screenshots of the same size, counted in `page`. */
async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const pixels = async (png: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const [p, q] = [await pixels(x), await pixels(y)];
      if (p.width !== q.width || p.height !== q.height) return Number.POSITIVE_INFINITY;
      let n = 0;
      for (let i = 0; i < p.data.length; i += 4)
        if (p.data[i] !== q.data[i] || p.data[i + 1] !== q.data[i + 1] || p.data[i + 2] !== q.data[i + 2])
          n++;
      return n;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

/** Everything the drawing shows, for comparing two pages. */
async function picture(page: Page) {
  const figure = drawing(page);
  return {
    step: await figure.getAttribute('data-step'),
    kernel: await figure.getAttribute('data-kernel'),
    digest: await figure.getAttribute('data-digest'),
    event: await figure.getAttribute('data-event'),
    position: await position(page).textContent(),
    text: await figure.locator('svg').first().textContent(),
    theme: await page.locator('html').getAttribute('data-theme'),
  };
}

/** The drawing's markup, React's generated ids (`_r_5_`) numbered by their first use instead. */
async function drawingMarkup(page: Page): Promise<string> {
  const ids = new Map<string, string>();
  const html = await drawing(page).innerHTML();
  return html.replace(/_r_[0-9a-z]+_/g, (id) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
    return ids.get(id)!;
  });
}

test('a copied link opens in a fresh browser at the same step, event and kernel, with the same drawing', async ({
  browser,
}) => {
  const sender = await browser.newContext({ ...STILL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await sender.newPage();
  const errors = watchErrors(page);
  await page.goto('./#example=card-linux&step=5');
  await expect(drawing(page)).toHaveAttribute('data-step', '5');
  // The sender's own text, another kernel, the dark theme, and a place in the middle of a step.
  await appendLine(page, '# sent to a colleague');
  await page.getByRole('combobox', { name: 'Kernel' }).selectOption('netbsd');
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'netbsd');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(position(page)).toHaveText(/^step 5 of \d+, event (\d+) of \d+$/);
  // What the sender sees, taken before "Link copied" shows over the corner of the drawing.
  const sent = await picture(page);
  const sentText = await editorText(page);
  const sentShot = await drawing(page).screenshot({ path: `${SHOTS}/links-sender.png` });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/links-copied.png` });
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#s=1\.[A-Za-z0-9_-]+&step=5&event=\d+&kernel=netbsd&theme=dark$/);
  expect(link.length).toBeLessThan(2000);
  expect(sentText).toContain('# sent to a colleague');

  const receiver = await browser.newContext(STILL);
  const other = await receiver.newPage();
  const otherErrors = watchErrors(other);
  await other.goto(link);
  await expect(drawing(other)).toHaveAttribute('data-digest', sent.digest ?? '');
  expect(await picture(other)).toEqual(sent);
  expect(await editorText(other)).toBe(sentText);
  await expect(other.getByRole('alert')).toHaveCount(0);
  // The same drawing, element for element and attribute for attribute; the ids React generates (which
  // depend on what else each page has mounted) are compared by where they are used.
  expect(await drawingMarkup(other)).toBe(await drawingMarkup(page));
  const describedBy = await other.locator('svg[data-drawing]').getAttribute('aria-describedby');
  await expect(other.locator(`[id="${describedBy}"]`)).toContainText('Step 5.');
  const receivedShot = await drawing(other).screenshot({ path: `${SHOTS}/links-receiver.png` });
  // And the same pixels, give or take the rasteriser's edges (a repainted pattern can differ by a few).
  expect(await differingPixels(other, sentShot, receivedShot)).toBeLessThan(200);
  await other.screenshot({ path: `${SHOTS}/links-received-page.png` });
  expect([...errors, ...otherErrors]).toEqual([]);
  await sender.close();
  await receiver.close();
});

test('Copy link refuses a scenario too large for a link and points to the .scn download', async ({
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch&step=2');
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  // Numbers that do not compress: the link would pass 32 KB.
  let noise = '';
  for (let i = 1; noise.length < 60_000; i++) noise += `# ${((i * 2654435761) >>> 0).toString(36)}\n`;
  // Pasted: typing 60 KB would take minutes.
  await page.evaluate(
    (text) => navigator.clipboard.writeText(text),
    `${findBuiltin('first-touch')!.text}${noise}`,
  );
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const said = page.getByRole('status').filter({ hasText: 'too large for a link' });
  await expect(said).toContainText('Use Download .scn');
  // The address cannot carry the text either: it names no scenario, and the draft keeps the text.
  await expect(page).toHaveURL(/#step=2$/);
  await page.screenshot({ path: `${SHOTS}/links-too-large.png` });
  expect(errors).toEqual([]);
});

test('each kind of broken link says what is wrong, opens what it can, and keeps the draft', async ({
  context,
  page,
}) => {
  // Seven pages, each loading the app afresh: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(60_000);
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await appendLine(page, '# my own draft');
  const draft = (await storedWith(page, '# my own draft')).find((e) => e.kind === 'draft')!;

  const text = findBuiltin('vt-switch-linux')!.text;
  const good = await encodeLink(text);
  const invalid = 'title "Half written"\nmachine ram=32\nprocess app\napp: frobnicate\n';
  const cases = [
    {
      name: 'bad-base64',
      hash: `s=${good.slice(0, 200)}*${good.slice(200)}`,
      says: 'characters a pagerlab link never contains',
      opens: 'title "Two terminals',
    },
    {
      name: 'bad-compression',
      hash: `s=${good.slice(0, 300)}`,
      says: 'does not decompress',
      opens: 'title "Two terminals',
    },
    { name: 'newer-version', hash: `s=2.${good.slice(2)}`, says: 'made by a newer pagerlab', opens: null },
    { name: 'too-long', hash: `s=1.${'A'.repeat(33_000)}`, says: 'too long to open', opens: null },
    {
      name: 'invalid',
      hash: `s=${await encodeLink(invalid)}`,
      says: 'does not parse',
      opens: 'title "Half written"',
    },
  ];
  for (const c of cases) {
    const tab = await context.newPage();
    const tabErrors = watchErrors(tab);
    await tab.goto(`./#${c.hash}`);
    const alert = tab.getByRole('alert');
    await expect(alert, c.name).toContainText(c.says);
    await expect(alert).toContainText('Your own drafts are kept');
    if (c.opens) {
      await expect(tab.locator('.cm-content')).toContainText(c.opens);
      if (c.name !== 'invalid')
        await expect(alert).toContainText('The text that could be recovered is in the editor');
    } else {
      await expect(alert).toContainText('Nothing could be recovered');
    }
    if (c.name === 'invalid') {
      await expect(alert.getByRole('listitem').first()).toContainText(/^line 4, column \d+: /);
      await expect(tab.locator('.cm-lintRange-error').first()).toBeVisible();
    }
    await tab.screenshot({ path: `${SHOTS}/links-broken-${c.name}.png` });
    const stored = await storedWith(tab, '# my own draft');
    expect(stored.find((e) => e.kind === 'draft')?.text, c.name).toBe(draft.text);
    expect(tabErrors).toEqual([]);
    await tab.close();
  }

  // The draft is one click away from a broken link.
  const tab = await context.newPage();
  await tab.goto(`./#${cases[1]!.hash}`);
  await expect(tab.getByRole('alert')).toBeVisible();
  await tab.getByRole('button', { name: 'Recent' }).click();
  const list = tab.getByRole('group', { name: 'Recent scenarios' });
  // The draft, and the one link that came through whole (the one that does not parse).
  await expect(list.getByRole('button')).toHaveText([/Half written.*link/, /First touch.*draft/]);
  await tab.screenshot({ path: `${SHOTS}/links-recent.png` });
  await list.getByRole('button', { name: /First touch.*draft/ }).click();
  await expect(tab.getByRole('alert')).toHaveCount(0);
  expect(await editorText(tab)).toBe(draft.text);
  await expect(drawing(tab)).toHaveAttribute('data-step', '0');
  expect(errors).toEqual([]);
});

test('the draft survives a reload and reopens on a bare address; a link opened over it is listed too', async ({
  context,
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./#example=first-touch&step=2');
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  await appendLine(page, '# survives reloads');
  await storedWith(page, '# survives reloads');
  const edited = await editorText(page);
  await page.reload();
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  expect(await editorText(page)).toBe(edited);
  // A reload right after typing, before the address has caught up: the last keystroke is still there.
  await appendLine(page, '# typed just before a reload');
  const typed = await editorText(page);
  await page.reload();
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  expect(await editorText(page)).toBe(typed);

  const fresh = await context.newPage();
  await fresh.goto('./');
  await expect(drawing(fresh)).toHaveAttribute('data-step', '0');
  expect(await editorText(fresh)).toBe(typed);

  // Someone's link opens in another tab: the link is shown, and the draft is still the draft.
  const theirs = findBuiltin('card-irix')!.text;
  await fresh.goto(`./#s=${await encodeLink(theirs)}&step=3`);
  await expect(drawing(fresh)).toHaveAttribute('data-step', '3');
  expect(await editorText(fresh)).toBe(theirs);
  const stored = await storedWith(fresh, '# typed just before a reload');
  expect(stored.map((e) => e.kind)).toEqual(['link', 'draft']);
  await fresh.getByRole('button', { name: 'Recent' }).click();
  await expect(fresh.getByRole('group', { name: 'Recent scenarios' }).getByRole('button')).toHaveText([
    /link, just now/,
    /draft, just now/,
  ]);
  await fresh.screenshot({ path: `${SHOTS}/links-recent-after-link.png` });
  await fresh.keyboard.press('Escape');
  await expect(fresh.getByRole('group', { name: 'Recent scenarios' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
