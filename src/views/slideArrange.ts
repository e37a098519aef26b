/**
 * Where a slide's drawings go: one drawing as large as the free area allows; side by side, both at the same
 * scale (a reader compares them page for page), next to each other or one above the other, whichever draws
 * them larger. Only scaled, never cropped: each keeps its own aspect ratio.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawingCell extends Box {
  /** Where the drawing's heading sits: its baseline, at the drawing's left edge. */
  headingY: number;
}

export interface Arrangement {
  direction: 'row' | 'column';
  /** Slide pixels per drawing pixel, the same for every drawing. */
  scale: number;
  cells: DrawingCell[];
}

/** A drawing much smaller than the slide grows, but not into a few giant boxes. */
const MAX_SCALE = 3;

/** The largest scale at which every drawing fits a cell of `cellWidth` x `cellHeight`. */
function fitScale(
  sizes: readonly { width: number; height: number }[],
  cellWidth: number,
  cellHeight: number,
) {
  let scale = MAX_SCALE;
  for (const s of sizes) scale = Math.min(scale, cellWidth / s.width, cellHeight / s.height);
  return Math.max(0, scale);
}

/**
 * The drawings of `sizes` (their natural width and height) placed in `area`, each under a heading of
 * `heading` px when there are several, `gap` px apart.
 */
export function arrangeDrawings(
  area: Box,
  sizes: readonly { width: number; height: number }[],
  { heading, gap }: { heading: number; gap: number },
): Arrangement {
  const n = sizes.length;
  if (n === 0) return { direction: 'row', scale: 0, cells: [] };
  // A lone drawing needs no heading: the title line names its kernel.
  const head = n > 1 ? heading : 0;
  const rowScale = fitScale(sizes, (area.width - (n - 1) * gap) / n, area.height - head);
  const columnScale = fitScale(sizes, area.width, (area.height - (n - 1) * gap) / n - head);
  const direction = rowScale >= columnScale ? 'row' : 'column';
  const scale = direction === 'row' ? rowScale : columnScale;
  const scaled = sizes.map((s) => ({ width: s.width * scale, height: s.height * scale }));
  const cells: DrawingCell[] = [];

  if (direction === 'row') {
    const total = scaled.reduce((w, s) => w + s.width, 0) + (n - 1) * gap;
    const tallest = Math.max(...scaled.map((s) => s.height));
    let x = area.x + (area.width - total) / 2;
    const top = area.y + (area.height - head - tallest) / 2;
    for (const s of scaled) {
      cells.push({ x, y: top + head, width: s.width, height: s.height, headingY: top + head * 0.72 });
      x += s.width + gap;
    }
  } else {
    const total = scaled.reduce((h, s) => h + head + s.height, 0) + (n - 1) * gap;
    const widest = Math.max(...scaled.map((s) => s.width));
    const left = area.x + (area.width - widest) / 2;
    let y = area.y + (area.height - total) / 2;
    for (const s of scaled) {
      cells.push({ x: left, y: y + head, width: s.width, height: s.height, headingY: y + head * 0.72 });
      y += head + s.height + gap;
    }
  }
  return { direction, scale, cells };
}
