import { memo } from 'react';

import type { TlbPicture } from '../sim/picture.ts';
import type { Column } from './columns.ts';
import type { Digits } from './digits.ts';
import { LINE, PAD } from './metrics.ts';
import { tlbHeight, tlbLine, tlbSlotTop } from './tlbLayout.ts';

interface Props {
  tlb: ReadonlyArray<TlbPicture | null>;
  next: number;
  col: Column;
  digits: Digits;
  y: number;
}

/** The TLB's slots, with the slot the next fill replaces marked. */
export const TlbView = memo(function TlbView({ tlb, next, col, digits, y }: Props) {
  const x = col.x;
  return (
    <g transform={`translate(0 ${y})`} data-tlb="">
      <rect className="tlb-box" x={x} y={0} width={col.width} height={tlbHeight(tlb.length)} rx={4} />
      <text className="title" x={x + PAD} y={LINE}>
        TLB <tspan className="muted">· {tlb.length} slots</tspan>
      </text>
      {tlb.map((e, slot) => (
        <text
          key={slot}
          className={slot === next ? 'tlb-slot next' : 'tlb-slot'}
          data-slot={slot}
          x={x + PAD}
          y={tlbSlotTop(slot) + LINE - 4}
        >
          {tlbLine(e, slot, next, digits)}
        </text>
      ))}
    </g>
  );
});
