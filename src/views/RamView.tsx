import { memo, useEffect, useRef } from 'react';

import type { FrameOwner } from '../sim/events.ts';
import { frameCell, type RamGrid } from './memoryLayout.ts';
import { ownerLook, type Pattern } from './palette.ts';

interface Props {
  frames: readonly FrameOwner[];
  grid: RamGrid;
}

/** RAM frames as SVG cells, coloured by owner with a pattern and a short label. */
export const RamSvg = memo(function RamSvg({ frames, grid }: Props) {
  return (
    <g data-ram={frames.length}>
      <RamTitle grid={grid} />
      {frames.map((o, f) => {
        const look = ownerLook(o);
        const c = frameCell(grid, f);
        return (
          <g key={f} className={`frame own-${look.key}`} data-frame={f} data-owner={o.kind}>
            <title>{`frame ${f}: ${look.words}`}</title>
            <rect x={c.x} y={c.y} width={grid.cell} height={grid.cell} rx={2} />
            {look.pattern !== 'none' ? (
              <rect
                className="pattern"
                x={c.x}
                y={c.y}
                width={grid.cell}
                height={grid.cell}
                fill={`url(#pat-${look.pattern})`}
              />
            ) : null}
            {grid.labelled ? (
              <text
                className="cell-label"
                x={c.x + grid.cell / 2}
                y={c.y + grid.cell / 2 + 4.5}
                textAnchor="middle"
              >
                {look.short || f}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
});

/** A pattern mark a few pixels wide, so a small canvas cell is not told by colour alone. */
function mark(ctx: CanvasRenderingContext2D, pattern: Pattern, x: number, y: number, s: number) {
  ctx.beginPath();
  if (pattern === 'hatch') {
    ctx.moveTo(x, y + s);
    ctx.lineTo(x + s, y);
  } else if (pattern === 'lines') {
    ctx.moveTo(x, y + s / 2);
    ctx.lineTo(x + s, y + s / 2);
  } else if (pattern === 'dots') ctx.rect(x + s / 2 - 1, y + s / 2 - 1, 2, 2);
  ctx.stroke();
}

/** The owner kinds a canvas cell can be coloured as (palette.ts), each read once per draw. */
const KEYS = ['free', 'pagetable', 'backing', 'kbuf', 'region', 'clone', 'devmem'] as const;

interface Palette {
  colour: Map<string, string>;
  ink: string;
  outline: string;
  key: string;
}

let palettes: { theme: string | undefined; palette: Palette } | null = null;

/**
 * The cells' colours, read from the page's style once per theme (the page's `data-theme`). Reading them
 * on every draw made the browser compute styles there and then, in the middle of a max-speed frame,
 * right after React had changed the drawing.
 */
function paletteOf(canvas: HTMLCanvasElement): Palette {
  const theme = document.documentElement.dataset.theme;
  if (palettes && palettes.theme === theme) return palettes.palette;
  const style = getComputedStyle(canvas);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const colour = new Map<string, string>(KEYS.map((k) => [k, read(`--own-${k}`)]));
  const ink = read('--ink') || '#000';
  const outline = read('--free-outline') || '#999';
  const palette = { colour, ink, outline, key: `${[...colour.values()].join()} ${ink} ${outline}` };
  palettes = { theme, palette };
  return palette;
}

/** What a canvas shows: its grid, resolution and colours, and each cell's look, to redraw only what changed. */
interface Drawn {
  grid: RamGrid;
  dpr: number;
  palette: string;
  looks: string[];
}

/**
 * Big RAM (the benchmark's thousands of frames) on one canvas: no DOM per frame. A step changes a few
 * frames' owners, so only those cells are drawn again; a new grid, resolution or theme draws them all.
 */
export const RamCanvas = memo(function RamCanvas({ frames, grid }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Drawn | null>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const width = grid.cols * grid.pitch;
    const { colour, ink, outline, key: palette } = paletteOf(canvas);
    const last = drawn.current;
    const whole = !last || last.grid !== grid || last.dpr !== dpr || last.palette !== palette;
    if (whole) {
      canvas.width = Math.ceil(width * dpr);
      canvas.height = Math.ceil(grid.height * dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, grid.height);
    }
    const looks = frames.map((o, f) => {
      const look = ownerLook(o);
      const id = `${look.key}/${look.pattern}`;
      if (!whole && last.looks[f] === id) return id;
      const x = (f % grid.cols) * grid.pitch;
      const y = Math.floor(f / grid.cols) * grid.pitch;
      if (!whole) ctx.clearRect(x - 0.5, y - 0.5, grid.cell + 1, grid.cell + 1);
      if (look.key === 'free') {
        ctx.strokeStyle = outline;
        ctx.strokeRect(x + 0.5, y + 0.5, grid.cell - 1, grid.cell - 1);
        return id;
      }
      ctx.fillStyle = colour.get(look.key) || '#888';
      ctx.fillRect(x, y, grid.cell, grid.cell);
      ctx.strokeStyle = ink;
      mark(ctx, look.pattern, x, y, grid.cell);
      return id;
    });
    drawn.current = { grid, dpr, palette, looks };
  }, [frames, grid]);
  return (
    <canvas
      ref={ref}
      className="ram-canvas"
      data-ram={frames.length}
      aria-label={`RAM: ${frames.length} frames`}
      style={{ left: grid.x, top: grid.y, width: grid.cols * grid.pitch, height: grid.height }}
    />
  );
});

/** The title of the canvas grid, drawn in the SVG so it scrolls with the rest. */
export const RamTitle = memo(function RamTitle({ grid }: { grid: RamGrid }) {
  return (
    <text className="title" x={grid.x} y={grid.y - 6}>
      RAM <tspan className="muted">· {grid.frames} frames</tspan>
    </text>
  );
});
