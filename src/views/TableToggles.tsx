import { memo } from 'react';

import type { ProcPicture } from '../sim/picture.ts';
import type { ProcPlace } from './arrows.ts';

interface Props {
  procs: readonly ProcPicture[];
  /** Null for a row not laid out (procsLayout's sight): it gets no buttons. */
  places: readonly (ProcPlace | null)[];
  onToggle: (key: string) => void;
}

/**
 * The buttons that open and close each page-table page, laid over its head line. They are HTML, outside
 * the drawing's picture (an image holds nothing to press), and zoom with it: the drawing's box scales
 * both. Native buttons: Enter and Space work, and focus shows.
 */
export const TableToggles = memo(function TableToggles({ procs, places, onToggle }: Props) {
  return (
    <div className="table-toggles">
      {procs.map((p, i) => {
        const place = places[i];
        return place?.tree.nodes.map((n) => {
          const key = `${p.name}:${n.table.frame}`;
          return (
            <button
              key={key}
              type="button"
              className="table-toggle"
              aria-expanded={n.expanded}
              aria-label={`${p.name} level ${n.table.level} table in frame ${n.table.frame}`}
              data-toggle={key}
              // Positions through CSSOM (React's style), which the page's style policy allows.
              style={{ left: n.x, top: place.treeY + n.y, width: n.width, height: place.tree.head }}
              onClick={() => onToggle(key)}
            />
          );
        });
      })}
    </div>
  );
});
