import { expect, test, type Page } from '@playwright/test';
import { drawing, SHOTS } from './support.ts';

const position = (page: Page) => page.locator('output.position');

async function open(page: Page, hash: string, step: number) {
  await page.goto(`./#${hash}`);
  await expect(drawing(page)).toHaveAttribute('data-step', String(step));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Opens scenario text through the "Open scenario file" button's input. */
async function openText(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

test('when the engine worker crashes, the alert offers Retry, which brings the run back', async ({
  page,
}) => {
  // The worker's script throws as it starts: the worker dies before it answers anything.
  const worker = '**/engine.worker*.js';
  await page.route(worker, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("engine lost");' }),
  );
  await page.goto('./#example=card-linux&step=2');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('the engine worker failed');
  await expect(drawing(page)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/details-worker-crashed.png` });
  await page.unroute(worker);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '2');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
});

test('a process killed by SIGBUS and one that exited are told apart', async ({ page }) => {
  await open(page, 'example=card-linux', 0);
  await openText(
    page,
    'ends.scn',
    `title "Two ends"
machine ram=32
device slot card pages=2 card=A
process cam nohandler
process tool
cam: open /dev/slot -> fd
cam: mmap fd 2p -> win
cam: write win "x"
eject slot
cam: read win
tool: exit
`,
  );
  await expect(position(page)).toHaveText('step 0 of 6');
  await page.keyboard.press('End');
  await expect(drawing(page)).toHaveAttribute('data-step', '6');
  const cam = page.locator('[data-proc-band="cam"]');
  const tool = page.locator('[data-proc-band="tool"]');
  await expect(cam).toHaveAttribute('data-end', 'SIGBUS');
  await expect(cam).toContainText('killed by SIGBUS');
  await expect(tool).toHaveAttribute('data-end', 'exit');
  await expect(tool).toContainText('exited');
  await expect(tool).not.toContainText('killed');
  await page.screenshot({ path: `${SHOTS}/details-killed-and-exited.png` });
});

test('the page walk lights the entry it reads, not the whole table', async ({ page }) => {
  // Step 9 of first-touch writes a page the eager pseudo driver mapped: a TLB miss, then a walk that
  // reads a present leaf entry.
  await open(page, 'example=first-touch&step=8', 8);
  const flash = page.locator('.fx-flash.tone-walk');
  let label = '';
  for (let i = 0; i < 12 && !label.startsWith('L2['); i++) {
    await page.keyboard.press('Shift+ArrowRight');
    label = (await flash.count()) > 0 ? ((await flash.getAttribute('data-label')) ?? '') : '';
  }
  expect(label).toMatch(/^L2\[\d+\]$/);
  const index = Number(/\[(\d+)\]/.exec(label)![1]);
  const lit = await flash.locator('rect').boundingBox();
  const row = await page.locator('[data-tree="app"] .entry', { hasText: `[${index}] ` }).boundingBox();
  const table = await page.locator('[data-tree="app"] [data-level="2"] .table-box').first().boundingBox();
  expect(lit && row && table).toBeTruthy();
  // One row high, around that entry's row, and well short of the table.
  expect(lit!.height).toBeLessThan(table!.height / 2);
  expect(lit!.y).toBeLessThanOrEqual(row!.y);
  expect(lit!.y + lit!.height).toBeGreaterThanOrEqual(row!.y + row!.height);
  await page.screenshot({ path: `${SHOTS}/details-walk-entry.png` });
});

test('landmarks each have one clear name', async ({ page }) => {
  await open(page, 'example=first-touch', 0);
  for (const name of ['Editor', 'Event log', 'Drawing'])
    await expect(page.getByRole('region', { name, exact: true })).toHaveCount(1);
  await expect(page.getByRole('figure', { name: 'Machine', exact: true })).toHaveCount(1);
  const names = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll('header, main, footer, nav, aside, section[aria-label], [role=region]'),
    )
      .map((e) => e.getAttribute('aria-label'))
      .filter((n) => n !== null),
  );
  expect(new Set(names).size).toBe(names.length);
});

test('Space on an element with role=button is that element’s, not playback’s', async ({ page }) => {
  await open(page, 'example=first-touch', 0);
  let pressed = 0;
  await page.exposeFunction('pressed', () => pressed++);
  await page.evaluate(() => {
    const b = document.createElement('div');
    b.setAttribute('role', 'button');
    b.tabIndex = 0;
    b.id = 'custom-button';
    b.textContent = 'custom';
    b.addEventListener('keydown', (e) => {
      if (e.key === ' ') (window as unknown as { pressed(): void }).pressed();
    });
    document.querySelector('.top-bar')!.append(b);
  });
  await page.locator('#custom-button').focus();
  await page.keyboard.press(' ');
  await expect.poll(() => pressed).toBe(1);
  await page.waitForTimeout(300);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(drawing(page)).toHaveAttribute('data-step', '0');
});

test('a page-table toggle is a button outside the picture: Space opens and closes it, playback stays put', async ({
  page,
}) => {
  await open(page, 'example=first-touch&step=3', 3);
  // The picture is one image with nothing to press inside it; the toggles lie over it.
  await expect(
    drawing(page).locator('svg[data-drawing] [role="button"], svg[data-drawing] [tabindex]'),
  ).toHaveCount(0);
  const toggle = page.getByRole('button', { name: /^app level 1 table in frame \d+$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.focus();
  await page.keyboard.press(' ');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-tree="app"] [data-level="2"]')).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(drawing(page)).toHaveAttribute('data-step', '3');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('at 800x500 the lab still shows the drawing and the playback controls', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await open(page, 'example=card-linux&step=6', 6);
  await expect(drawing(page)).toBeInViewport();
  for (const name of ['Step forward', 'Step back', 'Play'])
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/details-800x500.png` });
});

test('at max speed the event log waits for a pause, then shows the step it stopped at', async ({ page }) => {
  await open(page, 'example=vt-switch-linux', 0);
  const log = page.getByRole('region', { name: 'Event log' });
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('Infinity');
  // Eleven steps at max speed can be over between two polls of an expect: a watcher set up before Play
  // notes whether the log ever said it is racing.
  await page.evaluate(() => {
    const w = window as unknown as { sawRacing: boolean };
    w.sawRacing = false;
    new MutationObserver(() => {
      if (document.querySelector('.event-log')?.textContent?.includes('Playing at max speed'))
        w.sawRacing = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { sawRacing: boolean }).sawRacing))
    .toBe(true);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  await expect(log).not.toContainText('Playing at max speed');
  await expect(log.getByRole('listitem').first()).toBeVisible();
  // While it raced, the words around the drawing followed it a few times a second and the drawing had
  // no digest; stopped, they say exactly where it is, and the digest is back.
  const step = (await drawing(page).getAttribute('data-step')) ?? '';
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveValue(step);
  await expect(position(page)).toHaveText(new RegExp(`^step ${step} of `));
  await expect(drawing(page)).toHaveAttribute('data-digest', /^[0-9a-f]{8}$/);
  // The TLB's and the devices' words, calmed while racing, are the step's own once stopped: the same as
  // when the step is drawn afresh after a step back and forward.
  const words = page.locator('[data-tlb], [data-device]');
  const stopped = await words.allTextContents();
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(drawing(page)).not.toHaveAttribute('data-step', step);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(drawing(page)).toHaveAttribute('data-step', step);
  await expect(words).toHaveText(stopped);
});
