import { KERNELS, type KernelName } from '../sim/spec.ts';

interface KernelSelectProps {
  label: string;
  value: KernelName | null;
  /** The first choice, for no kernel of the user's own (the scenario's, or none). */
  none: string;
  onChange(kernel: KernelName | null): void;
}

/** A labelled choice of kernel, with a first option for none: the top bar's kernel and "Compare with". */
export function KernelSelect({ label, value, none, onChange }: KernelSelectProps) {
  return (
    <label>
      {label}{' '}
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as KernelName))}
      >
        <option value="">{none}</option>
        {KERNELS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </label>
  );
}
