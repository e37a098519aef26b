import { memo } from 'react';

import type { ProcPicture } from '../sim/picture.ts';
import { procArrows, type ProcPlace } from './arrows.ts';
import type { MemoryLayout } from './memoryLayout.ts';

interface Props {
  proc: ProcPicture;
  place: ProcPlace;
  mem: MemoryLayout;
  /** The page whose PTE is being installed now: its arrow grows. */
  growing: number | null;
  /** Pages whose translation breaks a rule: their arrows are drawn red. */
  violating: ReadonlySet<number> | null;
}

/** One process's arrows, virtual page -> PTE -> frame. */
export const ArrowsView = memo(function ArrowsView({ proc, place, mem, growing, violating }: Props) {
  const arrows = procArrows(proc.name, proc.ptes, place, mem);
  return (
    <g className={proc.alive ? 'arrows' : 'arrows proc-dead'}>
      {arrows.map((a) => {
        const state = a.vpn === growing ? 'growing' : violating?.has(a.vpn) ? 'violation' : 'live';
        return (
          <g key={a.vpn} className={`arrow arrow-${state}`}>
            <path
              d={a.toPte}
              data-arrow="page"
              data-proc={a.proc}
              data-vpn={a.vpn}
              data-pfn={a.pfn}
              data-state={state}
              pathLength={1}
            />
            {a.toFrame !== null ? (
              <path
                d={a.toFrame}
                data-arrow="frame"
                data-proc={a.proc}
                data-vpn={a.vpn}
                data-pfn={a.pfn}
                data-state={state}
                pathLength={1}
                markerEnd="url(#arrow-head)"
              />
            ) : null}
          </g>
        );
      })}
    </g>
  );
});
