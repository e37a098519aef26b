/**
 * Where the legibility spec looks: every built-in at a middle step and at its last, at four window sizes,
 * in three modes, each opened by its address; and how it waits for the drawing to settle there.
 */

import { expect, type Page } from '@playwright/test';

import { parseScenario } from '../src/scenario/index.ts';
import { LIBRARY } from '../src/scenario/library/index.ts';
import type { Floors } from './legibilityVerdict.ts';

export const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

export type Size = (typeof SIZES)[number];

const KERNELS = ['linux', 'netbsd', 'irix', 'netbsd_fo', 'linux_2_0', 'freebsd'] as const;

export interface Case {
  id: string;
  title: string;
  steps: number;
  /** Steps shown: a middle one and the last. */
  visit: readonly number[];
  /** The kernel side by side: the next one after the scenario's own, so each kernel is compared. */
  compare: string;
}

export const CASES: readonly Case[] = LIBRARY.map((b) => {
  const parsed = parseScenario(b.text);
  if (!parsed.ok) throw new Error(`${b.id} does not parse`);
  const steps = parsed.scenario.steps.length;
  const own = KERNELS.indexOf(parsed.scenario.kernel ?? 'linux');
  const middle = Math.max(1, Math.floor(steps / 2));
  return {
    id: b.id,
    title: b.title,
    steps,
    visit: middle === steps ? [steps] : [middle, steps],
    compare: KERNELS[(own + 1) % KERNELS.length]!,
  };
});

export interface Mode {
  name: 'explore' | 'side-by-side' | 'presenter';
  /**
   * The design brief's floors (ui-design.md), written here rather than read from src/views/zoom.ts, so a
   * lowered floor in the app fails this spec instead of moving it.
   */
  floors: Floors;
  machines: 1 | 2;
  hash(c: Case, step: number): string;
}

export const MODES: readonly Mode[] = [
  {
    name: 'explore',
    floors: { svg: 14, html: 14 },
    machines: 1,
    hash: (c, step) => `example=${c.id}&step=${step}`,
  },
  {
    name: 'side-by-side',
    floors: { svg: 12, html: 14 },
    machines: 2,
    hash: (c, step) => `example=${c.id}&step=${step}&compare=${c.compare}`,
  },
  {
    name: 'presenter',
    floors: { svg: 20, html: 20 },
    machines: 1,
    hash: (c, step) => `example=${c.id}&step=${step}&mode=present`,
  },
];

const machines = (page: Page) => page.locator('figure.machine');

/**
 * Opens `c` at `step` through the address (the page loads on the first visit, `from` null) and waits
 * until every machine shows that step of that scenario with all its events played, then until the
 * drawing stops moving: no finite animation running, and the zoom, the drawing's size and its scroll the
 * same for a few frames.
 */
export async function visit(page: Page, mode: Mode, c: Case, step: number, from: Case | null): Promise<void> {
  const hash = mode.hash(c, step);
  // Another built-in's frame can be on screen at the same step number: its digest tells them apart.
  const before =
    from === null || from.id === c.id
      ? []
      : await machines(page).evaluateAll((fs) => fs.map((f) => f.getAttribute('data-digest')));
  if (from === null) await page.goto(`./#${hash}`);
  else await page.evaluate((h) => (location.hash = h), hash);
  await expect(page).toHaveTitle(`${c.title} · pagerlab`);
  await expect(page.locator('output.position')).toHaveText(
    new RegExp(`^step ${step} of ${c.steps}(, event (\\d+) of \\2)?$`),
  );
  await expect(machines(page)).toHaveCount(mode.machines);
  for (let i = 0; i < mode.machines; i++) {
    await expect(machines(page).nth(i)).toHaveAttribute('data-step', String(step));
    const old = before[i];
    if (old) await expect(machines(page).nth(i)).not.toHaveAttribute('data-digest', old);
  }
  await settle(page);
}

/** Waits until the drawing stops moving (see `settled`). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(settled);
}

/** Runs in the page: resolves once three frames in a row look the same and nothing finite is animating. */
function settled(): Promise<void> {
  return new Promise((resolve, reject) => {
    let last = '';
    let same = 0;
    const start = performance.now();
    const look = () => {
      const figures = Array.from(document.querySelectorAll('figure.machine'));
      const moving = figures
        .flatMap((f) => f.getAnimations({ subtree: true }))
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
      const shape = figures.map((f) => {
        const box = f.querySelector('.machine-scroll');
        const svg = f.querySelector('svg[data-drawing]')?.getBoundingClientRect();
        return [f.getAttribute('data-scale'), svg?.width, svg?.height, box?.scrollLeft, box?.scrollTop];
      });
      return JSON.stringify([moving.length, shape, document.documentElement.scrollWidth]);
    };
    const tick = () => {
      const now = look();
      same = now === last && now.startsWith('[0,') ? same + 1 : 0;
      last = now;
      if (same >= 3) resolve();
      else if (performance.now() - start > 8000) reject(new Error(`the drawing never settled: ${now}`));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
