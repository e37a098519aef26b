import { memo } from 'react';

import { hexAddress } from '../sim/sentence.ts';
import { LINE } from './columns.ts';
import { DEV_CELL, type DeviceBlock } from './memoryLayout.ts';
import { deviceMemoryLook } from './palette.ts';
import { sizeWords } from './words.ts';

interface Props {
  blocks: readonly DeviceBlock[];
  pageSize: number;
  /** Where the device memory title goes. */
  y: number;
  x: number;
}

/** Device memory at its physical addresses: one hue, told apart by label and pattern. */
export const DeviceMemoryView = memo(function DeviceMemoryView({ blocks, pageSize, x, y }: Props) {
  return (
    <g data-device-memory="">
      <text className="title" x={x} y={y}>
        Device memory
      </text>
      {blocks.map((b) => {
        const look = deviceMemoryLook(b.kind);
        return (
          <g key={`${b.device}:${b.start}`} className="devmem" data-devmem={b.device} data-kind={b.kind}>
            <text className="small" x={x} y={b.y + LINE - 3}>
              {b.device} {look.words} · {sizeWords(b.end - b.start, pageSize)}
            </text>
            <text className="mono small muted" x={x} y={b.y + 2 * LINE - 4}>
              {hexAddress(b.start)}–{hexAddress(b.end - 1)}
            </text>
            {b.pages.map((p, i) => (
              <g key={p.pfn} className="frame own-devmem" data-frame={p.pfn}>
                <title>{`${b.device} ${look.words} page ${i}: frame ${p.pfn}, ${hexAddress(p.pfn * pageSize)}`}</title>
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
                  y={p.y + DEV_CELL / 2 + 3}
                  textAnchor="middle"
                >
                  {look.short}
                  {i}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </g>
  );
});
