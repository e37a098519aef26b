import { useEffect, useRef } from 'react';

import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';

const selectOpen = (s: AppState) => s.attackOpen;

/**
 * Opens the attack search on the editor's text. It stands with the editor (EditorPane), wherever the
 * editor is, since it searches what the editor holds; focus comes back to it when the dialog closes.
 */
export function AttackButton() {
  const open = useApp(selectOpen);
  const button = useRef<HTMLButtonElement>(null);
  const was = useRef(open);
  useEffect(() => {
    // The dialog is unmounted when it closes, so the browser's own return of focus has nowhere to go.
    if (was.current && !open) button.current?.focus();
    was.current = open;
  }, [open]);
  return (
    <button
      type="button"
      ref={button}
      className="find-attack"
      aria-haspopup="dialog"
      title="Search for the shortest run of steps that breaks an isolation rule"
      onClick={() => appStore.getState().setAttackOpen(true)}
    >
      Find an attack…
    </button>
  );
}
