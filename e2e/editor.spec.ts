import { expect, test, type Page } from '@playwright/test';

import { findBuiltin } from '../src/scenario/library/index.ts';
import { drawing, SHOTS, watchErrors } from './support.ts';

// Tall enough that CodeMirror renders every line of a built-in in the side pane (28% of the width, so its
// narration wraps onto many lines): the tests read the text from the page.
test.use({ viewport: { width: 1280, height: 2400 } });

const editor = (page: Page) => page.getByRole('textbox', { name: 'Scenario text' });
/** Line n (from 1) of the document; at this height every line of a built-in is rendered. */
const docLine = (page: Page, n: number) => page.locator('.cm-content > .cm-line').nth(n - 1);
const editorText = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('.cm-content > .cm-line'), (l) => l.textContent).join('\n'),
  );

async function openAt(page: Page, hash: string, step: number) {
  await page.goto(`./#${hash}`);
  await expect(drawing(page)).toHaveAttribute('data-step', String(step));
  await expect(editor(page)).toBeVisible();
}

/** Puts the cursor at the end of the first line reading exactly `text`, and returns its number. */
async function endOfLine(page: Page, text: string): Promise<number> {
  const lines = await page.locator('.cm-content > .cm-line').allTextContents();
  const index = lines.indexOf(text);
  expect(index, `a line "${text}"`).toBeGreaterThanOrEqual(0);
  await docLine(page, index + 1).click();
  await page.keyboard.press('End');
  return index + 1;
}

test('a syntax error is marked at its line with its message, the drawing keeps the last run, and a fix runs again', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openAt(page, 'example=first-touch&step=3', 3);
  const digest = (await drawing(page).getAttribute('data-digest')) ?? '';
  expect(digest).not.toBe('');

  const line = await endOfLine(page, 'app: read scr');
  await page.keyboard.type(' @@');
  // The worker's error, as the app lists it: "line L, column C: message".
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`line ${line}, column 15: `);
  const message = /column 15: (.*)$/m.exec(await alert.innerText())?.[1]?.trim() ?? '';
  expect(message).not.toBe('');

  // Underlined in its line, from its column: the `@@` typed there.
  const underline = docLine(page, line).locator('.cm-lintRange-error');
  await expect(underline).toHaveText('@@');
  // A marker in the gutter, level with that line.
  const marker = page.locator('.cm-gutter-lint .cm-lint-marker-error');
  await expect(marker).toHaveCount(1);
  const [markerBox, lineBox] = [await marker.boundingBox(), await docLine(page, line).boundingBox()];
  expect(
    markerBox && lineBox && Math.abs(markerBox.y + markerBox.height / 2 - (lineBox.y + lineBox.height / 2)),
  ).toBeLessThan(lineBox?.height ?? 0);
  // Hovering the underline shows the parser's message.
  await underline.hover();
  await expect(page.locator('.cm-tooltip-lint')).toContainText(message);

  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await expect(drawing(page)).toHaveAttribute('data-digest', digest);
  await page.screenshot({ path: `${SHOTS}/editor-error.png` });

  // The fix reads page 1 instead: a new run, whose step 3 lands elsewhere.
  await editor(page).focus();
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('+1p');
  await expect(alert).toHaveCount(0);
  await expect(page.locator('.cm-lintRange-error, .cm-lint-marker-error')).toHaveCount(0);
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await expect(drawing(page)).not.toHaveAttribute('data-digest', digest);
  expect(errors).toEqual([]);
});

test("the app's echo of the typing never moves the cursor, and undo stays in the text typed", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openAt(page, 'example=first-touch', 0);
  const line = await endOfLine(page, 'app: read scr');
  // Slow enough that runs finish (and echo the text back) between the keys.
  for (const key of '+1p') {
    await page.keyboard.type(key);
    await page.waitForTimeout(400);
  }
  await page.keyboard.type(' # page one');
  await expect(docLine(page, line)).toHaveText('app: read scr+1p # page one');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Undo takes back what was typed, never past it into another text.
  for (let i = 0; i < 20; i++) await page.keyboard.press('Control+z');
  expect(await editorText(page)).toBe(findBuiltin('first-touch')?.text);
  expect(errors).toEqual([]);
});

test('picking another built-in replaces the text, and undo cannot bring the old one back', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openAt(page, 'example=first-touch', 0);
  await endOfLine(page, 'app: read scr');
  await page.keyboard.type('+1p');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('vt-switch-linux');
  const wanted = findBuiltin('vt-switch-linux')?.text ?? '';
  await expect.poll(() => editorText(page)).toBe(wanted);
  await editor(page).focus();
  await page.keyboard.press('Control+z');
  expect(await editorText(page)).toBe(wanted);
  expect(errors).toEqual([]);
});

