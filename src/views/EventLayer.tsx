import type { CSSProperties } from 'react';

import type { Mark } from './eventMarks.ts';
import { LINE } from './metrics.ts';

interface Props {
  marks: readonly Mark[];
  /** Without motion, marks stand still where the event leaves things: a static highlight. */
  still: boolean;
}

function travel(from: { x: number; y: number }, to: { x: number; y: number }): CSSProperties {
  return { '--dx': `${to.x - from.x}px`, '--dy': `${to.y - from.y}px` } as CSSProperties;
}

/** Width of a sliding chip: the card or the screen's contents on their way. */
const CHIP = 70;

/**
 * The current event's movement. Mounted with a key per event so each event's CSS animation starts anew.
 * Marks outline and travel; they write no words over the drawing's own (a sliding chip fades out where it
 * lands, and stands still as an outline without motion).
 */
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
                data-label={m.label}
                style={still ? undefined : travel(m.from, m.to)}
              >
                <circle cx={at.x} cy={at.y} r={6} />
              </g>
            );
          }
          case 'flash':
            return (
              <g key={i} className={`fx fx-flash tone-${m.tone}`} data-label={m.label}>
                <rect x={m.x - 3} y={m.y - 2} width={m.width + 6} height={m.height + 4} rx={4} />
                {m.word ? (
                  <text x={m.word.x} y={m.word.y} textAnchor="end" className="fx-word">
                    {m.word.text}
                  </text>
                ) : null}
              </g>
            );
          case 'ring':
            return (
              <g key={i} className={`fx fx-ring tone-${m.tone}`} data-label={m.label}>
                <rect x={m.x - m.size / 2} y={m.y - m.size / 2} width={m.size} height={m.size} rx={6} />
              </g>
            );
          case 'slide':
            return still ? (
              <rect
                key={i}
                className="fx fx-slide-still"
                data-label={m.label}
                x={m.to.x - 4}
                y={m.to.y - LINE / 2 - 2}
                width={CHIP}
                height={LINE + 4}
                rx={3}
              />
            ) : (
              <g key={i} className="fx fx-slide" data-label={m.label} style={travel(m.from, m.to)}>
                <rect x={m.from.x - 4} y={m.from.y - LINE / 2 - 2} width={CHIP} height={LINE + 4} rx={3} />
                <text x={m.from.x} y={m.from.y + 4}>
                  {m.label}
                </text>
              </g>
            );
        }
      })}
    </g>
  );
}
