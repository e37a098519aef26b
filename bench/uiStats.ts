/** Figures for the UI benchmark: order statistics over samples, and how they read in a report. */

/** The value below which a share `p` of the samples lie (nearest rank); NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

/** Milliseconds to one decimal: the frame clock is not finer than that. */
export const round1 = (ms: number) => Math.round(ms * 10) / 10;

export function ms(value: number): string {
  return Number.isNaN(value) ? '—' : `${round1(value).toLocaleString('en')} ms`;
}

/** "✓ within" or "✗ over" a target, for the report; `resolution`: what the clock cannot tell apart. */
export function against(value: number, target: number, resolution = 0): string {
  return value <= target + resolution + 1e-9 ? `✓ within ${target} ms` : `✗ over ${target} ms`;
}
