/**
 * What a slide says, in runs of text: the page's own words for the step (the kernel box's call, the
 * violation list's sentences, the narration and the outcome), gathered for one machine or two side by
 * side. Pure: the slide export hands it the frames on screen.
 */

import { hexAddress } from '../../sim/sentence.ts';
import type { MachinePicture, ViolationPicture } from '../../sim/picture.ts';
import { outcomeWords } from '../../store/narration.ts';
import type { SlideContent } from '../../views/slide.ts';
import { stepFocus } from '../../views/eventFocus.ts';
import type { Run } from '../../views/slideText.ts';
import type { Frame, StepDetail } from '../../worker/protocol.ts';

/** One machine on the slide: its kernel, the frame on screen, how many of its events are shown. */
export interface SlideSide {
  kernel: string;
  /** Side by side, what the heading says after the kernel's name: `the scenario's kernel`, `compared`. */
  note: string;
  frame: Frame;
  shown: number;
  picture: MachinePicture;
}

/** The kernel bar's line for one machine: the call and its handler as the kernel box names them. */
export function kernelBarRuns(side: SlideSide, named: boolean): Run[] {
  const { call, handler } = stepFocus(side.frame.events, side.shown);
  const runs: Run[] = [{ text: named ? `${side.kernel} kernel  ` : 'kernel  ', tone: 'warm', bold: true }];
  const row = side.frame.row;
  if (call) {
    if (handler && handler.api !== call.api)
      runs.push({ text: handler.api, mono: true }, { text: ` (${handler.who}) › `, tone: 'muted' });
    runs.push(
      { text: call.api, mono: true },
      { text: ` (${call.who}) `, tone: 'muted' },
      { text: call.returned !== null ? `returned ${call.returned}` : call.detail },
    );
  } else if (row === null) {
    runs.push({ text: 'no call: the machine at boot', tone: 'muted' });
  } else if (side.shown < side.frame.events.length) {
    runs.push({ text: 'no call yet in this step', tone: 'muted' });
  } else {
    // No kernel call to show: the step's result stands in for it (an errno, a signal, ok).
    runs.push(
      { text: 'no kernel call in this step · result: ', tone: 'muted' },
      { text: resultWord(row), bold: true },
    );
  }
  return runs;
}

function resultWord(row: StepDetail): string {
  return row.result === 'signal' ? (row.signal ?? 'signal') : row.result;
}

/** A violation as the page's list says it; side by side, with the kernel it happens under. */
export function violationRuns(v: ViolationPicture, kernel: string | null): Run[] {
  return [
    { text: '⚠ ', tone: 'violation', bold: true },
    ...(kernel !== null ? [{ text: `${kernel} · `, bold: true }] : []),
    { text: `${v.rule} `, bold: true },
    { text: `${v.proc} vpn ${hexAddress(v.vpn)} (${v.via === 'tlb' ? 'TLB entry' : 'PTE'})`, mono: true },
    { text: `: ${v.sentence}` },
  ];
}

/** `Step 9: cam: read win+1p → ok · page fault · …`; side by side, each kernel's outcome. */
export function stepRuns(sides: readonly SlideSide[]): Run[] | null {
  const row = sides[0]?.frame.row;
  if (!sides[0] || row === undefined) return null;
  if (row === null) return [{ text: 'Before the first step: the machine at boot.', tone: 'muted' }];
  const runs: Run[] = [
    { text: `Step ${sides[0].frame.step}: `, tone: 'muted' },
    { text: `${row.actor === null ? '' : `${row.actor}: `}${row.text}`, mono: true },
    { text: ' → ', tone: 'muted' },
  ];
  if (sides.length === 1) return [...runs, { text: outcomeWords(row) }];
  sides.forEach((side, i) => {
    if (i > 0) runs.push({ text: '; ', tone: 'muted' });
    runs.push(
      { text: `${side.kernel}: `, bold: true },
      { text: side.frame.row ? outcomeWords(side.frame.row) : '…' },
    );
  });
  return runs;
}

/** `netbsd vs linux · step 9 of 12` (and the event, while the step is still playing). */
export function whereWords(sides: readonly SlideSide[], stepCount: number): string {
  const first = sides[0];
  if (!first) return '';
  const events = first.frame.events.length;
  const event = first.shown < events ? `, event ${first.shown} of ${events}` : '';
  return `${sides.map((s) => s.kernel).join(' vs ')} · step ${first.frame.step} of ${stepCount}${event}`;
}

/** The slide's words for `sides` (one machine, or two side by side). */
export function slideWords(
  title: string | null,
  stepCount: number,
  sides: readonly SlideSide[],
): Omit<SlideContent, 'machines' | 'legend'> & { headings: Run[][] } {
  const named = sides.length > 1;
  const row = sides[0]?.frame.row ?? null;
  const story = row ? (row.narration ?? row.story) : null;
  return {
    title: title ?? 'Untitled scenario',
    where: whereWords(sides, stepCount),
    kernelBars: sides.map((side) => kernelBarRuns(side, named)),
    violations: sides.flatMap((side) =>
      side.picture.violations.map((v) => violationRuns(v, named ? side.kernel : null)),
    ),
    narration: story === null ? null : [{ text: story }],
    step: stepRuns(sides),
    headings: sides.map((side) => [
      { text: side.kernel, bold: true },
      { text: ` (${side.note})`, tone: 'muted' },
    ]),
  };
}
