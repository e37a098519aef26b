import { memo, type KeyboardEvent } from 'react';

import type { ProcPicture } from '../sim/picture.ts';
import { hexAddress } from '../sim/sentence.ts';
import { COLUMN, LINE } from './columns.ts';
import { ENTRY, type TreeLayout } from './tableLayout.ts';
import { pteBits } from './words.ts';

interface Props {
  proc: ProcPicture;
  tree: TreeLayout;
  y: number;
  onToggle: (key: string) => void;
  /** Draw each PTE's line of words (off at max speed, as ProcessBand's page labels). */
  labels?: boolean;
}

/** One process's page table: a box per table page, a button on each to open or close its level. */
export const TableTree = memo(function TableTree({ proc, tree, y, onToggle, labels = true }: Props) {
  if (tree.nodes.length === 0)
    return (
      <text className="small muted" x={COLUMN.tables.x} y={y + LINE}>
        {proc.name}: no page table yet
      </text>
    );
  return (
    <g
      transform={`translate(0 ${y})`}
      data-tree={proc.name}
      className={proc.alive ? 'tree' : 'tree proc-dead'}
    >
      {tree.nodes.map((n) => {
        const key = `${proc.name}:${n.table.frame}`;
        const toggle = () => onToggle(key);
        const onKey = (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            toggle();
          }
        };
        return (
          <g key={n.table.frame} data-table={n.table.frame} data-level={n.table.level} className="table">
            <rect className="table-box" x={n.x} y={n.y} width={n.width} height={n.height} rx={3} />
            <g
              role="button"
              tabIndex={0}
              aria-expanded={n.expanded}
              aria-label={`${proc.name} level ${n.table.level} table in frame ${n.table.frame}`}
              className="table-toggle"
              onClick={toggle}
              onKeyDown={onKey}
            >
              <rect x={n.x} y={n.y} width={n.width} height={LINE + 4} rx={3} className="table-head" />
              <text className="small" x={n.x + 4} y={n.y + LINE - 1}>
                {n.expanded ? '▾' : '▸'} {n.table.level === 1 ? `${proc.name} ` : ''}L{n.table.level} · frame{' '}
                {n.table.frame} · {n.table.used} used
              </text>
            </g>
            {(labels ? n.entries : []).map((e) => (
              <text
                key={e.index}
                className="mono small entry"
                data-pte={e.pte.vpn}
                x={n.x + 10}
                y={e.y + ENTRY - 3}
              >
                [{e.index}] {pteBits(e.pte)} {hexAddress(e.pte.vpn)} → {e.pte.pfn}
              </text>
            ))}
          </g>
        );
      })}
    </g>
  );
});
