import { expect, test, type Page } from '@playwright/test';

import { MAX_TEXT_BYTES } from '../src/scenario/limits.ts';
import { drawing, SHOTS, watchErrors } from './support.ts';

const position = (page: Page) => page.locator('output.position');
const editorText = (page: Page) => page.locator('.cm-content');

/** A small scenario of our own: three steps, one fault, a title to recognise it by. */
const MINE = `title "From a file"
kernel netbsd
machine ram=16 levels=2 tlb=4
device ttyv vt screens=2 fb=1p
process sh
sh: open /dev/ttyv0 -> fd
sh: mmap fd 1p -> scr
sh: write scr "hi"
`;

/** Opens `file` through the button's file chooser, as a person would. */
async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario file' }).click();
  await (await chooser).setFiles(file);
}

/** What must not change when a file is refused: step, drawing, text, and the scenario picker. */
async function snapshot(page: Page) {
  return {
    step: await drawing(page).getAttribute('data-step'),
    digest: await drawing(page).getAttribute('data-digest'),
    text: await editorText(page).innerText(),
    picker: await page.getByRole('combobox', { name: 'Scenario' }).inputValue(),
  };
}

test.beforeEach(async ({ page }) => {
  await page.goto('./#example=first-touch&step=3');
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await expect(editorText(page)).toContainText('First touch');
});

test('a .scn file opened with the button goes to the editor and runs from step 0', async ({ page }) => {
  const errors = watchErrors(page);
  await choose(page, { name: 'mine.scn', mimeType: 'text/plain', buffer: Buffer.from(MINE) });
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'netbsd');
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
  await expect(position(page)).toHaveText('step 0 of 3');
  await expect(editorText(page)).toContainText('title "From a file"');
  await expect(page).toHaveTitle(/From a file/);
  // The built-in is no longer what is shown: the picker says none.
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await page.screenshot({ path: `${SHOTS}/open-file-button.png` });
  // The address no longer names the built-in, so picking it again opens it.
  await expect(page).not.toHaveURL(/example=/);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('first-touch');
  await expect(editorText(page)).toContainText('First touch');
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'linux');
  expect(errors).toEqual([]);
});

test('a file over the size limit is refused in an alert and nothing of the run is lost', async ({ page }) => {
  const errors = watchErrors(page);
  const before = await snapshot(page);
  const big = Buffer.alloc(MAX_TEXT_BYTES + 1, 0x20);
  await choose(page, { name: 'huge.scn', mimeType: 'text/plain', buffer: big });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“huge.scn” was not opened');
  await expect(alert).toContainText('at most 4.0 MiB');
  expect(await snapshot(page)).toEqual(before);
  await page.screenshot({ path: `${SHOTS}/open-file-too-big.png` });
  // Playback still works on the run that stayed.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '4');
  expect(errors).toEqual([]);
});

test('a file that is not text is refused and the run stays', async ({ page }) => {
  const errors = watchErrors(page);
  const before = await snapshot(page);
  const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0xff, 0xfe, 0x00, 0x80]);
  await choose(page, { name: 'a.out', mimeType: 'application/octet-stream', buffer: binary });
  await expect(page.getByRole('alert')).toContainText('“a.out” was not opened: it is not UTF-8 text');
  expect(await snapshot(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test('a file with a syntax error shows its errors and keeps drawing the last good run', async ({ page }) => {
  const errors = watchErrors(page);
  const before = await snapshot(page);
  await choose(page, { name: 'bad.scn', mimeType: 'text/plain', buffer: Buffer.from('process p\np: fly\n') });
  await expect(page.getByRole('alert')).toContainText(/line 2, column \d+: /);
  await expect(editorText(page)).toContainText('p: fly');
  await expect(drawing(page)).toHaveAttribute('data-digest', before.digest ?? '');
  expect(errors).toEqual([]);
});

test('a .scn file dropped on the page opens', async ({ page }) => {
  const errors = watchErrors(page);
  // A drop as the browser delivers it: a DataTransfer holding the file, dropped on the drawing.
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.scn', { type: '' }));
    return dt;
  }, MINE);
  const target = drawing(page);
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.locator('html')).toHaveAttribute('data-file-over', '');
  await page.screenshot({ path: `${SHOTS}/open-file-drag-over.png` });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(drawing(page)).toHaveAttribute('data-kernel', 'netbsd');
  await expect(position(page)).toHaveText('step 0 of 3');
  await expect(editorText(page)).toContainText('title "From a file"');
  await expect(page.locator('html')).not.toHaveAttribute('data-file-over', '');
  expect(errors).toEqual([]);
});

test('a file dropped on the editor opens instead of being pasted into the text', async ({ page }) => {
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.scn', { type: 'text/plain' }));
    return dt;
  }, MINE);
  await editorText(page).dispatchEvent('drop', { dataTransfer: transfer });
  await expect(position(page)).toHaveText('step 0 of 3');
  await expect(editorText(page)).not.toContainText('First touch');
  await expect(editorText(page)).toContainText('title "From a file"');
});
