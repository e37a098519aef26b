import { memo } from 'react';

import type { ProcPicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';
import type { Column } from './columns.ts';
import { LINE, PAD } from './metrics.ts';
import { NoteView } from './NoteView.tsx';
import { CELL, type BandLayout, type TextLine } from './procLayout.ts';

interface Props {
  proc: ProcPicture;
  band: BandLayout;
  col: Column;
  y: number;
  /** Pages whose translation breaks a rule: a red hatched ring, and ⚠ before the cell's index. */
  violating: ReadonlySet<number> | null;
  /** The page whose violation is being raised now: its ring pulses. */
  pulse: number | null;
  /**
   * Draw each page's label and tooltip. Off while playing at max speed: they are most of the drawing's
   * text, and SVG text is most of what a frame costs the browser to lay out and paint.
   */
  labels?: boolean;
}

function Line({ x, line }: { x: number; line: TextLine }) {
  return (
    <text className={line.className} x={x} y={line.y}>
      {line.text}
    </text>
  );
}

/** One process: its VMAs as rows of pages, present pages filled, variables tagged at their pages. */
export const ProcessBand = memo(function ProcessBand({
  proc,
  band,
  col,
  y,
  violating,
  pulse,
  labels = true,
}: Props) {
  const x = col.x + PAD;
  const note = band.note;
  return (
    <g
      transform={`translate(0 ${y})`}
      className={proc.alive ? 'proc' : `proc proc-dead${proc.end !== 'exit' ? ' proc-killed' : ''}`}
      data-proc-band={proc.name}
      data-end={proc.alive ? undefined : (proc.end ?? 'exit')}
    >
      <rect className="band" x={col.x} y={0} width={col.width} height={band.height} rx={4} />
      <text className="title" x={x} y={LINE}>
        {band.name}
        <tspan className="muted">{band.rest}</tspan>
      </text>
      {band.status.map((l, i) => (
        <Line key={i} x={x} line={l} />
      ))}
      {band.vmas.map((box) => (
        <g key={box.vma.id} className="vma" data-vma={box.vma.id}>
          {box.lines.map((l, i) => (
            <Line key={i} x={x} line={l} />
          ))}
          {box.cells.map((c) => {
            const bad = violating?.has(c.vpn) === true && c.more === 0;
            return (
              <g key={c.vpn} data-page={c.vpn} className={c.present ? 'page present' : 'page absent'}>
                {labels ? (
                  <title>{`vpn ${hexAddress(c.vpn)} ${c.present ? 'present' : 'absent'}`}</title>
                ) : null}
                {bad ? (
                  // Behind the cell: a ring of hatching around it, that hides none of its words.
                  <rect
                    className={c.vpn === pulse ? 'violation-ring fx-pulse' : 'violation-ring'}
                    data-violation-mark={`${proc.name}:${c.vpn}`}
                    x={c.x - 4}
                    y={c.y - 4}
                    width={CELL + 8}
                    height={CELL + 8}
                    rx={4}
                    fill="url(#pat-violation)"
                  />
                ) : null}
                <rect className="cell" x={c.x} y={c.y} width={CELL} height={CELL} rx={2} />
                {labels || c.more > 0 ? (
                  <text
                    className={bad ? 'cell-label warn-label' : 'cell-label'}
                    x={c.x + CELL / 2}
                    y={c.y + CELL / 2 + 4.5}
                    textAnchor="middle"
                  >
                    {bad ? `⚠${c.label}` : c.label}
                  </text>
                ) : null}
                {c.tag !== null ? (
                  <text className="var-tag" x={c.x} y={c.y + CELL + LINE - 3}>
                    {c.tag}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      ))}
      {note ? <NoteView note={note} x={x} /> : null}
    </g>
  );
});
