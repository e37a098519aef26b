/**
 * What the address asks of the store, and what the store asks of the address, as pure decisions:
 * `followAddress` (an address read), `landing` (another place in the same scenario), `addressWrite` (what
 * to put back in the location) and `leavingDraft` (the draft to note on leaving). address.ts is the thin
 * effect around them: it reads the location, the drafts and the link cache, and applies what they say.
 */

import type { LinkProblem } from '../../share/link.ts';
import { MAX_LINK_CHARS } from '../../share/link.ts';
import type { KernelName } from '../../sim/spec.ts';
import type { Mode } from '../slices/classroomSlice.ts';
import { formatHash, parseHash, type AppAddress } from '../hash.ts';
import { eventCount } from '../slices/playbackSlice.ts';
import { DEFAULT_EXAMPLE, type Landing, type TextOrigin } from '../slices/scenarioSlice.ts';
import type { AppState } from '../types.ts';
import type { Theme } from '../slices/viewSlice.ts';

/** Whether the page shows a built-in as it is (`example=`) rather than a text of its own (`s=`). */
export function showsBuiltin(s: AppState): boolean {
  return s.builtinId !== null && !s.edited;
}

/**
 * The address of what `s` shows; `link` is the `s` value of its text (null: the text does not fit in a
 * link, and the address names no scenario, which reopens the latest draft). Reduced motion is left out:
 * it is the reader's own need and changes no picture, only the movement between them.
 */
export function addressOf(s: AppState, link: string | null): AppAddress {
  const events = eventCount(s);
  return {
    example: showsBuiltin(s) ? s.builtinId : null,
    s: showsBuiltin(s) ? null : link,
    step: s.step,
    event: Number.isFinite(s.eventIndex) && s.eventIndex < events ? s.eventIndex : null,
    kernel: s.kernelOverride,
    theme: s.themeChosen ? s.theme : null,
    mode: s.mode,
    compare: s.compare,
  };
}

/** A draft as the address needs it. */
export interface DraftText {
  id: string;
  text: string;
}

/** What following an address opens. */
export type Opening =
  | { kind: 'open-text'; text: string; origin: TextOrigin; at: Landing }
  | { kind: 'open-builtin'; id: string; at: Landing }
  /** A link's text, still to be decoded (asynchronously: a newer address outdates it). */
  | { kind: 'decode'; value: string; at: Landing }
  | { kind: 'broken'; problem: LinkProblem }
  /** The scenario on screen already: only the place in it changes. */
  | { kind: 'land'; at: Landing };

export interface Follow {
  /** Settings the address changes, applied before the opening; absent ones stay. */
  mode?: Mode;
  compare?: KernelName | null;
  theme?: Theme;
  opening: Opening;
}

export interface FollowInput {
  /** The location's hash, with its `#`. */
  hash: string;
  /** The draft this tab left behind this very address (leaving.ts), on the page's first follow only. */
  back?: DraftText;
  /**
   * The latest draft, for an address that names no scenario on a page that has opened nothing yet. Asked
   * for only then: it reads the recent list from storage, which a first load naming a scenario should not.
   */
  latest?: () => DraftText | undefined;
  /** The link value of the text on screen, if known (linkCache.ts: null, too long; undefined, not yet). */
  known?: string | null;
}

/** What the address `input.hash` asks of a page in state `s`. */
export function followAddress(input: FollowInput, s: AppState): Follow {
  const a = parseHash(input.hash);
  const follow: Follow = { opening: openingFor(a, input, s) };
  if ((a.mode ?? 'explore') !== s.mode) follow.mode = a.mode ?? 'explore';
  if (a.compare !== s.compare) follow.compare = a.compare;
  if (a.theme !== null && a.theme !== s.theme) follow.theme = a.theme;
  return follow;
}

