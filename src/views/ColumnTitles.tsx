import { memo } from 'react';

import type { Columns } from './columns.ts';
import { LINE } from './metrics.ts';

/** The four columns' titles, over the drawing. */
export const ColumnTitles = memo(function ColumnTitles({ cols }: { cols: Columns }) {
  const y = LINE + 2;
  return (
    <g className="column-titles">
      <text x={cols.procs.x} y={y}>
        Processes
      </text>
      <text x={cols.tables.x} y={y}>
        TLB · page tables
      </text>
      <text x={cols.memory.x} y={y}>
        Physical memory
      </text>
      <text x={cols.devices.x} y={y}>
        Devices
      </text>
    </g>
  );
});
