import { useEffect } from 'react';

import { appStore } from '../store/store.ts';
import { bindingFor, ownedByFocus } from './keys.ts';

/** Playback from the keyboard, on the whole document except where the focused control needs the keys. */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || ownedByFocus(e.target, e.key)) return;
      const binding = bindingFor(e);
      const s = appStore.getState();
      if (!binding || s.helpOpen || (s.runSeq === 0 && binding.key !== '?')) return;
      e.preventDefault();
      binding.run(s);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