function openingFor(a: AppAddress, input: FollowInput, s: AppState): Opening {
  const at: Landing = { step: a.step ?? 0, event: a.event, kernel: a.kernel };
  if (input.back)
    return { kind: 'open-text', text: input.back.text, origin: { kind: 'draft', id: input.back.id }, at };
  if (input.hash.length > MAX_LINK_CHARS) {
    return { kind: 'broken', problem: { kind: 'too-long', length: input.hash.length } };
  }
  if (a.s !== null) {
    // The link of the text on screen, once it has run: the same scenario, another place in it.
    const same = !showsBuiltin(s) && input.known === a.s && s.runSeq > 0;
    return same ? { kind: 'land', at } : { kind: 'decode', value: a.s, at };
  }
  if (a.example !== null) {
    return a.example !== s.builtinId || s.edited
      ? { kind: 'open-builtin', id: a.example, at }
      : { kind: 'land', at };
  }
  // No scenario named: a text of the user's own on screen stays (its link was too long for the address).
  if (s.opened > 0 && !showsBuiltin(s)) return { kind: 'land', at };
  const draft = s.opened === 0 ? input.latest?.() : undefined;
  if (draft)
    return {
      kind: 'open-text',
      text: draft.text,
      origin: { kind: 'draft', id: draft.id, reopened: true },
      at,
    };
  if (s.builtinId !== DEFAULT_EXAMPLE || s.edited) return { kind: 'open-builtin', id: DEFAULT_EXAMPLE, at };
  return { kind: 'land', at };
}

/** Landing on `at` in the scenario on screen: the kernel override to set and the place to seek, if any. */
export function landing(
  at: Landing,
  s: AppState,
): { kernel?: KernelName | null; seek?: { step: number; event: number | undefined } } {
  const moves: ReturnType<typeof landing> = {};
  if ((at.kernel ?? null) !== s.kernelOverride) moves.kernel = at.kernel ?? null;
  const step = at.step ?? 0;
  const event = at.event ?? null;
  if (step !== s.step || event !== addressOf(s, null).event) moves.seek = { step, event: event ?? undefined };
  return moves;
}

/** What to do with the location now: hold it, compress the text first, leave it, or replace it. */
export type AddressWrite =
  { kind: 'hold' } | { kind: 'encode' } | { kind: 'keep' } | { kind: 'replace'; hash: string };

export interface WriteInput {
  /** The location's hash now, with its `#`. */
  hash: string;
  /** The hash as the app last followed or wrote it. */
  seen: string;
  /** The text's link value: a string, null (too long for a link) or undefined (not compressed yet). */
  known: string | null | undefined;
}

/** What the address should say of `s`, given the location now. */
export function addressWrite(s: AppState, input: WriteInput): AddressWrite {
  // A broken link's address stays until the user acts (edits what it opened, or opens something
  // else): a reload then says again what was wrong with it, and nothing typed before it replaces it.
  if (s.alert?.kind === 'link' && (!s.alert.inEditor || !s.edited)) return { kind: 'hold' };
  const builtin = showsBuiltin(s);
  // Compress once the text rests, off the throttle's beat; the write comes once the value is there.
  if (!builtin && input.known === undefined) return { kind: 'encode' };
  // Too long for a link (null): the address names no scenario, and a reload opens the draft of this text.
  let hash = formatHash(addressOf(s, builtin ? null : (input.known ?? null)));
  if (hash.length + 1 > MAX_LINK_CHARS) hash = formatHash(addressOf(s, null));
  // Anything else in the location was put there by someone else (the Back button, a page hosting the
  // embed, a typed address) after the write was scheduled: the old place must not be put back before the
  // hashchange is followed.
  if (input.hash !== input.seen) return { kind: 'keep' };
  return input.hash.replace(/^#/, '') === hash ? { kind: 'keep' } : { kind: 'replace', hash };
}

/**
 * The draft to note on leaving (leaving.ts), if any: a text of the user's own, not carried whole by the
 * address, that is the latest draft's very text.
 */
export function leavingDraft(
  s: AppState,
  input: { hash: string; known: string | null | undefined; latest: () => DraftText | undefined },
): string | null {
  if (s.runSeq === 0 || showsBuiltin(s)) return null;
  const carried = parseHash(input.hash).s;
  if (carried !== null && carried === input.known) return null;
  const latest = input.latest();
  return latest?.text === s.text ? latest.id : null;
}
