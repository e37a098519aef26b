import { memo } from 'react';

import type { ProcPicture } from '../sim/picture.ts';
import type { Column } from './columns.ts';
import { LINE, PAD } from './metrics.ts';
import { ENTRY, type TreeLayout } from './tableLayout.ts';

interface Props {
  proc: ProcPicture;
  tree: TreeLayout;
  col: Column;
  y: number;
  /** Pages whose translation breaks a rule: their PTE's line is hatched red behind its words. */
  violating: ReadonlySet<number> | null;
  /** Draw each PTE's line of words (off at max speed, as ProcessBand's page labels). */
  labels?: boolean;
}

/**
 * One process's page table: a box per table page with its head line, and a line per PTE in an open
 * leaf table. The buttons that open and close a table are HTML over the drawing (TableToggles), so the
 * picture itself holds nothing to press.
 */
export const TableTree = memo(function TableTree({ proc, tree, col, y, violating, labels = true }: Props) {
  if (tree.nodes.length === 0)
    return (
      <text className="muted" x={col.x} y={y + LINE}>
        {proc.name}: no page table yet
      </text>
    );
  return (
    <g
      transform={`translate(0 ${y})`}
      data-tree={proc.name}
      className={proc.alive ? 'tree' : 'tree proc-dead'}
    >
      {tree.nodes.map((n) => (
        <g
          key={n.table.frame}
          data-table={n.table.frame}
          data-level={n.table.level}
          data-expanded={n.expanded}
          className="table"
        >
          <rect className="table-box" x={n.x} y={n.y} width={n.width} height={n.height} rx={3} />
          <text className="table-head" x={n.x + PAD} y={n.y + tree.head / 2 + 4.5}>
            {n.head}
          </text>
          {n.entries.map((e) =>
            violating?.has(e.pte.vpn) ? (
              <rect
                key={`v${e.index}`}
                className="violation-row"
                x={n.x + 2}
                y={e.y}
                width={n.width - 4}
                height={ENTRY}
                fill="url(#pat-violation)"
              />
            ) : null,
          )}
          {(labels ? n.entries : []).map((e) => (
            <text key={e.index} className="entry" data-pte={e.pte.vpn} x={n.x + PAD} y={e.y + ENTRY - 4}>
              {e.text}
            </text>
          ))}
        </g>
      ))}
    </g>
  );
});
