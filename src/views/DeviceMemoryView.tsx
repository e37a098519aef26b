import { memo } from 'react';

import { hexAddress } from '../sim/sentence.ts';
import type { Column } from './columns.ts';
import { LINE } from './metrics.ts';
import { DEV_CELL, type MemoryLayout } from './memoryLayout.ts';
import { deviceMemoryLook } from './palette.ts';

interface Props {
  mem: MemoryLayout;
  col: Column;
  pageSize: number;
}

/** Device memory at its physical addresses: one hue, told apart by label and pattern. */
export const DeviceMemoryView = memo(function DeviceMemoryView({ mem, col, pageSize }: Props) {
  if (mem.blocks.length === 0) return null;
  const x = col.x;
  return (
    <g data-device-memory="">
      <text className="title" x={x} y={mem.deviceTitleY}>
        Device memory
      </text>
      {mem.blocks.map((b) => {
        const look = deviceMemoryLook(b.kind);
        return (
          <g key={`${b.device}:${b.start}`} className="devmem" data-devmem={b.device} data-kind={b.kind}>
            <text x={x} y={b.y + LINE - 4}>
              {b.lines[0]}
            </text>
            <text className="muted" x={x} y={b.y + 2 * LINE - 4}>
              {b.lines[1]}
            </text>
            {b.pages.map((p, i) => (
              <g key={p.pfn} className="frame own-devmem" data-frame={p.pfn}>
                <title>
                  {p.more > 0
                    ? `${b.device} ${look.words}: ${p.more} more pages from frame ${p.pfn}`
                    : `${b.device} ${look.words} page ${i}: frame ${p.pfn}, ${hexAddress(p.pfn * pageSize)}`}
                </title>
                <rect x={p.x} y={p.y} width={DEV_CELL} height={DEV_CELL} rx={2} />
                {look.pattern !== 'none' ? (
                  <rect
                    className="pattern"
                    x={p.x}
                    y={p.y}
                    width={DEV_CELL}
                    height={DEV_CELL}
                    fill={`url(#pat-${look.pattern})`}
                  />
                ) : null}
                <text
                  className="cell-label"
                  x={p.x + DEV_CELL / 2}
                  y={p.y + DEV_CELL / 2 + 4.5}
                  textAnchor="middle"
                >
                  {p.label}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </g>
  );
});
