import { memo, useState } from 'react';

import { deviceMemoryLook, RAM_LEGEND, type Look } from './palette.ts';

// Both are the same on every render: memo, so a drawing that renders 60 times a second skips them.

/** The patterns every cell of a kind shares (ids `pat-*`), and the arrow head. Drawn once in the main SVG. */
export const Patterns = memo(function Patterns() {
  return (
    <defs>
      <pattern
        id="pat-hatch"
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1={0} y1={0} x2={0} y2={6} className="pattern-ink" strokeWidth={2} />
      </pattern>
      <pattern id="pat-lines" width={6} height={5} patternUnits="userSpaceOnUse">
        <line x1={0} y1={2.5} x2={6} y2={2.5} className="pattern-ink" strokeWidth={1.2} />
      </pattern>
      <pattern id="pat-dots" width={5} height={5} patternUnits="userSpaceOnUse">
        <circle cx={2.5} cy={2.5} r={1.1} className="pattern-dot" />
      </pattern>
      <pattern id="pat-grid" width={6} height={6} patternUnits="userSpaceOnUse">
        <path d="M6 0H0V6" fill="none" className="pattern-ink" strokeWidth={1} />
      </pattern>
      <pattern
        id="pat-violation"
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect width={6} height={6} className="violation-fill" />
        <line x1={0} y1={0} x2={0} y2={6} className="violation-ink" strokeWidth={2.5} />
      </pattern>
    </defs>
  );
});

function Swatch({ look }: { look: Look }) {
  return (
    <li className={`own-${look.key}`}>
      <svg width={16} height={16} aria-hidden="true">
        <rect x={1} y={1} width={14} height={14} rx={2} className="swatch" />
        {look.pattern !== 'none' ? (
          <rect x={1} y={1} width={14} height={14} fill={`url(#pat-${look.pattern})`} />
        ) : null}
      </svg>
      {look.short ? <code>{look.short}</code> : null} {look.words}
    </li>
  );
}

/**
 * What each colour and pattern means: never colour alone. Open by default; a small place (an embed)
 * starts it folded under its summary line, to give the drawing the room.
 */
export const Legend = memo(function Legend({ folded = false }: { folded?: boolean }) {
  const [open, setOpen] = useState(!folded);
  return (
    <details className="legend" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Legend</summary>
      <ul aria-label="Legend">
        {RAM_LEGEND.map((l) => (
          <Swatch key={l.key} look={l} />
        ))}
        {(['framebuffer', 'window', 'registers'] as const).map((k) => (
          <Swatch key={k} look={deviceMemoryLook(k)} />
        ))}
        <li className="legend-note">
          <span className="warn-sign">⚠</span> violation (red, hatched) · <b>SIGBUS</b> badge = signal · warm
          pulse = fault
        </li>
      </ul>
    </details>
  );
});
