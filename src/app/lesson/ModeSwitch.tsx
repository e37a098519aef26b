import { MODES, type Mode } from '../../store/classroomSlice.ts';
import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';

const selectMode = (s: AppState) => s.mode;

const LABEL: Record<Mode, string> = {
  explore: 'Explore',
  walkthrough: 'Walkthrough',
  predict: 'Predict',
  present: 'Present',
};

/** The way the lab is used; the address follows the store (`mode=...`), so the choice can be shared. */
export function ModeSwitch() {
  const mode = useApp(selectMode);
  return (
    <label>
      Mode{' '}
      <select value={mode} onChange={(e) => appStore.getState().setMode(e.target.value as Mode)}>
        {MODES.map((m) => (
          <option key={m} value={m}>
            {LABEL[m]}
          </option>
        ))}
      </select>
    </label>
  );
}
