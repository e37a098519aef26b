import { useCallback, useState } from 'react';

/** The tables the reader folded or unfolded, and the toggle. */
export function useToggled(): [ReadonlySet<string>, (key: string) => void] {
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set());
  const onToggle = useCallback(
    (key: string) =>
      setToggled((t) => {
        const next = new Set(t);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  return [toggled, onToggle];
}
