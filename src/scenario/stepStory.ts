/**
 * `stepStory`: one to three plain sentences telling what a step did and what changed, from its trace and
 * outcome, with the kernel calls the trace names (`vm_ops->fault`, `unmap_mapping_range`, `d_mmap`), for a
 * reader who did not write the scenario. The walkthrough tells each step with it; the drawing may use it
 * as its text description of the step.
 */

import type { TraceEvent } from '../sim/events.ts';
import { accessStory } from './accessStory.ts';
import { apiWho, eventsOf, plural, sentenceCase, zappedProcs, type StepSeen } from './stepWords.ts';
import { syscallStory } from './syscallStory.ts';

/**
 * The calls that take mappings back: by file range (linux's `unmap_mapping_range`), by page through pv
 * lists (freebsd's `cdev_mgtdev_pager_free_pages`), by physical page (netbsd_fo's `pmap_pv_protect`).
 */
const REVOKERS: ReadonlySet<string> = new Set([
  'unmap_mapping_range',
  'cdev_mgtdev_pager_free_pages',
  'pmap_pv_protect',
  'pmap_page_protect',
]);

/**
 * `unmap_mapping_range zaps 2 PTEs (shell, editor)`, `pmap_pv_protect and pmap_page_protect zap ...`, or
 * the words for a kernel that cannot revoke.
 */
function revocation(events: readonly TraceEvent[], kernel: string, stays: string): string {
  const revokers = eventsOf(events, 'call').filter((e) => REVOKERS.has(e.api));
  const call = revokers[0];
  // A driver block's hook says what it chose (devsteps.ts): the choice, or why the kernel could not.
  const hook = eventsOf(events, 'call').find((e) => / hook$/.test(e.api));
  if (!call && hook) return `the driver's hook says ${hook.detail}, so ${stays}`;
  if (!call) return `${kernel} has no way to revoke a mapping, so ${stays}`;
  const { count, procs } = zappedProcs(events);
  if (count === 0) return `${apiWho(call, kernel)} finds no PTE to zap`;
  const names = [...new Set(revokers.map((e) => e.api))].join(' and ');
  return `${names} ${revokers.length > 1 ? 'zap' : 'zaps'} ${plural(count, 'PTE')} (${procs.join(', ')})`;
}

function deviceStory(seen: StepSeen): string[] {
  const { row, events } = seen;
  const kernel = seen.after.kernel;
  const refused = events.find((e) => e.t === 'refused');
  if (refused) return [`${sentenceCase(row.text)} fails with ${refused.result}: ${refused.why}.`];
  const change = events.find((e) => e.t === 'device');
  const [op, device = '?', arg = '?'] = row.text.trim().split(/\s+/);
  if (!change) return [`Screen ${arg} of ${device} is already in front: nothing changes.`];
  switch (change.change) {
    case 'front': {
      const [save, load] = eventsOf(events, 'copy');
      const copied =
        save && load
          ? `: the framebuffer is saved to screen ${save.screen}'s backing store and screen ${load.screen}'s is loaded`
          : '';
      const stays = 'PTEs already made keep reaching where they did';
      return [
        `Screen ${change.screen} of ${device} comes to the front${copied}; ${revocation(events, kernel, stays)}.`,
      ];
    }
    case 'eject': {
      const stays = 'PTEs already made still reach the empty window';
      return [
        `Card ${change.card} leaves ${device}, taking its contents with it; ${revocation(events, kernel, stays)}.`,
      ];
    }
    case 'insert':
      return [`Card ${change.card} goes into ${device}, with the contents it had when it left.`];
    case 'unload': {
      const freed = eventsOf(events, 'frame').filter((e) => e.owner.kind === 'free').length;
      const frames = freed === 0 ? '' : `; its ${plural(freed, 'RAM frame')} go back to the free list`;
      return [`The driver module of ${device} unloads${frames}.`];
    }
  }
  return [`${sentenceCase(op ?? 'the step')} ${device}.`];
}

/** What the step did to isolation: the violations it made (each once) or cleared. */
function isolation(events: readonly TraceEvent[]): string[] {
  const on = [
    ...new Set(eventsOf(events, 'violation').flatMap((v) => (v.on ? [`${v.rule}: ${v.sentence}`] : []))),
  ];
  const off = eventsOf(events, 'violation').filter((v) => !v.on).length;
  if (on.length > 0) return [`This breaks ${on[0]}${on.length > 1 ? ` (and ${on.length - 1} more)` : ''}.`];
  return off > 0 ? [`It clears ${plural(off, 'violation')}.`] : [];
}

/** One to three sentences: what the step did, how (the kernel calls), its result, what it broke or cleared. */
export function stepStory(seen: StepSeen): string {
  const starts = eventsOf(seen.events, 'process').filter((e) => e.change === 'start');
  const said = starts.map((e) => `Process ${e.proc} starts.`);
  const op = seen.row.text.trim().split(/\s+/)[0];
  const gone = eventsOf(seen.events, 'refused').find((e) => e.actor !== null);
  if (gone) said.push(`${gone.actor} cannot ${op}: ${gone.result}, ${gone.why}.`);
  else if (seen.row.actor === null) said.push(...deviceStory(seen));
  else if (op === 'read' || op === 'write') said.push(...accessStory(seen));
  else said.push(...syscallStory(seen));
  said.push(...isolation(seen.events));
  return said.join(' ');
}
