import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

import { MODES, type Mode } from '../../store/slices/classroomSlice.ts';
import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { menuMove } from './menuMove.ts';

const selectMode = (s: AppState) => s.mode;

export const MODE_LABEL: Record<Mode, string> = {
  explore: 'Explore',
  walkthrough: 'Walkthrough',
  predict: 'Predict',
  present: 'Present',
};
const LABELS = MODES.map((m) => MODE_LABEL[m]);

/**
 * The way the lab is used; the address follows the store (`mode=...`), so the choice can be shared.
 *
 * A menu button, not a `<select>`: a closed select changes its value on every arrow key, and each mode
 * rebuilds the page, so a keyboard user browsing the choices would tear the page down at each one. Here
 * the arrow keys only move inside the open menu; Enter, Space or a click commits; Escape closes it and
 * gives focus back to the button.
 */
export function ModeSwitch({ buttonRef }: { buttonRef?: RefObject<HTMLButtonElement | null> }) {
  const mode = useApp(selectMode);
  // The item that takes focus as the menu opens (the mode in use, or the first or last for the arrow
  // keys); null while it is closed.
  const [opening, setOpening] = useState<number | null>(null);
  const own = useRef<HTMLButtonElement>(null);
  const button = buttonRef ?? own;
  const menu = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLSpanElement>(null);
  const labelId = useId();
  const buttonId = useId();
  const menuId = useId();
  const open = opening !== null;

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
  useEffect(() => {
    if (opening !== null) items()[opening]?.focus();
  }, [opening]);

  // A pointer elsewhere closes the menu, as a native one would.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpening(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpening(null);
    if (refocus) button.current?.focus();
  };
  const choose = (m: Mode) => {
    // The presenter view takes focus itself; any other mode leaves it on the button that chose it.
    close(m !== 'present');
    if (m !== mode) appStore.getState().setMode(m);
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpening(e.key === 'ArrowDown' ? 0 : MODES.length - 1);
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const all = items();
    const from = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      // Escape here is the menu's, not the presenter's or a dialog's.
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      // Focus leaves from the button, so Tab goes on from where the menu stood.
      close(true);
    } else {
      const to = menuMove(e.key, from, LABELS);
      if (to === null) return;
      e.preventDefault();
      all[to]?.focus();
    }
  };

  return (
    <span className="mode-switch" ref={root}>
      <span id={labelId}>Mode</span>{' '}
      <button
        type="button"
        ref={button}
        id={buttonId}
        className="mode-button"
        aria-labelledby={`${labelId} ${buttonId}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-mode={mode}
        onClick={() => (open ? close(true) : setOpening(MODES.indexOf(mode)))}
        onKeyDown={onButtonKey}
      >
        {MODE_LABEL[mode]}
        <span className="caret" aria-hidden="true">
          {' '}
          ▾
        </span>
      </button>
      {open && (
        <div
          className="mode-menu"
          id={menuId}
          role="menu"
          aria-labelledby={labelId}
          ref={menu}
          onKeyDown={onMenuKey}
        >
          {MODES.map((m) => (
            <button
              key={m}
              type="button"
              role="menuitemradio"
              aria-checked={m === mode}
              tabIndex={-1}
              onClick={() => choose(m)}
            >
              <span className="check" aria-hidden="true">
                {m === mode ? '✓' : ''}
              </span>
              {MODE_LABEL[m]}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
