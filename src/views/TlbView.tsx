import { memo } from 'react';

import type { TlbPicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';
import { COLUMN, LINE } from './columns.ts';
import { tlbHeight } from './machineLayout.ts';
import { rightsWords } from './words.ts';

interface Props {
  tlb: ReadonlyArray<TlbPicture | null>;
  next: number;
  y: number;
}

/** The TLB's slots, with the slot the next fill replaces marked. */
export const TlbView = memo(function TlbView({ tlb, next, y }: Props) {
  const x = COLUMN.tables.x;
  return (
    <g transform={`translate(0 ${y})`} data-tlb="">
      <rect
        className="tlb-box"
        x={x}
        y={0}
        width={COLUMN.tables.width}
        height={tlbHeight(tlb.length)}
        rx={4}
      />
      <text className="title" x={x + 6} y={LINE}>
        TLB <tspan className="muted small">{tlb.length} slots, round robin</tspan>
      </text>
      {tlb.map((e, slot) => (
        <text
          key={slot}
          className={slot === next ? 'mono small tlb-slot next' : 'mono small tlb-slot'}
          data-slot={slot}
          x={x + 6}
          y={LINE + 4 + (slot + 1) * LINE - 3}
        >
          {slot === next ? '▶' : ' '}
          {String(slot).padStart(2, ' ')}{' '}
          {e ? `${e.proc} ${hexAddress(e.vpn)} → ${e.pfn} ${rightsWords(e)}` : '—'}
        </text>
      ))}
    </g>
  );
});
