import { expect, test, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { findBuiltin } from '../src/scenario/library/index.ts';
import { boot, runStep } from '../src/sim/index.ts';
import type { TraceEvent } from '../src/sim/events.ts';
import { picture, type MachinePicture } from '../src/sim/picture.ts';
import { SHOTS } from './support.ts';

/** What the engine says about step `n` (1-based) of a built-in: its events and the picture after it. */
function engineStep(id: string, n: number): { events: TraceEvent[]; after: MachinePicture } {
  const parsed = parseScenario(findBuiltin(id)?.text ?? '');
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  const s = boot(parsed.scenario);
  let events: TraceEvent[] = [];
  for (let i = 0; i < n; i++) events = runStep(s).events;
  return { events, after: picture(s) };
}

const machine = (page: Page) => page.locator('figure[aria-label="Machine"]');

async function open(page: Page, hash: string, step: number) {
  await page.goto(`./#${hash}`);
  await expect(machine(page)).toHaveAttribute('data-step', String(step));
  // Playback keys belong to the page, not to a focused editor.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Shift+Right once, then wait until the drawing shows event `type`. */
async function nextEvent(page: Page, type: string) {
  await page.keyboard.press('Shift+ArrowRight');
  await expect(machine(page)).toHaveAttribute('data-event', type);
}

test('a fault animates through the TLB, the walk, the handler and the install', async ({ page }) => {
  const { events } = engineStep('first-touch', 3);
  const vpn = 0x1000_0000 / 4096;
  await open(page, 'example=first-touch&step=2', 2);
  const seen: string[] = [];
  for (const e of events) {
    await nextEvent(page, e.t);
    seen.push(e.t);
    if (e.t === 'fault') {
      await expect(page.locator('[data-kernel-call]')).toContainText('vm_ops->fault');
      await page.screenshot({ path: `${SHOTS}/views-fault-handler.png` });
    }
    if (e.t === 'pte-install') {
      await expect(page.locator(`[data-arrow="frame"][data-proc="app"][data-vpn="${vpn}"]`)).toHaveCount(1);
      await expect(page.locator(`[data-arrow][data-vpn="${vpn}"]`).first()).toHaveAttribute(
        'data-state',
        'growing',
      );
      await page.screenshot({ path: `${SHOTS}/views-pte-install.png` });
    }
  }
  await expect(machine(page)).toHaveAttribute('data-step', '3');
  const order = ['tlb-miss', 'walk', 'fault', 'pte-install'].map((t) => seen.indexOf(t));
  expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
  // The handler stays in the kernel box for the rest of the step.
  await expect(page.locator('[data-kernel-call]')).toHaveAttribute('data-handler', 'vm_ops->fault');
});

test('a VT switch on linux cuts the arrows and the next fault regrows them', async ({ page }) => {
  const { events } = engineStep('vt-switch-linux', 7);
  await open(page, 'example=vt-switch-linux&step=6', 6);
  await expect(page.locator('[data-arrow="page"][data-proc="shell"]')).toHaveCount(1);
  let cut = false;
  for (const e of events) {
    await nextEvent(page, e.t);
    if (e.t === 'pte-zap' && !cut) {
      cut = true;
      const ghost = page.locator(
        `[data-arrow][data-state="cut"][data-proc="${e.proc}"][data-vpn="${e.vpn}"]`,
      );
      await expect(ghost).toHaveCount(1);
      await page.screenshot({ path: `${SHOTS}/views-vt-switch-cut.png` });
    }
  }
  expect(cut).toBe(true);
  await expect(page.locator('[data-arrow="page"]:not([data-state="cut"])')).toHaveCount(0);
  // What the switch zapped stays in sight for the rest of the step, as ghosts, and the device says it.
  const zaps = events.filter((e) => e.t === 'pte-zap');
  await expect(page.locator('[data-arrow="cut"]')).toHaveCount(zaps.length);
  const ttyv = page.locator('[data-device="ttyv"]');
  await expect(ttyv).toContainText('screen 1 in front');
  await expect(ttyv).toContainText('saved fb → store 0');
  await expect(ttyv).toContainText('loaded store 1 → fb');
  await expect(ttyv.locator('[data-note="ok"]')).toContainText(`zapped ${zaps.length} PTEs`);
  await page.keyboard.press('ArrowRight');
  await expect(machine(page)).toHaveAttribute('data-step', '8');
  await expect(page.locator('[data-arrow="page"][data-proc="shell"]')).toHaveCount(1, { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/views-vt-switch-regrown.png` });
});

test('a card eject ends in SIGBUS on the next touch', async ({ page }) => {
  await open(page, 'example=card-linux&step=4', 4);
  await expect(page.locator('[data-slot="empty"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(machine(page)).toHaveAttribute('data-step', '5');
  await expect(page.locator('[data-signal="SIGBUS"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-signal="SIGBUS"]')).toHaveText('SIGBUS');
  await page.screenshot({ path: `${SHOTS}/views-card-sigbus.png` });
});

test('a netbsd violation is shown in red with its sentence', async ({ page }) => {
  const { after } = engineStep('vt-switch-netbsd', 7);
  const v = after.violations.find((x) => x.rule === 'vt-foreground');
  expect(v, 'the engine reports the violation').toBeDefined();
  await open(page, 'example=vt-switch-netbsd&step=7', 7);
  const item = page.locator('[data-violation][data-rule="vt-foreground"]').first();
  await expect(item).toBeVisible();
  await expect(item).toContainText(v!.sentence);
  await expect(page.locator(`[data-violation-mark="${v!.proc}:${v!.vpn}"]`)).toHaveCount(1);
  await expect(
    page.locator(`[data-arrow][data-proc="${v!.proc}"][data-vpn="${v!.vpn}"]`).first(),
  ).toHaveAttribute('data-state', 'violation');
  await page.screenshot({ path: `${SHOTS}/views-netbsd-violation.png` });
});

test('reduced motion: events change the drawing without any movement', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, 'example=first-touch&step=2', 2);
  const running = () =>
    page.evaluate(
      () =>
        document
          .querySelector('figure[aria-label="Machine"]')!
          .getAnimations({ subtree: true })
          .filter((a) => a.playState === 'running').length,
    );
  for (const t of ['step', 'access', 'tlb-miss', 'walk', 'fault']) {
    await nextEvent(page, t);
    expect(await running()).toBe(0);
  }
  // The fault's ring stands still around the page: a highlight, not a movement.
  await expect(page.locator('.fx-ring')).toHaveCount(1);
});

test('the drawing fits a 1024x700 window and scrolls inside its panel', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await open(page, 'example=vt-switch-netbsd&step=7', 7);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: `${SHOTS}/views-1024x700.png` });
});
