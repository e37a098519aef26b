/**
 * The process rows of the machine drawing, in the layers they are drawn in (MachineDrawing): the bands'
 * panels, the arrows' lines or heads, and the bands and tables themselves. Each draws only the rows in
 * sight (machineScene.ts, inSight).
 */

import { ArrowsView } from './ArrowsView.tsx';
import { inSight, type MachineScene } from './machineScene.ts';
import { ProcessBand } from './ProcessBand.tsx';
import { TableTree } from './TableTree.tsx';
import type { ShownRange } from './useShownRange.ts';

interface RowsProps {
  scene: MachineScene;
  shown: ShownRange | null;
}

/** The bands' panels, under the arrows' lines. */
export function BandFills({ scene, shown }: RowsProps) {
  const { picture, layout, cols } = scene;
  return picture.procs.map((p, i) => {
    const place = layout.places[i]!;
    return inSight(layout, i, shown) ? (
      <rect
        key={p.pid}
        className="band-fill"
        x={cols.procs.x}
        y={place.bandY}
        width={cols.procs.width}
        height={place.band.height}
        rx={4}
      />
    ) : null;
  });
}

/** The arrows from each process's pages to their frames: their lines, or (over everything) their heads. */
export function Arrows({ scene, shown, part }: RowsProps & { part: 'lines' | 'heads' }) {
  const { picture, layout, mem, current, violating } = scene;
  return picture.procs.map((p, i) =>
    !inSight(layout, i, shown) ? null : (
      <ArrowsView
        key={p.pid}
        proc={p}
        place={layout.places[i]!}
        mem={mem}
        growing={current?.t === 'pte-install' && current.proc === p.name ? current.vpn : null}
        violating={violating.get(p.name) ?? null}
        part={part}
      />
    ),
  );
}

/** Each process's band (its VMAs and pages) and its page-table tree. */
export function ProcessRows({ scene, shown }: RowsProps) {
  const { picture, layout, cols, violating, pulse, racing } = scene;
  return picture.procs.map((p, i) => {
    if (!inSight(layout, i, shown)) return null;
    const place = layout.places[i]!;
    const bad = violating.get(p.name) ?? null;
    return (
      <g key={p.pid}>
        <ProcessBand
          proc={p}
          band={place.band}
          col={cols.procs}
          y={place.bandY}
          violating={bad}
          pulse={pulse?.proc === p.name ? pulse.vpn : null}
          labels={!racing}
        />
        <TableTree
          proc={p}
          tree={place.tree}
          col={cols.tables}
          y={place.treeY}
          violating={bad}
          labels={!racing}
        />
      </g>
    );
  });
}
