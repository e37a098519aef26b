import { memo } from 'react';

import type { ProcPicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';
import { COLUMN, LINE } from './columns.ts';
import { CELL, type BandLayout } from './procLayout.ts';
import { sizeWords } from './words.ts';

interface Props {
  proc: ProcPicture;
  band: BandLayout;
  y: number;
  pageSize: number;
  /** A signal delivered in this step, shown as a badge. */
  signal: string | null;
  /**
   * Draw each page's label and tooltip. Off while playing at max speed: they are most of the drawing's
   * text, and SVG text is most of what a frame costs the browser to lay out and paint.
   */
  labels?: boolean;
}

/** One process: its VMAs as rows of pages, present pages filled, variables tagged at their pages. */
export const ProcessBand = memo(function ProcessBand({
  proc,
  band,
  y,
  pageSize,
  signal,
  labels = true,
}: Props) {
  const x = COLUMN.procs.x;
  return (
    <g
      transform={`translate(0 ${y})`}
      className={proc.alive ? 'proc' : `proc proc-dead${proc.end !== 'exit' ? ' proc-killed' : ''}`}
      data-proc-band={proc.name}
      data-end={proc.alive ? undefined : (proc.end ?? 'exit')}
      aria-label={`process ${proc.name}`}
    >
      <rect className="band" x={x} y={0} width={COLUMN.procs.width} height={band.height} rx={4} />
      <text className="title" x={x + 6} y={LINE}>
        {proc.name} <tspan className="muted">pid {proc.pid}</tspan>
        {proc.alive ? null : (
          <tspan className="state">
            {proc.end === 'exit' || proc.end === null ? ' · exited' : ` · killed by ${proc.end}`}
          </tspan>
        )}
        {proc.vmas.length === 0 ? <tspan className="muted"> · no mappings</tspan> : null}
      </text>
      {signal ? (
        <g
          className="signal-badge fx-pop"
          data-signal={signal}
          transform={`translate(${x + COLUMN.procs.width - 62} 3)`}
        >
          <rect width={58} height={LINE + 2} rx={8} />
          <text x={29} y={LINE - 2} textAnchor="middle">
            {signal}
          </text>
        </g>
      ) : null}
      {band.vmas.map((box) => {
        const v = box.vma;
        return (
          <g key={v.id} className="vma" data-vma={v.id}>
            <text className="mono small" x={x + 6} y={box.y + LINE - 3}>
              {hexAddress(v.start)}–{hexAddress(v.end)} {v.prot} {v.shared ? 'shared' : 'private'}
            </text>
            <text className="small muted" x={x + 6} y={box.y + 2 * LINE - 4}>
              {v.device} {v.path} off {hexAddress(v.off)} · {sizeWords(v.end - v.start, pageSize)}
              {v.card !== null ? ` · card ${v.card}` : ''}
            </text>
            {box.cells.map((c) => (
              <g key={c.vpn} data-page={c.vpn} className={c.present ? 'page present' : 'page absent'}>
                {labels ? (
                  <title>{`vpn ${hexAddress(c.vpn)} ${c.present ? 'present' : 'absent'}`}</title>
                ) : null}
                <rect x={c.x} y={c.y} width={CELL} height={CELL} rx={2} />
                {labels || c.more > 0 ? (
                  <text className="cell-label" x={c.x + CELL / 2} y={c.y + CELL / 2 + 3} textAnchor="middle">
                    {c.more > 0 ? `+${c.more}` : c.vpn - v.start / pageSize}
                  </text>
                ) : null}
                {c.vars.length > 0 ? (
                  <text className="var-tag" x={c.x} y={c.y + CELL + LINE - 4}>
                    {c.vars.join(',')}
                  </text>
                ) : null}
              </g>
            ))}
          </g>
        );
      })}
    </g>
  );
});
