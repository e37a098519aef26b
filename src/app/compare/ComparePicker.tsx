import { appStore, useApp } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { KernelSelect } from '../KernelSelect.tsx';

const selectCompare = (s: AppState) => s.compare;

/** "Compare with": a second kernel shown side by side (written to the address as `compare=KERNEL`). */
export function ComparePicker() {
  const compare = useApp(selectCompare);
  return (
    <KernelSelect
      label="Compare with"
      value={compare}
      none="— (one machine)"
      onChange={(k) => appStore.getState().setCompare(k)}
    />
  );
}
