import { KERNELS, type KernelName } from '../sim/spec.ts';
import { appStore, useApp } from '../store/store.ts';
import type { AppState } from '../store/types.ts';

const selectCompare = (s: AppState) => s.compare;

/** "Compare with": a second kernel shown side by side (written to the address as `compare=KERNEL`). */
export function ComparePicker() {
  const compare = useApp(selectCompare);
  return (
    <label>
      Compare with{' '}
      <select
        value={compare ?? ''}
        onChange={(e) =>
          appStore.getState().setCompare(e.target.value === '' ? null : (e.target.value as KernelName))
        }
      >
        <option value="">— (one machine)</option>
        {KERNELS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </label>
  );
}
