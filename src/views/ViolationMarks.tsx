import { memo } from 'react';

import type { ProcPicture, ViolationPicture } from '../sim/picture.ts';
import type { ProcPlace } from './arrows.ts';
import { CELL } from './procLayout.ts';

interface Props {
  violations: readonly ViolationPicture[];
  procs: readonly ProcPicture[];
  places: readonly ProcPlace[];
  /** `proc:vpn` of a violation being raised now: its outline pulses. */
  pulse: string | null;
}

/** The translations that break a rule: red outline, hatching and a warning mark on the page and its PTE. */
export const ViolationMarks = memo(function ViolationMarks({ violations, procs, places, pulse }: Props) {
  const seen = new Set<string>();
  return (
    <g className="violation-marks">
      {violations.map((v) => {
        const key = `${v.proc}:${v.vpn}`;
        if (seen.has(key)) return null;
        seen.add(key);
        const i = procs.findIndex((p) => p.name === v.proc);
        const pl = places[i];
        const page = pl?.band.pageAt.get(v.vpn);
        if (!pl || !page) return null;
        const entry = pl.tree.pteAt.get(v.vpn);
        const x = page.x - CELL / 2 - 3;
        const y = page.y + pl.bandY - CELL / 2 - 3;
        return (
          <g
            key={key}
            className={key === pulse ? 'violation-mark fx-pulse' : 'violation-mark'}
            data-violation-mark={key}
          >
            <rect x={x} y={y} width={CELL + 6} height={CELL + 6} rx={3} fill="url(#pat-violation)" />
            <text x={x + CELL + 4} y={y + 6} className="warn-sign">
              ⚠
            </text>
            {entry ? (
              <rect
                x={entry.in.x}
                y={entry.in.y + pl.treeY - 7}
                width={entry.out.x - entry.in.x}
                height={14}
                rx={3}
                fill="url(#pat-violation)"
              />
            ) : null}
          </g>
        );
      })}
    </g>
  );
});
