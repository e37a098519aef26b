/**
 * A CPU profile of the page's main thread over the measurement (Chromium's CDP Profiler): written as a
 * `.cpuprofile` that DevTools opens, and summed here into the functions with the most self time, so a
 * slow frame points at its cause without opening a tool.
 */

import { writeFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  // 250 µs: fine enough to see a 2 ms render, coarse enough not to slow the page much itself.
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
}

/** Stops the profile, writes it to `path`, and returns its `top` functions by self time. */
export async function stopProfile(cdp: CDPSession, path: string, top = 15): Promise<HotFunction[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(path, JSON.stringify(profile));
  return hottest(profile, top);
}

/** Self time per function (summed over its nodes), largest first. */
export function hottest(profile: Profile, top: number): HotFunction[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, HotFunction>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const total = (profile.endTime - profile.startTime) / 1000;
  // timeDeltas[i] is the time before sample i; the time after sample i is timeDeltas[i + 1].
  samples.forEach((id, i) => {
    const f = byNode.get(id)?.callFrame;
    if (!f) return;
    const file = f.url.split('/').pop() ?? '';
    const where = file ? `${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const key = `${f.functionName}@${where}`;
    const entry = self.get(key) ?? { name: f.functionName || '(anonymous)', where, selfMs: 0, share: 0 };
    entry.selfMs += (deltas[i + 1] ?? 0) / 1000;
    self.set(key, entry);
  });
  return [...self.values()]
    .map((e) => ({ ...e, share: total > 0 ? e.selfMs / total : 0 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}