test('the editor is labelled, highlights the language in both themes, and Tab leaves it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openAt(page, 'example=first-touch', 0);
  const colour = (text: string) =>
    page
      .locator('.cm-content span', { hasText: new RegExp(`^${text}$`) })
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  const plain = await editor(page).evaluate((el) => getComputedStyle(el).color);
  const light = {
    keyword: await colour('title'),
    actor: await colour('app:'),
    narration: await colour('> The vt driver is lazy.*'),
    number: await colour('2p'),
  };
  // Four classes, four colours, none of them the plain text's.
  expect(new Set(Object.values(light)).size).toBe(4);
  expect(Object.values(light)).not.toContain(plain);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => colour('title')).not.toBe(light.keyword);
  expect(await colour('app:')).not.toBe(light.actor);
  await page.screenshot({ path: `${SHOTS}/editor-dark.png` });

  // Keyboard users get in and out: Tab enters no indentation and moves focus on.
  await editor(page).focus();
  const before = await editorText(page);
  await page.keyboard.press('Tab');
  await expect(editor(page)).not.toBeFocused();
  expect(await editorText(page)).toBe(before);
  await page.keyboard.press('Shift+Tab');
  await expect(editor(page)).toBeFocused();
  expect(errors).toEqual([]);
});

/** A valid scenario of about 4 MB: a few steps among 100,000 lines of narration and comments. */
function bigScenario(): string {
  const lines = ['title "Big"', 'device ttyv vt screens=2 fb=1p', 'process p'];
  for (let i = 0; i < 28_000; i++) {
    lines.push(`> narration ${i}: the shell maps screen 0 with "quotes" and # marks.`);
    lines.push(`# comment ${i}: p: write scr+0x10 "x" -> nothing here counts at all`);
  }
  lines.push('p: open /dev/ttyv0 -> fd', 'p: mmap fd 1p -> scr', 'p: read scr', 'expect fault');
  return lines.join('\n') + '\n';
}

test('a 4 MB scenario stays responsive: typing at its end lands at once, with no long task', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openAt(page, 'example=first-touch', 0);
  const big = bigScenario();
  expect(big.length).toBeGreaterThan(3_800_000);
  expect(big.length).toBeLessThan(4_000_000);
  await editor(page).focus();
  await page.keyboard.press('Control+a');
  // A paste, as a person would bring a big file in (typing 4 MB through the keyboard would take hours).
  const pasteMs = await editor(page).evaluate((el, text) => {
    const t0 = performance.now();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return performance.now() - t0;
  }, big);
  // The paste leaves the cursor at the end: the last lines show, numbered as the whole file counts them.
  await expect(page.locator('.cm-content')).toContainText('narration 27999:');
  await expect(page.locator('.cm-lineNumbers .cm-gutterElement', { hasText: /^56008$/ })).toBeVisible();
  // The longest the main thread stays busy: the widest gap in a chain of timers (Chromium's headless
  // shell reports no longtask entries, so the gap is measured directly).
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.longest = Math.max(w.longest, now - last);
      last = now;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
  const longest = () => page.evaluate(() => (window as unknown as { longest: number }).longest);
  // The probe itself sees a busy main thread (so it could fail), then starts afresh for the typing.
  await page.evaluate(() => {
    const t0 = performance.now();
    while (performance.now() - t0 < 80);
  });
  await expect.poll(longest).toBeGreaterThanOrEqual(80);
  await page.waitForTimeout(1_000);
  await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
  await page.keyboard.type('\nexpect value 0', { delay: 30 });
  await expect(page.locator('.cm-line', { hasText: /^expect value 0$/ })).toBeVisible();
  const last = page.locator('.cm-line', { hasText: /^expect value 0$/ });
  await expect(last.locator('span', { hasText: /^expect$/ })).toBeVisible();
  // Let the debounced run of the new text come back too: its echo must not stall the editor either.
  await page.waitForTimeout(1_500);
  const busy = await longest();
  console.log(
    `${big.length} characters: paste ${Math.round(pasteMs)} ms, longest busy while typing ${busy} ms`,
  );
  await page.screenshot({ path: `${SHOTS}/editor-big.png` });
  // Parsing or highlighting 4 MB on the main thread takes seconds; a busy spell of a quarter second
  // leaves room for a loaded machine and still catches that.
  expect(busy).toBeLessThan(250);
  expect(errors).toEqual([]);
});
