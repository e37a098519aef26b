import { memo } from 'react';

import type { ProcPicture } from '../sim/picture.ts';
import { headPath, procArrows, type Arrow, type ProcPlace } from './arrows.ts';
import type { MemoryLayout } from './memoryLayout.ts';

interface Props {
  proc: ProcPicture;
  place: ProcPlace;
  mem: MemoryLayout;
  /** The page whose PTE is being installed now: its arrow grows. */
  growing: number | null;
  /** Pages whose translation breaks a rule: their arrows are drawn red. */
  violating: ReadonlySet<number> | null;
  /**
   * The lines, or their heads. The lines go under physical memory's cells (an arrow to a frame crosses
   * the cells before it in its row: under them, it hides none of their labels), the heads over them.
   */
  part: 'lines' | 'heads';
}

/** Stroke widths of a live arrow and of a violating or growing one (machine.css): heads scale with them. */
const LIVE_WIDTH = 1.2;
const WIDE = 2;

/**
 * The arrows of the last (place, memory, PTEs) seen, per place: the lines and the heads are two
 * components drawing the same arrows, and a place object is kept while its process does not change.
 */
const drawn = new WeakMap<ProcPlace, { mem: MemoryLayout; ptes: ProcPicture['ptes']; arrows: Arrow[] }>();

function arrowsOf(proc: ProcPicture, place: ProcPlace, mem: MemoryLayout): Arrow[] {
  const last = drawn.get(place);
  if (last && last.mem === mem && last.ptes === proc.ptes) return last.arrows;
  const arrows = procArrows(proc.name, proc.ptes, place, mem);
  drawn.set(place, { mem, ptes: proc.ptes, arrows });
  return arrows;
}

/** One process's arrows, virtual page -> PTE -> frame. */
export const ArrowsView = memo(function ArrowsView({ proc, place, mem, growing, violating, part }: Props) {
  const arrows = arrowsOf(proc, place, mem);
  const stateOf = (vpn: number) => (vpn === growing ? 'growing' : violating?.has(vpn) ? 'violation' : 'live');
  if (part === 'heads') {
    // All heads in one filled path: one element per process instead of a marker instance per arrow.
    const heads = arrows
      .map((a) => (a.frameAt ? headPath(a.frameAt, stateOf(a.vpn) === 'live' ? LIVE_WIDTH : WIDE) : ''))
      .join('');
    return heads ? <path className={proc.alive ? 'arrow-heads' : 'arrow-heads proc-dead'} d={heads} /> : null;
  }
  return (
    <g className={proc.alive ? 'arrows' : 'arrows proc-dead'}>
      {arrows.map((a) => {
        const state = stateOf(a.vpn);
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
              />
            ) : null}
          </g>
        );
      })}
    </g>
  );
});
