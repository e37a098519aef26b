/** The keyboard's playback keys: one table for the handler and the help overlay. */

import type { AppState } from '../store/types.ts';

export interface KeyBinding {
  /** KeyboardEvent.key */
  key: string;
  shift: boolean;
  label: string;
  does: string;
  run(s: AppState): void;
}

export const KEYS: readonly KeyBinding[] = [
  { key: 'ArrowRight', shift: false, label: '→', does: 'Step forward', run: (s) => s.stepForward() },
  { key: 'ArrowLeft', shift: false, label: '←', does: 'Step back', run: (s) => s.stepBack() },
  { key: 'ArrowRight', shift: true, label: 'Shift + →', does: 'Next event', run: (s) => s.eventForward() },
  { key: 'ArrowLeft', shift: true, label: 'Shift + ←', does: 'Previous event', run: (s) => s.eventBack() },
  { key: ' ', shift: false, label: 'Space', does: 'Play or pause', run: (s) => s.togglePlay() },
  { key: 'Home', shift: false, label: 'Home', does: 'Jump to start', run: (s) => s.jumpToStart() },
  { key: 'End', shift: false, label: 'End', does: 'Jump to end', run: (s) => s.jumpToEnd() },
  // A presentation clicker sends PageDown and PageUp.
  { key: 'PageDown', shift: false, label: 'PgDn', does: 'Next step (clicker)', run: (s) => s.stepForward() },
  { key: 'PageUp', shift: false, label: 'PgUp', does: 'Previous step (clicker)', run: (s) => s.stepBack() },
  { key: '?', shift: true, label: '?', does: 'This help', run: (s) => s.setHelpOpen(true) },
];

/** The presenter view's own keys (usePresenterKeys.ts), as the help dialog lists them. */
export const PRESENTER_KEYS: readonly { label: string; does: string }[] = [
  { label: 'F', does: 'Fullscreen on or off' },
  {
    label: 'Esc',
    does: 'Leave the presenter view (in fullscreen, the first Esc leaves fullscreen, the next the view)',
  },
];

/** The binding for a key press, if any (`?` is Shift+/ on most layouts, so its shift is not checked). */
export function bindingFor(e: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}) {
  if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
  return KEYS.find((k) => k.key === e.key && (k.key === '?' || k.shift === e.shiftKey));
}

/** Widgets that Space activates, native or by role (a page-table toggle is an SVG `<g role="button">`). */
const ACTIVATED_BY_SPACE =
  'button, a, summary, [role="button"], [role="checkbox"], [role="switch"], [role="radio"], [role="tab"], [role="menuitem"], [role="menuitemradio"], [role="option"]';
/** Composite widgets that move their own selection with the arrow keys, Home and End. */
const OWN_ARROWS =
  '[role="slider"], [role="listbox"], [role="radiogroup"], [role="tablist"], [role="menu"], [role="tree"], [role="grid"]';

/**
 * Whether a key press belongs to what has focus rather than to playback: text and form fields, the
 * editor, Space on what Space activates, and the arrow keys in widgets that use them.
 */
export function ownedByFocus(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable], .cm-editor, dialog')) return true;
  if (key === ' ') return target.closest(ACTIVATED_BY_SPACE) !== null;
  return /^(Arrow|Home$|End$)/.test(key) && target.closest(OWN_ARROWS) !== null;
}
