/** The playback buttons' symbols, drawn (the fonts at hand lack ⏮ and ⏭); the buttons carry the names. */

export type IconName =
  'start' | 'back' | 'event-back' | 'play' | 'pause' | 'event-forward' | 'forward' | 'end';

const PATHS: Record<IconName, string> = {
  start: 'M3 3h2v10H3z M13 3v10L6 8z',
  back: 'M12 3v10L4 8z',
  'event-back': 'M10 4l-4 4 4 4',
  play: 'M4 3v10l9-5z',
  pause: 'M4 3h3v10H4z M9 3h3v10H9z',
  'event-forward': 'M6 4l4 4-4 4',
  forward: 'M4 3v10l8-5z M12 3h1.5v10H12z',
  end: 'M3 3v10l7-5z M11 3h2v10h-2z',
};

export function Icon({ name }: { name: IconName }) {
  const stroked = name === 'event-back' || name === 'event-forward';
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill={stroked ? 'none' : 'currentColor'}
        stroke={stroked ? 'currentColor' : 'none'}
        strokeWidth={2}
      />
    </svg>
  );
}
