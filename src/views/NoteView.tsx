import type { PlacedNote } from './procLayout.ts';
import { LINE } from './metrics.ts';

/**
 * A step's result where it happened: the errno or signal as a badge, a few words after it, and why
 * under them. `data-note` says its tone; a signal's badge carries `data-signal`, an errno's `data-errno`.
 */
export function NoteView({ note, x }: { note: PlacedNote; x: number }) {
  const top = note.badgeY - LINE + 3;
  const kind = note.tone === 'signal' ? { 'data-signal': note.badge } : { 'data-errno': note.badge };
  return (
    <g className={`step-note tone-${note.tone}`} data-note={note.tone}>
      {note.badge !== null ? (
        <g className="note-badge" {...kind}>
          <rect x={x - 3} y={top} width={note.badgeWidth} height={LINE + 2} rx={4} />
          <text x={x + 1} y={note.badgeY}>
            {note.badge}
          </text>
        </g>
      ) : null}
      {note.head.text !== '' ? (
        <text className="note-head" x={note.headX} y={note.head.y}>
          {note.head.text}
        </text>
      ) : null}
      {note.why.map((l, i) => (
        <text key={i} className="note-why" x={x} y={l.y}>
          {l.text}
        </text>
      ))}
    </g>
  );
}
