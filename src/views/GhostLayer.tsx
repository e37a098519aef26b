import { memo } from 'react';

import type { ProcPicture } from '../sim/picture.ts';
import { linkPath, linkPointAtX, type ProcPlace } from './arrows.ts';
import { framePoint, type MemoryLayout } from './memoryLayout.ts';
import type { Ghost } from './stepNotes.ts';

interface Props {
  ghosts: readonly Ghost[];
  /** Where the cross goes across: the gutter before physical memory, where no words are. */
  cutX: number;
  procs: readonly ProcPicture[];
  /** Null for a row not laid out (procsLayout's sight): its ghosts are not drawn. */
  places: readonly (ProcPlace | null)[];
  mem: MemoryLayout;
}

/** Half the size of the cut's cross. */
const X = 4;

/**
 * The PTEs the step zapped, as cut ghosts of their arrows (dashed, crossed out in the gutter before
 * physical memory) from the page to the frame it reached, for the rest of the step: what a switch or an
 * eject took away stays in sight. Drawn under the boxes, so a ghost shows where it crosses the gutters.
 */
export const GhostLayer = memo(function GhostLayer({ ghosts, cutX, procs, places, mem }: Props) {
  return (
    <g className="ghosts">
      {ghosts.map((g) => {
        const i = procs.findIndex((p) => p.name === g.proc);
        const pl = places[i];
        const at = pl?.band.pageAt.get(g.vpn);
        const to = framePoint(mem, g.pfn);
        if (!pl || !at || !to) return null;
        const from = { x: at.x, y: at.y + pl.bandY };
        // The cross sits where the ghost crosses the gutter before physical memory: on its way to the frame,
        // and never over a word.
        const mid = linkPointAtX(from, to, cutX);
        return (
          <g
            key={`${g.proc}:${g.vpn}:${g.pfn}`}
            className={g.fresh ? 'ghost fx-cut' : 'ghost'}
            data-arrow="cut"
            data-state="cut"
            data-proc={g.proc}
            data-vpn={g.vpn}
            data-pfn={g.pfn}
          >
            <path className="ghost-line" d={linkPath(from, to)} />
            <path
              className="ghost-cross"
              d={`M${mid.x - X} ${mid.y - X}L${mid.x + X} ${mid.y + X}M${mid.x - X} ${mid.y + X}L${mid.x + X} ${mid.y - X}`}
            />
          </g>
        );
      })}
    </g>
  );
});
