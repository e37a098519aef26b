import type { CSSProperties } from 'react';

import { LINE } from './columns.ts';
import type { Mark } from './eventMarks.ts';

interface Props {
  marks: readonly Mark[];
  /** Without motion, marks stand still where the event leaves things: a static highlight. */
  still: boolean;
}

function travel(from: { x: number; y: number }, to: { x: number; y: number }): CSSProperties {
  return { '--dx': `${to.x - from.x}px`, '--dy': `${to.y - from.y}px` } as CSSProperties;
}

/** The current event's movement. Mounted with a key per event so each event's CSS animation starts anew. */
export function EventLayer({ marks, still }: Props) {
  return (
    <g className="event-layer" aria-hidden="true">
      {marks.map((m, i) => {
        switch (m.kind) {
          case 'token': {
            const at = still ? m.to : m.from;
            return (
              <g
                key={i}
                className={`fx fx-token tone-${m.tone}`}
                style={still ? undefined : travel(m.from, m.to)}
              >
                <circle cx={at.x} cy={at.y} r={6} />
                <text x={at.x + 8} y={at.y - 8} className="small fx-word">
                  {m.label}
                </text>
              </g>
            );
          }
          case 'flash':
            return (
              <g key={i} className={`fx fx-flash tone-${m.tone}`}>
                <rect x={m.x - 2} y={m.y - 2} width={m.width + 4} height={m.height + 4} rx={4} />
                {m.label ? (
                  <text x={m.x + m.width - 4} y={m.y + LINE - 2} textAnchor="end" className="small fx-word">
                    {m.label}
                  </text>
                ) : null}
              </g>
            );
          case 'cut':
            return (
              <path
                key={i}
                className="fx fx-cut"
                d={m.d}
                data-arrow="cut"
                data-state="cut"
                data-proc={m.proc}
                data-vpn={m.vpn}
                data-pfn={m.pfn}
              />
            );
          case 'slide': {
            const at = still ? m.to : m.from;
            return (
              <g key={i} className="fx fx-slide" style={still ? undefined : travel(m.from, m.to)}>
                <rect x={at.x} y={at.y - LINE / 2 - 2} width={64} height={LINE + 4} rx={3} />
                <text x={at.x + 4} y={at.y + 4} className="small">
                  {m.label}
                </text>
              </g>
            );
          }
        }
      })}
    </g>
  );
}
