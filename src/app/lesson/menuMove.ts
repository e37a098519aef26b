/**
 * Where focus goes in an open menu of `labels` after a key, from item `from` (-1: none focused yet), as
 * the WAI-ARIA menu pattern has it: the arrows step and wrap around, Home and End go to the ends, and a
 * letter goes to the next item starting with it. null: the key is not the menu's to move.
 */
export function menuMove(key: string, from: number, labels: readonly string[]): number | null {
  const n = labels.length;
  if (n === 0) return null;
  if (key === 'ArrowDown') return (from + 1) % n;
  if (key === 'ArrowUp') return from <= 0 ? n - 1 : from - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  if (key.length !== 1 || key === ' ') return null;
  const letter = key.toLowerCase();
  for (let i = 1; i <= n; i++) {
    const at = (from + i + n) % n;
    if (labels[at]!.toLowerCase().startsWith(letter)) return at;
  }
  return null;
}
